package social.rapport.status.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * What happens to a poll over time: votes at once are counted once each, its end is told once to its
 * voters who may still see it and to its author (also across a stop and a restart), and an edit
 * keeps its votes unless its options change.
 */
@RapportServer
class PollLifecycleTest {
    TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
    TestServer server;
    Http http;
    Scene scene;

    @Person
    User ana, ben, cleo, dan;

    String post(User u, String visibility) {
        Http.Res r = http.postJson(
                "/api/v1/statuses",
                u.token(),
                map(
                        "status",
                        "Lunch?",
                        "visibility",
                        visibility,
                        "poll",
                        map("options", List.of("soup", "salad"), "expires_in", 300)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    Http.Res vote(User u, String id, int choice) {
        return http.postJson("/api/v1/polls/" + id + "/votes", u.token(), map("choices", List.of(choice)));
    }

    /** Every poll notification as "recipient from", sorted, so a double shows as two lines. */
    List<String> pollNotifications() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT a.handle || ' ' || f.handle FROM notifications n"
                                + " JOIN accounts a ON a.id = n.account_id JOIN accounts f ON f.id = n.from_account_id"
                                + " WHERE n.type = 'poll' ORDER BY 1")
                        .mapTo(String.class)
                        .list());
    }

    @Test
    void the_same_person_voting_twice_at_once_is_counted_once_and_others_all_count() throws Exception {
        String id = post(ana, "public");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) calls.add(() -> vote(ben, id, 0).status());
            calls.add(() -> vote(cleo, id, 1).status());
            calls.add(() -> vote(dan, id, 1).status());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) statuses.add(f.get());
            assertThat(statuses.subList(0, 4)).containsOnlyOnce(200).containsOnly(200, 422);
            assertThat(statuses.subList(4, 6)).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
        JsonNode p = http.get("/api/v1/polls/" + id, ana.token()).json();
        assertThat(p.get("options").findValuesAsText("votes_count")).containsExactly("1", "2");
    }

    @Test
    void an_ended_poll_is_told_once_to_its_voters_who_still_see_it_and_to_its_author() {
        scene.follow(ben.id(), ana.id());
        scene.follow(cleo.id(), ana.id());
        String id = post(ana, "private");
        assertThat(vote(ben, id, 0).status()).isEqualTo(200);
        assertThat(vote(cleo, id, 1).status()).isEqualTo(200);
        // Cleo stops following: the post is hidden from her, and so is its end.
        server.app().relations().unfollowAccount().unfollow(cleo.id(), ana.id());

        server.app().posts().jobs().runDue();
        assertThat(pollNotifications()).as("not ended yet").isEmpty();
        clock.advance(Duration.ofMinutes(5));
        server.app().posts().jobs().runDue();
        assertThat(pollNotifications()).containsExactly("ana ana", "ben ana");
        server.app().posts().jobs().runDue();
        server.restart();
        server.app().posts().jobs().runDue();
        assertThat(pollNotifications()).containsExactly("ana ana", "ben ana");

        JsonNode told = server.http()
                .get("/api/v1/notifications?types%5B%5D=poll", ben.token())
                .json();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).get("status").get("poll").get("expired").asBoolean())
                .isTrue();
        assertThat(told.get(0).get("account").get("id").asText()).isEqualTo(Integer.toString(ana.id()));
    }

    @Test
    void a_stop_between_claiming_an_ended_poll_and_telling_anyone_loses_nothing_and_doubles_nothing() {
        String id = post(ana, "public");
        vote(ben, id, 0);
        clock.advance(Duration.ofMinutes(6));
        server.app().db().outbox().hold(true);
        server.app().posts().jobs().runDue();
        assertThat(pollNotifications()).isEmpty();
        server.restart();
        assertThat(pollNotifications()).containsExactly("ana ana", "ben ana");
        server.app().posts().jobs().runDue();
        server.app().db().outbox().catchUp();
        server.restart();
        assertThat(pollNotifications()).containsExactly("ana ana", "ben ana");
    }

    @Test
    void editing_keeps_the_votes_of_the_same_options_and_resets_them_when_options_change() {
        String id = post(ana, "public");
        vote(ben, id, 1);
        Map<String, Object> same = map("options", List.of("soup", "salad"), "expires_in", 3600, "hide_totals", true);
        Http.Res kept =
                http.putJson("/api/v1/statuses/" + id, ana.token(), map("status", "Lunch at one?", "poll", same));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        JsonNode p = http.get("/api/v1/polls/" + id, ben.token()).json();
        assertThat(p.get("votes_count").asInt()).isEqualTo(1);
        assertThat(p.get("expires_at").asText()).as("the end is kept").isEqualTo("2026-11-20T10:05:00.000Z");
        assertThat(http.get("/api/v1/polls/" + id, cleo.token())
                        .json()
                        .get("options")
                        .get(1)
                        .get("votes_count")
                        .isNull())
                .as("totals now hidden from who has not voted")
                .isTrue();

        Http.Res noPoll = http.putJson("/api/v1/statuses/" + id, ana.token(), map("status", "Lunch at two?"));
        assertThat(noPoll.json().get("poll").get("votes_count").asInt())
                .as("an edit without a poll leaves it")
                .isEqualTo(1);

        Http.Res bad = http.putJson(
                "/api/v1/statuses/" + id,
                ana.token(),
                map("status", "Changed", "poll", map("options", List.of("one"), "expires_in", 600)));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(http.get("/api/v1/statuses/" + id, ana.token())
                        .json()
                        .get("content")
                        .asText())
                .contains("Lunch at two?");

        Map<String, Object> other = map("options", List.of("soup", "pasta", "rice"), "expires_in", 600);
        JsonNode reset = http.putJson("/api/v1/statuses/" + id, ana.token(), map("status", "Lunch?", "poll", other))
                .json()
                .get("poll");
        assertThat(reset.get("votes_count").asInt()).isZero();
        assertThat(reset.get("options").findValuesAsText("title")).containsExactly("soup", "pasta", "rice");
        assertThat(reset.get("expires_at").asText()).isEqualTo("2026-11-20T10:10:00.000Z");
        assertThat(vote(ben, id, 2).status())
                .as("Ben may vote again in the new poll")
                .isEqualTo(200);

        Http.Res added = http.putJson(
                "/api/v1/statuses/" + post(cleo, "public"),
                cleo.token(),
                map("status", "Now with a poll", "poll", other));
        assertThat(added.json().get("poll").get("options")).hasSize(3);
    }

    @Test
    void an_edit_that_changes_the_options_of_an_ended_poll_opens_a_new_one_told_again_at_its_end() {
        String id = post(ana, "public");
        vote(ben, id, 0);
        clock.advance(Duration.ofMinutes(5));
        server.app().posts().jobs().runDue();
        assertThat(pollNotifications()).containsExactly("ana ana", "ben ana");
        http.putJson(
                "/api/v1/statuses/" + id,
                ana.token(),
                map("status", "Again", "poll", map("options", List.of("a", "b"), "expires_in", 300)));
        vote(cleo, id, 1);
        clock.advance(Duration.ofMinutes(5));
        server.app().posts().jobs().runDue();
        assertThat(pollNotifications()).containsExactly("ana ana", "ana ana", "ben ana", "cleo ana");
    }
}
