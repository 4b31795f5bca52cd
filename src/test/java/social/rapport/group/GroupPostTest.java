package social.rapport.group;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Posts to `group:<id>`: through the one audience policy on every read path, on both databases. */
@RapportServer
class GroupPostTest {
    static final String BASE = "/api/v1/rapport/groups";
    TestServer server;
    Scene scene;
    Http http;
    TestClock clock;

    @Person
    User ana, ben, cleo, dan;

    String group(User owner, String handle, String kind, User... members) {
        Http.Res r = http.postJson(BASE, owner.token(), map("name", handle, "handle", handle, "kind", kind));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String id = r.json().get("id").asText();
        for (User m : members) {
            scene.follow(m.id(), owner.id());
            if (!kind.equals("public")) {
                http.postJson(BASE + "/" + id + "/invite", owner.token(), map("account_id", m.idString()));
            }
            assertThat(http.post(BASE + "/" + id + "/join", m.token())
                            .json()
                            .get("relationship")
                            .get("state")
                            .asText())
                    .isEqualTo("member");
        }
        return id;
    }

    Http.Res post(User author, String group, Object... more) {
        List<Object> fields =
                new ArrayList<>(List.of("status", "Hello group @dan", "audience", List.of("group:" + group)));
        fields.addAll(List.of(more));
        return http.postJson("/api/v1/statuses", author.token(), map(fields.toArray()));
    }

    String postId(User author, String group) {
        Http.Res r = post(author, group);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    int status(User viewer, String path) {
        return (viewer == null ? http.get(path) : http.get(path, viewer.token())).status();
    }

    @Test
    void a_private_groups_post_reaches_its_members_only_on_every_path() {
        String g = group(ana, "inner", "private", ben);
        String p = postId(ben, g);
        // Members read it; a stranger, a signed-out visitor, a mentioned non-member do not.
        assertThat(status(ana, "/api/v1/statuses/" + p)).isEqualTo(200);
        for (User u : new User[] {cleo, dan, null}) {
            assertThat(status(u, "/api/v1/statuses/" + p)).isEqualTo(404);
            assertThat(status(u, "/api/v1/statuses/" + p + "/context")).isEqualTo(404);
            assertThat(ids((u == null
                                    ? http.get("/api/v1/accounts/" + ben.id() + "/statuses")
                                    : http.get("/api/v1/accounts/" + ben.id() + "/statuses", u.token()))
                            .json()))
                    .doesNotContain(p);
        }
        assertThat(ids(http.get(BASE + "/" + g + "/timeline", ana.token()).json()))
                .containsExactly(p);
        assertThat(http.get(BASE + "/" + g + "/timeline", cleo.token()).json()).isEmpty();
        assertThat(ids(http.get("/api/v1/timelines/public", ana.token()).json()))
                .doesNotContain(p);
        // Dan is mentioned but outside the group: no notification tells him of it.
        assertThat(http.get("/api/v1/notifications", dan.token()).json()).isEmpty();
        // The post says where it went.
        JsonNode shown = http.get("/api/v1/statuses/" + p, ben.token()).json();
        assertThat(shown.get("visibility").asText()).isEqualTo("private");
    }

    @Test
    void home_and_notifications_follow_the_group_for_followers_and_the_mentioned() {
        String g = group(ana, "homely", "private", ben, dan);
        scene.follow(ana.id(), ben.id());
        scene.follow(cleo.id(), ben.id());
        String p = postId(ben, g);
        // Ana follows Ben and is in the group; Cleo follows Ben and is not.
        assertThat(ids(http.get("/api/v1/timelines/home", ana.token()).json())).contains(p);
        assertThat(ids(http.get("/api/v1/timelines/home", cleo.token()).json())).doesNotContain(p);
        // Dan, a member, is told of the mention.
        JsonNode told = http.get("/api/v1/notifications", dan.token()).json();
        assertThat(told)
                .anySatisfy(n -> assertThat(n.get("status").get("id").asText()).isEqualTo(p));
    }

    @Test
    void a_public_groups_post_is_read_by_anyone_and_posted_by_members_only() {
        String g = group(ana, "open", "public", ben);
        String p = postId(ben, g);
        assertThat(status(cleo, "/api/v1/statuses/" + p)).isEqualTo(200);
        assertThat(status(null, "/api/v1/statuses/" + p)).isEqualTo(200);
        assertThat(ids(http.get(BASE + "/" + g + "/timeline").json())).containsExactly(p);
        assertThat(post(cleo, g).status()).isEqualTo(422);
        // A non-member may read but not reply in the group.
        assertThat(http.postJson("/api/v1/statuses", cleo.token(), map("status", "me too", "in_reply_to_id", p))
                        .status())
                .isEqualTo(403);
        // A public group's post may be reposted; it stays where the group's posts go.
        assertThat(http.post("/api/v1/statuses/" + p + "/reblog", cleo.token()).status())
                .isEqualTo(200);
    }

    @Test
    void only_members_post_and_a_group_goes_alone() {
        String g = group(ana, "solo", "private", ben);
        assertThat(post(cleo, g).status()).isEqualTo(422);
        assertThat(post(ana, "999999").status()).isEqualTo(422);
        Http.Res mixed = http.postJson(
                "/api/v1/statuses", ana.token(), map("status", "x", "audience", List.of("group:" + g, "public")));
        assertThat(mixed.status()).isEqualTo(422);
        // A secret group is unknown to a non-member exactly like a missing one.
        String secret = group(ana, "shh", "secret");
        assertThat(post(cleo, secret).body())
                .isEqualTo(post(cleo, "999999").body().replace("999999", secret));
    }

    @Test
    void replies_stay_in_the_group_and_private_group_posts_are_never_reposted() {
        String g = group(ana, "talk", "private", ben);
        String p = postId(ben, g);
        // Mastodon apps send the parent's visibility; the reply goes to the group whatever it says.
        Http.Res reply = http.postJson(
                "/api/v1/statuses", ana.token(), map("status", "Yes", "in_reply_to_id", p, "visibility", "public"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String r = reply.json().get("id").asText();
        assertThat(status(cleo, "/api/v1/statuses/" + r)).isEqualTo(404);
        assertThat(ids(http.get(BASE + "/" + g + "/timeline", ben.token()).json()))
                .containsExactly(r, p);
        Http.Res elsewhere = http.postJson(
                "/api/v1/statuses",
                ana.token(),
                map("status", "Out", "in_reply_to_id", p, "audience", List.of("public")));
        assertThat(elsewhere.status()).isEqualTo(422);
        JsonNode context =
                http.get("/api/v1/statuses/" + p + "/context", ben.token()).json();
        assertThat(ids(context.get("descendants"))).containsExactly(r);

        assertThat(http.post("/api/v1/statuses/" + p + "/reblog", ana.token()).status())
                .isEqualTo(422);
        assertThat(http.post("/api/v1/statuses/" + p + "/reblog", ben.token()).status())
                .isEqualTo(422);
    }

    @Test
    void moderators_remove_posts_members_cannot() {
        String g = group(ana, "modded", "public", ben, cleo);
        String p = postId(ben, g);
        String elsewhere = http.postJson("/api/v1/statuses", ben.token(), map("status", "mine", "visibility", "public"))
                .json()
                .get("id")
                .asText();
        assertThat(http.delete(BASE + "/" + g + "/statuses/" + p, cleo.token()).status())
                .isEqualTo(403);
        http.postJson(BASE + "/" + g + "/roles", ana.token(), map("account_id", cleo.idString(), "role", "moderator"));
        // A post that is not the group's is not the moderators' to remove.
        assertThat(http.delete(BASE + "/" + g + "/statuses/" + elsewhere, cleo.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.delete(BASE + "/" + g + "/statuses/" + p, cleo.token()).status())
                .isEqualTo(200);
        assertThat(status(ben, "/api/v1/statuses/" + p)).isEqualTo(404);
        assertThat(status(ben, "/api/v1/statuses/" + elsewhere)).isEqualTo(200);
    }

    @Test
    void a_removed_or_banned_member_stops_reading_and_posting_at_once() {
        String g = group(ana, "gate", "private", ben, cleo);
        String p = postId(ana, g);
        assertThat(status(ben, "/api/v1/statuses/" + p)).isEqualTo(200);
        http.postJson(BASE + "/" + g + "/ban", ana.token(), map("account_id", ben.idString()));
        assertThat(status(ben, "/api/v1/statuses/" + p)).isEqualTo(404);
        assertThat(http.get(BASE + "/" + g + "/timeline", ben.token()).json()).isEmpty();
        assertThat(post(ben, g).status()).isEqualTo(422);
        http.postJson(BASE + "/" + g + "/remove", ana.token(), map("account_id", cleo.idString()));
        assertThat(status(cleo, "/api/v1/statuses/" + p)).isEqualTo(404);
        assertThat(post(cleo, g).status()).isEqualTo(422);
    }

    @Test
    void a_scheduled_group_post_is_published_only_if_its_author_is_still_a_member() {
        String g = group(ana, "later", "private", ben, cleo);
        String tomorrow = clock.instant().plus(Duration.ofDays(1)).toString();
        for (User u : List.of(ben, cleo)) {
            Http.Res r = post(u, g, "scheduled_at", tomorrow);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        http.postJson(BASE + "/" + g + "/remove", ana.token(), map("account_id", ben.idString()));
        clock.advance(Duration.ofDays(2));
        server.app().posts().jobs().runDue();
        JsonNode shown = http.get(BASE + "/" + g + "/timeline", ana.token()).json();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).get("account").get("id").asText()).isEqualTo(cleo.idString());
    }

    @Test
    void a_deleted_groups_posts_are_seen_by_their_authors_alone() {
        String g = group(ana, "gone", "public", ben);
        String p = postId(ben, g);
        http.delete(BASE + "/" + g, ana.token());
        assertThat(status(ben, "/api/v1/statuses/" + p)).isEqualTo(200);
        assertThat(status(ana, "/api/v1/statuses/" + p)).isEqualTo(404);
        assertThat(status(null, "/api/v1/statuses/" + p)).isEqualTo(404);
    }

    @Test
    void the_group_members_in_memory_are_rebuilt_from_the_store() {
        String g = group(ana, "kept", "private", ben);
        String p = postId(ana, g);
        var again = GroupDirectory.load(server.app().db(), new GroupStore());
        assertThat(again.member(Long.parseLong(g), ben.id())).isTrue();
        assertThat(again.member(Long.parseLong(g), cleo.id())).isFalse();
        assertThat(again.open(Long.parseLong(g))).isFalse();
        assertThat(status(ben, "/api/v1/statuses/" + p)).isEqualTo(200);
    }
}
