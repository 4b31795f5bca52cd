package social.rapport.group;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestUsers.User;

/**
 * A new member's mentions of strangers in a group: above 5 in a post or 20 a day, the post is held
 * for the group's moderators, seen by no one else and told to no one until released.
 */
@RapportServer
class GroupMentionLimitTest {
    static final String BASE = "/api/v1/rapport/groups";
    Scene scene;
    Http http;
    TestClock clock;

    @Person
    User ana, ben, mo, cleo;

    /** A public group of Ana's: Ben and Cleo members, Mo its moderator; all joined now. */
    String group(String handle) {
        String g = http.postJson(BASE, ana.token(), map("name", handle, "handle", handle, "kind", "public"))
                .json()
                .get("id")
                .asText();
        for (User u : List.of(ben, mo, cleo))
            assertThat(http.post(BASE + "/" + g + "/join", u.token()).status()).isEqualTo(200);
        Http.Res r = http.postJson(
                BASE + "/" + g + "/roles", ana.token(), map("account_id", mo.idString(), "role", "moderator"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return g;
    }

    List<User> people(String prefix, int n) {
        List<User> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(scene.person(prefix + i));
        return out;
    }

    JsonNode post(User author, String g, List<User> mentioned) {
        StringBuilder text = new StringBuilder("Hello");
        for (User u : mentioned) text.append(" @").append(u.handle());
        Http.Res r = http.postJson(
                "/api/v1/statuses", author.token(), map("status", text.toString(), "audience", List.of("group:" + g)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static boolean held(JsonNode status) {
        return status.get("rapport").get("held").asBoolean();
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    int status(User viewer, String path) {
        return (viewer == null ? http.get(path) : http.get(path, viewer.token())).status();
    }

    List<String> mentionsOf(User u) {
        List<String> out = new ArrayList<>();
        http.get("/api/v1/notifications", u.token()).json().forEach(n -> {
            if (n.get("type").asText().equals("mention"))
                out.add(n.get("status").get("id").asText());
        });
        return out;
    }

    @Test
    void six_strangers_hold_the_post_for_the_moderators_until_one_releases_it() {
        String g = group("held6");
        List<User> strangers = people("six", 6);
        JsonNode p = post(ben, g, strangers);
        String id = p.get("id").asText();
        assertThat(held(p)).isTrue();
        // Stored, seen by its author and the group's moderators alone; told to no one.
        assertThat(status(ben, "/api/v1/statuses/" + id)).isEqualTo(200);
        assertThat(status(mo, "/api/v1/statuses/" + id)).isEqualTo(200);
        for (User u : new User[] {strangers.get(0), cleo, null}) {
            assertThat(status(u, "/api/v1/statuses/" + id)).isEqualTo(404);
        }
        assertThat(ids(http.get(BASE + "/" + g + "/timeline", cleo.token()).json()))
                .doesNotContain(id);
        assertThat(ids(http.get("/api/v1/accounts/" + ben.id() + "/statuses", cleo.token())
                        .json()))
                .doesNotContain(id);
        for (User u : strangers) assertThat(mentionsOf(u)).isEmpty();
        // The moderators' list: Mo and the owner see it; a plain member and a stranger may not ask.
        assertThat(ids(http.get(BASE + "/" + g + "/held", mo.token()).json())).containsExactly(id);
        assertThat(ids(http.get(BASE + "/" + g + "/held", ana.token()).json())).containsExactly(id);
        assertThat(status(cleo, BASE + "/" + g + "/held")).isEqualTo(403);
        assertThat(status(strangers.get(0), BASE + "/" + g + "/held")).isEqualTo(403);
        assertThat(http.post(BASE + "/" + g + "/held/" + id + "/release", cleo.token())
                        .status())
                .isEqualTo(403);
        // Nobody may reply to or repost a held post, not even its author.
        assertThat(http.post("/api/v1/statuses/" + id + "/reblog", ben.token()).status())
                .isNotEqualTo(200);

        assertThat(http.post(BASE + "/" + g + "/held/" + id + "/release", mo.token())
                        .status())
                .isEqualTo(200);
        // Delivered as a new post: the group's timeline, the mentioned people's notifications.
        JsonNode seen =
                http.get("/api/v1/statuses/" + id, strangers.get(0).token()).json();
        assertThat(held(seen)).isFalse();
        assertThat(ids(http.get(BASE + "/" + g + "/timeline", cleo.token()).json()))
                .contains(id);
        for (User u : strangers) assertThat(mentionsOf(u)).containsExactly(id);
        assertThat(ids(http.get(BASE + "/" + g + "/held", mo.token()).json())).isEmpty();
        // A rejection after the release finds nothing held, and changes nothing.
        assertThat(http.post(BASE + "/" + g + "/held/" + id + "/reject", ana.token())
                        .status())
                .isEqualTo(404);
        assertThat(status(null, "/api/v1/statuses/" + id)).isEqualTo(200);
    }

    @Test
    void a_rejected_post_is_deleted_and_cannot_be_released_after() {
        String g = group("reject");
        List<User> strangers = people("rej", 6);
        String id = post(ben, g, strangers).get("id").asText();
        assertThat(http.post(BASE + "/" + g + "/held/" + id + "/reject", mo.token())
                        .status())
                .isEqualTo(200);
        assertThat(status(ben, "/api/v1/statuses/" + id)).isEqualTo(404);
        assertThat(http.post(BASE + "/" + g + "/held/" + id + "/release", mo.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.post(BASE + "/" + g + "/held/" + id + "/reject", mo.token())
                        .status())
                .isEqualTo(404);
        for (User u : strangers) assertThat(mentionsOf(u)).isEmpty();
        // Another group's moderator, or a post not held, is answered as missing.
        String open = post(ben, g, List.of()).get("id").asText();
        assertThat(http.post(BASE + "/" + g + "/held/" + open + "/release", mo.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_release_and_a_rejection_at_the_same_moment_never_both_happen() throws Exception {
        String g = group("race");
        List<User> strangers = people("race", 6);
        for (int round = 0; round < 4; round++) {
            String id = post(ben, g, strangers).get("id").asText();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> release = pool.submit(() -> {
                    go.await();
                    return http.post(BASE + "/" + g + "/held/" + id + "/release", mo.token())
                            .status();
                });
                Future<Integer> reject = pool.submit(() -> {
                    go.await();
                    return http.post(BASE + "/" + g + "/held/" + id + "/reject", ana.token())
                            .status();
                });
                go.countDown();
                int released = release.get(), rejected = reject.get();
                // Exactly one wins, the other finds nothing held; the post is as the winner left it.
                assertThat(List.of(released, rejected)).containsExactlyInAnyOrder(200, 404);
                assertThat(status(null, "/api/v1/statuses/" + id)).isEqualTo(released == 200 ? 200 : 404);
                assertThat(mentionsOf(strangers.get(0)).contains(id)).isEqualTo(released == 200);
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void five_strangers_pass_and_the_twenty_first_of_the_day_holds() {
        String g = group("daily");
        List<User> strangers = people("day", 22);
        for (int i = 0; i < 4; i++) {
            JsonNode p = post(ben, g, strangers.subList(i * 5, i * 5 + 5));
            assertThat(held(p)).isFalse();
            assertThat(status(
                            strangers.get(i * 5),
                            "/api/v1/statuses/" + p.get("id").asText()))
                    .isEqualTo(200);
        }
        // The same people again are not new strangers.
        assertThat(held(post(ben, g, strangers.subList(0, 5)))).isFalse();
        JsonNode p21 = post(ben, g, List.of(strangers.get(20)));
        assertThat(held(p21)).isTrue();
        assertThat(mentionsOf(strangers.get(20))).isEmpty();
        // A day later the count starts again.
        clock.advance(Duration.ofHours(24).plusMillis(1));
        assertThat(held(post(ben, g, List.of(strangers.get(21))))).isFalse();
        assertThat(mentionsOf(strangers.get(21))).hasSize(1);
    }

    @Test
    void a_member_of_more_than_thirty_days_is_not_limited() {
        String g = group("settled");
        List<User> strangers = people("old", 6);
        clock.advance(Duration.ofDays(30));
        JsonNode p = post(ben, g, strangers);
        assertThat(held(p)).isFalse();
        assertThat(mentionsOf(strangers.get(5))).containsExactly(p.get("id").asText());
    }

    @Test
    void people_with_a_relationship_do_not_count() {
        String g = group("known");
        List<User> people = people("rel", 8);
        scene.follow(people.get(0).id(), ben.id());
        scene.follow(ben.id(), people.get(1).id());
        scene.connect(ben, people.get(2));
        // Eight mentioned, five of them strangers: the post passes.
        assertThat(held(post(ben, g, people))).isFalse();
        // With the sixth stranger it is held.
        assertThat(held(post(
                        ben,
                        g,
                        List.of(people.get(3), people.get(4), people.get(5), people.get(6), people.get(7), cleo))))
                .isTrue();
    }

    @Test
    void an_edit_cannot_bring_a_post_over_the_limits() {
        String g = group("edits");
        List<User> strangers = people("edit", 6);
        String id = post(ben, g, strangers.subList(0, 1)).get("id").asText();
        StringBuilder six = new StringBuilder("Hello");
        for (User u : strangers) six.append(" @").append(u.handle());
        Http.Res r = http.putJson("/api/v1/statuses/" + id, ben.token(), map("status", six.toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(mentionsOf(strangers.get(5))).isEmpty();
        Http.Res two = http.putJson(
                "/api/v1/statuses/" + id,
                ben.token(),
                map(
                        "status",
                        "Hello @" + strangers.get(0).handle() + " @"
                                + strangers.get(1).handle()));
        assertThat(two.status()).as(two.toString()).isEqualTo(200);
        assertThat(mentionsOf(strangers.get(1))).containsExactly(id);
    }

    @Test
    void a_client_cannot_choose_the_held_audience() {
        String g = group("nochoice");
        Http.Res r =
                http.postJson("/api/v1/statuses", ben.token(), map("status", "hi", "audience", List.of("held:" + g)));
        assertThat(r.status()).isEqualTo(422);
    }
}
