package social.rapport.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one way into storage. SQLite gets one writer connection and a few readers (WAL lets readers
 * run beside the writer); PostgreSQL one pool for both. Writes run in a transaction and hand their
 * events to listeners only after the commit: in-memory ones through {@link Events}, durable ones
 * (that write rows) through the {@link Outbox}.
 */
public final class Database implements AutoCloseable {
    private final Dialect dialect;
    private final HikariDataSource writerSource;
    private final HikariDataSource readerSource;
    private final Jdbi writer;
    private final Jdbi reader;
    private final Events events = new Events();
    private final Outbox outbox = new Outbox(this);
    private final Clock clock;

    private Database(Dialect dialect, HikariDataSource writerSource, HikariDataSource readerSource, Clock clock) {
        this.dialect = dialect;
        this.writerSource = writerSource;
        this.readerSource = readerSource;
        this.writer = Jdbi.create(writerSource);
        this.reader = readerSource == writerSource ? writer : Jdbi.create(readerSource);
        this.clock = clock;
    }

    public static Database open(String jdbcUrl, Clock clock) {
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            createParentFolder(jdbcUrl.substring("jdbc:sqlite:".length()));
            HikariDataSource w = pool(sqlite(jdbcUrl), 1, "rapport-writer");
            // The writer opens the file first so WAL mode is set before any reader connects.
            HikariDataSource r = pool(sqlite(jdbcUrl), 4, "rapport-reader");
            return new Database(dialect, w, r, clock);
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setMaximumPoolSize(10);
        cfg.setPoolName("rapport-pg");
        HikariDataSource pg = new HikariDataSource(cfg);
        return new Database(dialect, pg, pg, clock);
    }

    private static void createParentFolder(String file) {
        int q = file.indexOf('?');
        Path parent =
                Path.of(q < 0 ? file : file.substring(0, q)).toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data folder " + parent, e);
        }
    }

    private static DataSource sqlite(String url) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(10_000);
        SQLiteDataSource ds = new SQLiteDataSource(cfg);
        ds.setUrl(url);
        return ds;
    }

    private static HikariDataSource pool(DataSource ds, int size, String name) {
        HikariConfig cfg = new HikariConfig();
        cfg.setDataSource(ds);
        cfg.setMaximumPoolSize(size);
        cfg.setMinimumIdle(1);
        cfg.setPoolName(name);
        return new HikariDataSource(cfg);
    }

    public Dialect dialect() {
        return dialect;
    }

    public Events events() {
        return events;
    }
    /** Durable reactions to events, run once each, replayed after a crash. */
    public Outbox outbox() {
        return outbox;
    }

    public Clock clock() {
        return clock;
    }

    /** Applies the migrations for this dialect. Safe to call on every start. */
    public void migrate() {
        Flyway.configure()
                .dataSource(writerSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .load()
                .migrate();
    }

    /**
     * Runs one write transaction; its events reach the in-memory listeners after it commits, then the
     * durable reactions (each in a transaction of its own).
     */
    public <T> T write(Function<Tx, T> work) {
        Tx[] box = new Tx[1];
        T result;
        try {
            result = writer.inTransaction(h -> {
                Tx tx = new Tx(h, dialect, clock.millis());
                box[0] = tx;
                return work.apply(tx);
            });
        } catch (RuntimeException e) {
            throw StoreException.translate(e);
        }
        List<Event> committed = box[0].events();
        if (!committed.isEmpty()) {
            events.publish(committed);
            outbox.deliver(box[0].emitted());
        }
        return result;
    }

    public void writeVoid(java.util.function.Consumer<Tx> work) {
        write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Runs a read on a reader connection (on SQLite it never waits for the writer). */
    public <T> T read(Function<Handle, T> work) {
        try {
            return reader.withHandle(work::apply);
        } catch (RuntimeException e) {
            throw StoreException.translate(e);
        }
    }

    /** True when a trivial query answers: used by the health check. */
    public boolean ping() {
        try {
            return read(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        outbox.close();
        if (readerSource != writerSource) readerSource.close();
        writerSource.close();
    }
}
