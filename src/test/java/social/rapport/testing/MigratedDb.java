package social.rapport.testing;

import java.time.Clock;
import social.rapport.store.Database;

/**
 * A fresh database with the schema in place, for service tests without a server. {@link EachDatabase}
 * gives a test one in a field of this type (on the test's clock when it holds one), closed after it.
 */
public final class MigratedDb implements AutoCloseable {
    private final TestDb.Fresh fresh;
    private final Database db;

    public MigratedDb(TestDb testDb) {
        this(testDb, Clock.systemUTC());
    }

    public MigratedDb(TestDb testDb, Clock clock) {
        fresh = testDb.fresh();
        db = Database.open(fresh.url(), clock);
        db.migrate();
    }

    public Database db() {
        return db;
    }

    @Override
    public void close() {
        db.close();
        fresh.close();
    }
}
