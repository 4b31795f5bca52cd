package social.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import social.rapport.testing.TestDb;

@ParameterizedClass
@MethodSource("social.rapport.testing.Databases#all")
class DatabaseTest {
    @Parameter
    TestDb testDb;

    TestDb.Fresh fresh;
    Database db;

    record Ping(String who) implements Event {
        public String topic() {
            return "test.ping";
        }
    }

    @BeforeEach
    void open() {
        fresh = testDb.fresh();
        db = Database.open(fresh.url(), Clock.systemUTC());
        db.migrate();
    }

    @AfterEach
    void close() {
        db.close();
        fresh.close();
    }

    private int insertAccount(Tx tx, String handle) {
        return tx.handle()
                .createQuery("INSERT INTO accounts (handle, handle_lower, email, email_lower, password_hash,"
                        + " created_at, updated_at) VALUES (:h, :hl, :e, :e, 'x', :t, :t) RETURNING id")
                .bind("h", handle)
                .bind("hl", handle.toLowerCase())
                .bind("e", handle + "@example.org")
                .bind("t", tx.now())
                .mapTo(Integer.class)
                .one();
    }

    @Test
    void migrating_twice_is_harmless() {
        db.migrate();
        assertThat(db.ping()).isTrue();
    }

    @Test
    void a_taken_unique_key_is_reported_as_already_exists_and_nothing_is_written() {
        db.write(tx -> insertAccount(tx, "ana"));
        assertThatThrownBy(() -> db.write(tx -> {
                    insertAccount(tx, "ben");
                    return insertAccount(tx, "ANA".toLowerCase());
                }))
                .isInstanceOf(StoreException.AlreadyExists.class);
        int count = db.read(h -> h.createQuery("SELECT COUNT(*) FROM accounts")
                .mapTo(Integer.class)
                .one());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void a_reference_to_a_missing_row_is_reported_as_not_found() {
        assertThatThrownBy(() -> db.writeVoid(tx -> tx.handle()
                        .execute(
                                "INSERT INTO web_sessions (account_id, token_hash, csrf_token, created_at, last_seen_at)"
                                        + " VALUES (999, 'h', 'c', 0, 0)")))
                .isInstanceOf(StoreException.NotFound.class);
    }

    @Test
    void events_reach_listeners_only_after_commit_and_are_kept_in_the_outbox() {
        List<String> seen = new ArrayList<>();
        db.events().on(Ping.class, p -> seen.add(p.who()));
        assertThatThrownBy(() -> db.writeVoid(tx -> {
                    tx.emit(new Ping("rolled back"));
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        db.writeVoid(tx -> tx.emit(new Ping("ana")));
        assertThat(seen).containsExactly("ana");
        List<String> topics = db.read(h ->
                h.createQuery("SELECT topic FROM outbox").mapTo(String.class).list());
        assertThat(topics).containsExactly("test.ping");
    }
}
