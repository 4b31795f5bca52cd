package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.store.Database;
import social.rapport.store.Outbox;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * Notifications are durable reactions to committed events: a stop between the commit and the
 * reaction, or a reaction that fails, loses none and makes none twice. A "kill" here is a server
 * whose reactions are held, stopped and started again on the same database.
 */
@RapportServer
class NotificationOutboxTest {
    TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
    TestServer server;
    @Person
    User ana, ben, cleo, dan;

    String post(User u, String text) {
        Http.Res r = server.http().postJson("/api/v1/statuses", u.token(), map("status", text, "visibility", "public"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    /** Every notification as "recipient type from", sorted, so that a double shows as two lines. */
    List<String> notifications() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT a.handle || ' ' || n.type || ' ' || f.handle"
                                + " FROM notifications n JOIN accounts a ON a.id = n.account_id"
                                + " JOIN accounts f ON f.id = n.from_account_id ORDER BY 1")
                        .mapTo(String.class)
                        .list());
    }

    void sql(String statement) {
        server.app().db().writeVoid(tx -> tx.handle().execute(statement));
    }

    @Test
    void a_stop_between_commits_and_their_reactions_loses_no_notification_and_makes_none_twice() {
        String p = post(ana, "a public post");
        server.app().db().outbox().hold(true);
        assertThat(server.http()
                        .post("/api/v1/statuses/" + p + "/favourite", ben.token())
                        .status())
                .isEqualTo(200);
        post(cleo, "hello @ana");
        var rel = server.app().relations();
        var accepted =
                rel.sendInvitation().send(cleo.id(), new SendInvitation.Request(ana.id(), null, "colleague", null));
        rel.acceptInvitation().accept(ana.id(), accepted.invitation().id());
        rel.sendInvitation().send(dan.id(), new SendInvitation.Request(ana.id(), null, "colleague", null));
        assertThat(notifications()).as("nothing was told before the stop").isEmpty();

        server.restart();
        // Accepting makes Ana and Cleo follow each other, so each hears of that too; Cleo's invitation
        // to Ana is gone with its acceptance, Dan's is still waiting.
        List<String> expected = List.of(
                "ana favourite ben",
                "ana follow cleo",
                "ana invitation dan",
                "ana mention cleo",
                "cleo follow ana",
                "cleo invitation_accepted ana");
        assertThat(notifications()).isEqualTo(expected);

        // The marks keep a second catch-up and another start from telling anyone again.
        server.app().db().outbox().catchUp();
        server.restart();
        assertThat(notifications()).isEqualTo(expected);
    }

    @Test
    void a_reaction_that_fails_is_tried_again_and_its_notification_made_once() {
        String p = post(ana, "a public post");
        sql("ALTER TABLE notifications RENAME TO notifications_away");
        assertThat(server.http()
                        .post("/api/v1/statuses/" + p + "/favourite", ben.token())
                        .status())
                .isEqualTo(200);
        sql("ALTER TABLE notifications_away RENAME TO notifications");
        assertThat(notifications()).isEmpty();

        server.restart();
        assertThat(notifications()).containsExactly("ana favourite ben");
        server.app().db().outbox().catchUp();
        server.restart();
        assertThat(notifications()).containsExactly("ana favourite ben");
    }

    @Test
    void the_periodic_catch_up_retries_a_failed_reaction_without_a_restart() {
        String p = post(ana, "a public post");
        sql("ALTER TABLE notifications RENAME TO notifications_away");
        server.http().post("/api/v1/statuses/" + p + "/favourite", ben.token());
        sql("ALTER TABLE notifications_away RENAME TO notifications");
        assertThat(notifications()).isEmpty();
        assertThat(server.app().db().outbox().catchUp()).isEqualTo(1);
        assertThat(notifications()).containsExactly("ana favourite ben");
        assertThat(server.app().db().outbox().catchUp()).isZero();
    }

    @Test
    void a_reaction_that_never_succeeds_is_given_up_so_the_consumer_moves_on() {
        String p = post(ana, "a public post");
        sql("ALTER TABLE notifications RENAME TO notifications_away");
        server.http().post("/api/v1/statuses/" + p + "/favourite", ben.token());
        var outbox = server.app().db().outbox();
        clock.advance(java.time.Duration.ofMinutes(2));
        // The commit's own delivery was the first attempt; each catch-up makes one more.
        outbox.catchUp();
        long stuck = outbox.position("notifications");
        for (int attempt = 3; attempt < Outbox.MAX_ATTEMPTS; attempt++) outbox.catchUp();
        assertThat(outbox.position("notifications")).as("still retried").isEqualTo(stuck);
        outbox.catchUp();
        assertThat(outbox.position("notifications")).as("given up, moved on").isGreaterThan(stuck);
        sql("ALTER TABLE notifications_away RENAME TO notifications");
        assertThat(outbox.catchUp()).isZero();
        assertThat(notifications()).isEmpty();
    }

    @Test
    void handled_events_are_pruned_after_the_retention_and_an_undone_one_is_kept() {
        Database db = server.app().db();
        String p = post(ana, "a public post");
        server.http().post("/api/v1/statuses/" + p + "/favourite", ben.token());
        sql("ALTER TABLE notifications RENAME TO notifications_away");
        server.http().post("/api/v1/statuses/" + p + "/reblog", ben.token());
        long undone = count("SELECT MAX(id) FROM outbox WHERE topic = 'status.reblogged'");
        clock.advance(Duration.ofMinutes(2));
        db.outbox().catchUp();
        sql("ALTER TABLE notifications_away RENAME TO notifications");

        // The position stops just before the reaction that keeps failing; within the retention nothing goes.
        assertThat(db.outbox().position(NotificationListeners.CONSUMER)).isEqualTo(undone - 1);
        assertThat(count("SELECT COUNT(*) FROM outbox_done WHERE event_id < " + undone))
                .isZero();
        assertThat(db.outbox().prune()).isZero();

        // Past the retention, everything before it goes; it and what follows stay.
        clock.advance(Duration.ofHours(2));
        long before = count("SELECT COUNT(*) FROM outbox WHERE id < " + undone);
        assertThat(before).isGreaterThan(0);
        assertThat(db.outbox().prune()).isEqualTo((int) before);
        assertThat(count("SELECT MIN(id) FROM outbox")).isEqualTo(undone);

        // Once it has run, and the retention has passed again, the outbox is empty.
        db.outbox().catchUp();
        assertThat(notifications()).containsExactly("ana favourite ben", "ana reblog ben");
        clock.advance(Duration.ofHours(2));
        db.outbox().catchUp();
        assertThat(db.outbox().prune()).isGreaterThan(0);
        assertThat(count("SELECT COUNT(*) FROM outbox")).isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox_done")).isZero();
    }

    long count(String sql) {
        return server.app().db().read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
