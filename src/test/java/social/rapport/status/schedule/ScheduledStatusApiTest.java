package social.rapport.status.schedule;

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
import social.rapport.status.PostStatus;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * Posts scheduled for later, as Mastodon apps schedule them: kept private to their owner, moved or
 * cancelled, and published by the server at their time exactly once, also across a restart and with
 * several publishers at once, and never when the author or the audience is no longer valid.
 */
@RapportServer
class ScheduledStatusApiTest {
    TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
    TestServer server;
    Http http;
    Scene scene;

    @Person
    User ana, ben;

    static final String IN_AN_HOUR = "2026-11-20T11:00:00.000Z";

    Http.Res schedule(User u, Map<String, Object> body) {
        return http.postJson("/api/v1/statuses", u.token(), body);
    }

    JsonNode scheduled(User u, String at, Object... extra) {
        Map<String, Object> body = map("status", "Later", "visibility", "public", "scheduled_at", at);
        for (int i = 0; i < extra.length; i += 2) body.put((String) extra[i], extra[i + 1]);
        Http.Res r = schedule(u, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    int count(String sql) {
        return server.app()
                .db()
                .read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    List<String> published() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT source FROM statuses ORDER BY id")
                        .mapTo(String.class)
                        .list());
    }

    void publishDue() {
        server.app().posts().jobs().runDue();
    }

    @Test
    void a_scheduled_post_answers_a_scheduled_status_its_owner_alone_sees_and_changes() {
        JsonNode s = scheduled(
                ana, IN_AN_HOUR, "spoiler_text", "cw", "poll", map("options", List.of("yes", "no"), "expires_in", 600));
        String id = s.get("id").asText();
        assertThat(s.get("scheduled_at").asText()).isEqualTo(IN_AN_HOUR);
        assertThat(s.get("params").get("text").asText()).isEqualTo("Later");
        assertThat(s.get("params").get("visibility").asText()).isEqualTo("public");
        assertThat(s.get("params").get("spoiler_text").asText()).isEqualTo("cw");
        assertThat(s.get("params").get("poll").get("options").toString()).isEqualTo("[\"yes\",\"no\"]");
        assertThat(s.get("params").get("poll").get("expires_in").asInt()).isEqualTo(600);
        assertThat(s.get("media_attachments")).isEmpty();
        assertThat(published()).as("nothing published yet").isEmpty();

        assertThat(http.get("/api/v1/scheduled_statuses", ana.token()).json().findValuesAsText("id"))
                .containsExactly(id);
        assertThat(http.get("/api/v1/scheduled_statuses/" + id, ana.token()).json())
                .isEqualTo(s);
        Http.Res missing = http.get("/api/v1/scheduled_statuses/999999", ben.token());
        Http.Res others = http.get("/api/v1/scheduled_statuses/" + id, ben.token());
        assertThat(others.status()).isEqualTo(404);
        assertThat(others.body()).isEqualTo(missing.body());
        assertThat(http.get("/api/v1/scheduled_statuses", ben.token()).json()).isEmpty();
        assertThat(http.putJson("/api/v1/scheduled_statuses/" + id, ben.token(), map("scheduled_at", IN_AN_HOUR))
                        .status())
                .isEqualTo(404);
        assertThat(http.delete("/api/v1/scheduled_statuses/" + id, ben.token()).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/scheduled_statuses", null).status()).isEqualTo(401);

        Http.Res moved = http.putJson(
                "/api/v1/scheduled_statuses/" + id, ana.token(), map("scheduled_at", "2026-11-21T08:30:00Z"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("scheduled_at").asText()).isEqualTo("2026-11-21T08:30:00.000Z");
        assertThat(http.putJson(
                                "/api/v1/scheduled_statuses/" + id,
                                ana.token(),
                                map("scheduled_at", "2026-11-20T10:01:00Z"))
                        .status())
                .as("too soon")
                .isEqualTo(422);
        assertThat(http.putJson("/api/v1/scheduled_statuses/" + id, ana.token(), map())
                        .status())
                .isEqualTo(422);
        assertThat(http.delete("/api/v1/scheduled_statuses/" + id, ana.token()).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/scheduled_statuses/" + id, ana.token()).status())
                .isEqualTo(404);
        clock.advance(Duration.ofDays(2));
        publishDue();
        assertThat(published()).as("a cancelled post is never published").isEmpty();
    }

    @Test
    void too_soon_malformed_or_invalid_posts_are_refused_and_nothing_is_kept() {
        assertThat(schedule(ana, map("status", "Soon", "scheduled_at", "2026-11-20T10:04:59Z"))
                        .status())
                .isEqualTo(422);
        assertThat(schedule(ana, map("status", "Past", "scheduled_at", "2020-01-01T00:00:00Z"))
                        .status())
                .isEqualTo(422);
        assertThat(schedule(ana, map("status", "When?", "scheduled_at", "tomorrow"))
                        .status())
                .isEqualTo(422);
        assertThat(schedule(ana, map("status", "", "scheduled_at", IN_AN_HOUR)).status())
                .isEqualTo(422);
        assertThat(schedule(ana, map("status", "x", "visibility", "everyone", "scheduled_at", IN_AN_HOUR))
                        .status())
                .isEqualTo(422);
        assertThat(schedule(
                                ana,
                                map(
                                        "status",
                                        "x",
                                        "scheduled_at",
                                        IN_AN_HOUR,
                                        "poll",
                                        map("options", List.of("one"), "expires_in", 600)))
                        .status())
                .isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM scheduled_statuses")).isZero();
        assertThat(scheduled(ana, "2026-11-20T10:05:00Z").get("scheduled_at").asText())
                .isEqualTo("2026-11-20T10:05:00.000Z");
    }

    @Test
    void a_due_post_is_published_once_with_its_poll_timed_from_then() {
        String id = scheduled(ana, IN_AN_HOUR, "poll", map("options", List.of("yes", "no"), "expires_in", 600))
                .get("id")
                .asText();
        publishDue();
        assertThat(published()).isEmpty();
        clock.advance(Duration.ofHours(1));
        publishDue();
        publishDue();
        assertThat(published()).containsExactly("Later");
        assertThat(http.get("/api/v1/scheduled_statuses/" + id, ana.token()).status())
                .isEqualTo(404);
        JsonNode posts = http.get("/api/v1/accounts/" + ana.id() + "/statuses", ben.token())
                .json();
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).get("poll").get("expires_at").asText()).isEqualTo("2026-11-20T11:10:00.000Z");
        server.restart();
        publishDue();
        assertThat(published()).containsExactly("Later");
    }

    @Test
    void several_publishers_at_once_and_a_restart_publish_each_post_once() throws Exception {
        for (int i = 0; i < 8; i++) scheduled(ana, "2026-11-20T10:3" + i + ":00Z", "status", "post " + i);
        clock.advance(Duration.ofHours(1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> {
                    publishDue();
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(runs)) f.get();
        } finally {
            pool.shutdownNow();
        }
        server.restart();
        publishDue();
        assertThat(published())
                .containsExactlyInAnyOrder(
                        "post 0", "post 1", "post 2", "post 3", "post 4", "post 5", "post 6", "post 7");
        assertThat(count("SELECT COUNT(*) FROM scheduled_statuses")).isZero();
    }

    @Test
    void a_restart_publishes_what_came_due_while_the_server_was_down() {
        scheduled(ana, IN_AN_HOUR);
        clock.advance(Duration.ofHours(2));
        server.restart();
        publishDue();
        assertThat(published()).containsExactly("Later");
    }

    @Test
    void a_suspended_author_publishes_nothing() {
        scheduled(ana, IN_AN_HOUR);
        server.app().db().writeVoid(tx -> server.app().accounts().setState(tx, ana.id(), "suspended"));
        clock.advance(Duration.ofHours(1));
        publishDue();
        assertThat(published()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM scheduled_statuses")).isZero();
    }

    @Test
    void a_post_to_a_circle_deleted_meanwhile_is_not_published_to_anyone() {
        long family = scene.circle(ana.id(), "Family");
        scene.putInCircle(ana.id(), "Family", ben.id());
        scheduled(ana, IN_AN_HOUR, "visibility", null, "audience", List.of("circle:" + family));
        server.app().relations().deleteCircle().delete(ana.id(), family);
        clock.advance(Duration.ofHours(1));
        publishDue();
        assertThat(published()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM scheduled_statuses")).isZero();
    }

    @Test
    void at_most_twenty_five_a_day_and_three_hundred_in_all() {
        var service = server.app().posts().scheduled();
        PostStatus.Request req =
                new PostStatus.Request("x", null, null, false, null, "public", null, null, null, null, null);
        for (int day = 1; day <= 12; day++) {
            for (int i = 0; i < 25; i++) {
                String at = String.format("2026-12-%02dT%02d:00:00Z", day, i % 24);
                server.app().db().writeVoid(tx -> service.schedule(tx, ana.id(), req, null, at));
            }
            if (day == 1) {
                Http.Res sameDay = schedule(ana, map("status", "one more", "scheduled_at", "2026-12-01T23:30:00Z"));
                assertThat(sameDay.status()).isEqualTo(422);
                assertThat(sameDay.json().get("error").asText()).contains("25");
                assertThat(scheduled(ana, "2026-12-02T23:30:00Z").get("id"))
                        .as("another day")
                        .isNotNull();
                http.delete(
                        "/api/v1/scheduled_statuses/"
                                + http.get("/api/v1/scheduled_statuses?limit=1", ana.token())
                                        .json()
                                        .get(0)
                                        .get("id")
                                        .asText(),
                        ana.token());
            }
        }
        Http.Res total = schedule(ana, map("status", "one more", "scheduled_at", "2026-12-20T10:00:00Z"));
        assertThat(total.status()).isEqualTo(422);
        assertThat(total.json().get("error").asText()).contains("300");
        assertThat(count("SELECT COUNT(*) FROM scheduled_statuses")).isEqualTo(300);
        assertThat(schedule(ben, map("status", "mine", "scheduled_at", "2026-12-01T23:30:00Z"))
                        .status())
                .as("the limits are each person's own")
                .isEqualTo(200);

        JsonNode page =
                http.get("/api/v1/scheduled_statuses?limit=2", ana.token()).json();
        assertThat(page).hasSize(2);
        assertThat(http.get("/api/v1/scheduled_statuses?limit=100", ana.token()).json())
                .hasSize(40);
    }
}
