package social.rapport.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Following hashtags: their public posts, and only those, come into the follower's home and user stream. */
@RapportServer
class FollowedTagsApiTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo, dan;

    String post(User u, Object... kv) {
        return scene.postJson(u, kv).get("id").asText();
    }

    List<String> home(User u) {
        List<String> out = new ArrayList<>();
        http.get("/api/v1/timelines/home", u.token())
                .json()
                .forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void following_a_tag_is_shown_on_the_tag_and_in_followed_tags_with_a_link_header() {
        Http.Res shown = http.get("/api/v1/tags/Tea", ana.token());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("name").asText()).isEqualTo("tea");
        assertThat(shown.json().get("following").asBoolean()).isFalse();
        assertThat(shown.json().get("url").asText()).endsWith("/tags/tea");

        Http.Res followed = http.post("/api/v1/tags/%23Tea/follow", ana.token());
        assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
        assertThat(followed.json().get("following").asBoolean()).isTrue();
        assertThat(http.post("/api/v1/tags/tea/follow", ana.token()).status()).isEqualTo(200);
        http.post("/api/v1/tags/oak/follow", ana.token());
        http.post("/api/v1/tags/yew/follow", ana.token());

        assertThat(http.get("/api/v1/tags/tea", ana.token())
                        .json()
                        .get("following")
                        .asBoolean())
                .isTrue();
        assertThat(http.get("/api/v1/tags/tea", ben.token())
                        .json()
                        .get("following")
                        .asBoolean())
                .isFalse();
        assertThat(http.get("/api/v1/tags/tea").json().get("following").isNull())
                .isTrue();

        Http.Res page = http.get("/api/v1/followed_tags?limit=2", ana.token());
        assertThat(page.status()).isEqualTo(200);
        assertThat(names(page.json())).containsExactly("yew", "oak");
        String next = page.header("Link");
        assertThat(next).contains("rel=\"next\"");
        String older = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
        Http.Res rest = http.get(older.substring(older.indexOf("/api/")), ana.token());
        assertThat(names(rest.json())).containsExactly("tea");

        Http.Res unfollowed = http.post("/api/v1/tags/tea/unfollow", ana.token());
        assertThat(unfollowed.json().get("following").asBoolean()).isFalse();
        assertThat(names(http.get("/api/v1/followed_tags", ana.token()).json())).containsExactly("yew", "oak");
        assertThat(names(http.get("/api/v1/followed_tags", ben.token()).json())).isEmpty();
    }

    @Test
    void bad_names_and_missing_scopes_are_refused_and_change_nothing() {
        assertThat(http.post("/api/v1/tags/no-such!/follow", ana.token()).status())
                .isEqualTo(422);
        assertThat(http.post("/api/v1/tags/" + "x".repeat(101) + "/follow", ana.token())
                        .status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/tags/a%20b", ana.token()).status()).isEqualTo(422);
        assertThat(http.post("/api/v1/tags/tea/follow", null).status()).isEqualTo(401);
        String readOnly = server.app()
                .tokens()
                .issue(null, ana.id(), java.util.Set.of("read"))
                .token();
        assertThat(http.post("/api/v1/tags/tea/follow", readOnly).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/followed_tags", null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/followed_tags?limit=0", ana.token()).status())
                .isEqualTo(422);
        assertThat(names(http.get("/api/v1/followed_tags", ana.token()).json())).isEmpty();
    }

    @Test
    void a_followed_tag_brings_only_public_posts_of_people_not_muted_or_blocked_into_home() {
        http.post("/api/v1/tags/tea/follow", ana.token());
        String open = post(ben, "status", "green #tea", "visibility", "public");
        post(ben, "status", "quiet #tea", "visibility", "unlisted");
        post(ben, "status", "followers #tea", "visibility", "private");
        post(ben, "status", "direct #tea @ana", "visibility", "direct");
        long family = scene.circle(ben.id(), "Family");
        scene.putInCircle(ben.id(), "Family", ana.id());
        post(ben, "status", "family #tea", "audience", List.of("circle:" + family));
        post(ben, "status", "#coffee only", "visibility", "public");
        String reblogged = post(dan, "status", "dan's #tea", "visibility", "public");
        http.post("/api/v1/statuses/" + open + "/reblog", cleo.token());
        assertThat(home(ana)).containsExactly(reblogged, open);

        // A public post that also goes to a circle it excludes ana from is not hers to see.
        long friends = scene.circle(cleo.id(), "Personal");
        scene.putInCircle(cleo.id(), "Personal", ana.id());
        Http.Res excluded = http.postJson(
                "/api/v1/statuses",
                cleo.token(),
                Http.map(
                        "status",
                        "#tea for all but friends",
                        "audience",
                        List.of("public"),
                        "audience_except",
                        List.of("circle:" + friends)));
        assertThat(excluded.status()).isEqualTo(200);
        assertThat(home(ana)).containsExactly(reblogged, open);

        // Following ben as well shows his post once.
        scene.follow(ana.id(), ben.id());
        assertThat(home(ana)).containsSubsequence(reblogged, open).doesNotHaveDuplicates();

        server.app().relations().muteAccount().mute(ana.id(), dan.id(), true, 0);
        assertThat(home(ana)).doesNotContain(reblogged).contains(open);
        server.app().relations().blockAccount().block(ben.id(), ana.id());
        assertThat(home(ana)).doesNotContain(open);

        String later = post(cleo, "status", "cleo's #tea", "visibility", "public");
        assertThat(home(ana)).contains(later);
        http.post("/api/v1/tags/tea/unfollow", ana.token());
        assertThat(home(ana)).doesNotContain(later);
    }

    @Test
    void an_edit_that_adds_or_drops_the_tag_moves_the_post_in_or_out_of_home() {
        http.post("/api/v1/tags/tea/follow", ana.token());
        String id = post(ben, "status", "plain", "visibility", "public");
        assertThat(home(ana)).isEmpty();
        assertThat(http.putJson("/api/v1/statuses/" + id, ben.token(), Http.map("status", "now #tea"))
                        .status())
                .isEqualTo(200);
        assertThat(home(ana)).containsExactly(id);
        http.putJson("/api/v1/statuses/" + id, ben.token(), Http.map("status", "plain again"));
        assertThat(home(ana)).isEmpty();
        String gone = post(ben, "status", "#tea soon gone", "visibility", "public");
        assertThat(home(ana)).containsExactly(gone);
        http.delete("/api/v1/statuses/" + gone, ben.token());
        assertThat(home(ana)).isEmpty();
    }

    static List<String> names(JsonNode tags) {
        List<String> out = new ArrayList<>();
        tags.forEach(t -> out.add(t.get("name").asText()));
        return out;
    }
}
