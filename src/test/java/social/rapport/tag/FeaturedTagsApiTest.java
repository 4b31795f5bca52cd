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

/** Featured hashtags: counted from the public posts the viewer may see, at most ten, one's own to change. */
@RapportServer
class FeaturedTagsApiTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo;

    void post(User u, String text, String visibility) {
        scene.postJson(u, "status", text, "visibility", visibility);
    }

    Http.Res feature(User u, String name) {
        return http.postJson("/api/v1/featured_tags", u.token(), Http.map("name", name));
    }

    static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("name").asText()));
        return out;
    }

    @Test
    void featured_tags_count_only_public_posts_and_show_on_the_profile() {
        post(ana, "one #oak", "public");
        post(ana, "two #oak", "public");
        post(ana, "secret #oak", "private");
        post(ana, "quiet #oak", "unlisted");
        post(ben, "not hers #oak", "public");
        Http.Res made = feature(ana, "#Oak");
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        assertThat(made.json().get("name").asText()).isEqualTo("oak");
        assertThat(made.json().get("statuses_count").asInt()).isEqualTo(2);
        assertThat(made.json().get("last_status_at").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        Http.Res empty = feature(ana, "yew");
        assertThat(empty.json().get("statuses_count").asInt()).isZero();
        assertThat(empty.json().get("last_status_at").isNull()).isTrue();

        assertThat(names(http.get("/api/v1/featured_tags", ana.token()).json())).containsExactly("oak", "yew");
        JsonNode shown = http.get("/api/v1/accounts/" + ana.id() + "/featured_tags", ben.token())
                .json();
        assertThat(names(shown)).containsExactly("oak", "yew");
        assertThat(shown.get(0).get("statuses_count").asInt()).isEqualTo(2);
        // Ben, a follower, sees the followers-only post, but the count stays with public posts.
        scene.follow(ben.id(), ana.id());
        assertThat(http.get("/api/v1/accounts/" + ana.id() + "/featured_tags", ben.token())
                        .json()
                        .get(0)
                        .get("statuses_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(http.get("/api/v1/accounts/" + ana.id() + "/featured_tags").status())
                .isEqualTo(200);

        // Blocked either way: the profile's featured tags are missing, exactly as an unknown account's.
        server.app().relations().blockAccount().block(ana.id(), cleo.id());
        Http.Res hidden = http.get("/api/v1/accounts/" + ana.id() + "/featured_tags", cleo.token());
        Http.Res missing = http.get("/api/v1/accounts/99999/featured_tags", cleo.token());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());

        String id = made.json().get("id").asText();
        assertThat(http.delete("/api/v1/featured_tags/" + id, ben.token()).status())
                .isEqualTo(404);
        assertThat(http.delete("/api/v1/featured_tags/" + id, ana.token()).status())
                .isEqualTo(200);
        assertThat(http.delete("/api/v1/featured_tags/" + id, ana.token()).status())
                .isEqualTo(404);
        assertThat(names(http.get("/api/v1/featured_tags", ana.token()).json())).containsExactly("yew");
    }

    @Test
    void ten_at_most_no_repeats_no_bad_names_and_the_right_scopes() {
        for (int i = 0; i < 10; i++) assertThat(feature(ana, "t" + i).status()).isEqualTo(200);
        Http.Res eleventh = feature(ana, "t10");
        assertThat(eleventh.status()).isEqualTo(422);
        assertThat(eleventh.json().get("error").asText()).isNotBlank();
        assertThat(http.get("/api/v1/featured_tags", ana.token()).json()).hasSize(10);

        assertThat(feature(ben, "tea").status()).isEqualTo(200);
        assertThat(feature(ben, "#TEA").status()).isEqualTo(422);
        assertThat(feature(ben, "no good").status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/featured_tags", ben.token(), Http.map())
                        .status())
                .isEqualTo(422);
        assertThat(http.delete("/api/v1/featured_tags/abc", ben.token()).status())
                .isEqualTo(404);
        assertThat(feature(new User(0, "nobody", null), "tea").status()).isEqualTo(401);
        String readOnly = server.app()
                .tokens()
                .issue(null, ben.id(), java.util.Set.of("read"))
                .token();
        assertThat(http.postJson("/api/v1/featured_tags", readOnly, Http.map("name", "oak"))
                        .status())
                .isEqualTo(403);
        assertThat(names(http.get("/api/v1/featured_tags", ben.token()).json())).containsExactly("tea");
    }

    @Test
    void suggestions_are_ones_own_most_used_tags_not_yet_featured() {
        post(ana, "#oak #yew", "public");
        post(ana, "#oak", "private");
        post(ana, "#oak #ash", "unlisted");
        post(ben, "#elm #elm #elm", "public");
        feature(ana, "ash");
        JsonNode suggested =
                http.get("/api/v1/featured_tags/suggestions", ana.token()).json();
        assertThat(names(suggested)).containsExactly("oak", "yew");
        assertThat(suggested.get(0).get("history")).hasSize(7);
        assertThat(http.get("/api/v1/featured_tags/suggestions", null).status()).isEqualTo(401);
    }
}
