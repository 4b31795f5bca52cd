package social.rapport.relation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import social.rapport.account.AccountEvents;
import social.rapport.account.AccountStore;
import social.rapport.app.Reactions;
import social.rapport.audience.AudiencePolicy;
import social.rapport.relation.connect.SharedContext;
import social.rapport.status.RelationPostFacts;
import social.rapport.store.Database;
import social.rapport.store.Event;
import social.rapport.testing.People;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestDb;

/**
 * A small world for service tests: a fresh database, the relationships feature over it, a clock
 * the test moves, and accounts created the way sign-up creates them (with their event).
 */
public final class World implements AutoCloseable, People {
    public final TestClock clock = new TestClock();
    public final TestDb.Fresh fresh;
    public final Database db;
    public final AccountStore accounts = new AccountStore();
    public final RelationServices m;
    public final List<Event> events = new ArrayList<>();

    public World(TestDb testDb) {
        this(testDb, RelationLimits.DEFAULTS);
    }

    public World(TestDb testDb, RelationLimits limits) {
        fresh = testDb.fresh();
        db = Database.open(fresh.url(), clock);
        db.migrate();
        GraphLoader.Loaded graph = GraphLoader.load(db);
        var feature = RelationsFeature.build(
                db,
                accounts,
                "https://rapport.example",
                limits,
                SharedContext.NOTHING_YET,
                graph,
                new AudiencePolicy(graph.relations(), () -> true),
                new RelationPostFacts());
        m = feature.services();
        Reactions.register(db, new Reactions.Parts(feature.reactions(), null, null, null));
        db.events().on(Event.class, events::add);
    }

    /** A new active account, made a week ago unless the test says otherwise. */
    @Override
    public int account(String handle) {
        clock.advance(Duration.ofDays(-8));
        int id = newAccount(handle);
        clock.advance(Duration.ofDays(8));
        return id;
    }

    /** An account made right now (still in its first week). */
    public int newAccount(String handle) {
        return db.write(tx -> {
            int a = accounts.insert(tx, handle, handle + "@example.org", "x", "user", "active");
            tx.emit(new AccountEvents.Created(a));
            return a;
        });
    }

    public void lock(int account) {
        db.writeVoid(tx -> tx.handle()
                .createUpdate("UPDATE accounts SET locked = TRUE WHERE id = :id")
                .bind("id", account)
                .execute());
    }

    public boolean locked(int account) {
        return db.read(h -> accounts.byId(h, account).orElseThrow().locked());
    }

    public int count(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private long lastPost = 1000;

    /** A post by `owner` with this stored audience (`public`, `followers`, ...), written straight to its table. */
    public long post(int owner, String audience) {
        long id = ++lastPost;
        db.writeVoid(tx -> tx.handle()
                .createUpdate("INSERT INTO statuses (id, account_id, kind, audience, created_at)"
                        + " VALUES (:id, :a, 'note', :aud, :t)")
                .bind("id", id)
                .bind("a", owner)
                .bind("aud", audience)
                .bind("t", clock.millis())
                .execute());
        return id;
    }

    /** Connects two accounts the way people do: an invitation, then its acceptance. */
    public void connect(int a, int b) {
        var inv = m.sendInvitation()
                .send(a, new social.rapport.relation.connect.SendInvitation.Request(b, "", "other", null));
        if (inv.invitation().state().equals("pending"))
            m.acceptInvitation().accept(b, inv.invitation().id());
    }

    @Override
    public void close() {
        db.close();
        fresh.close();
    }
}
