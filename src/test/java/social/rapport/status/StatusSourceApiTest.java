package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * What apps call around a post besides reading it: its source for the edit form (Phanpy, Tusky),
 * several posts by id, and translation on a server without a translator; each only for who may see it.
 */
@RapportServer
class StatusSourceApiTest {
    TestServer server;
    Http http;
    Scene scene;
    @Person
    User ana, ben, cleo;
    String pub, kept;

    @BeforeEach
    void start() {
        scene.follow(cleo.id(), ana.id());
        pub = post(ana, map("status", "Tomatoes *are* up", "visibility", "public", "spoiler_text", "garden"));
        kept = post(ana, map("status", "Only for followers", "visibility", "private"));
    }

    String post(User u, Object body) {
        Http.Res r = http.postJson("/api/v1/statuses", u.token(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(s -> out.add(s.get("id").asText()));
        return out;
    }

    @Test
    void the_source_is_the_text_as_typed_for_whoever_may_see_the_post() {
        JsonNode src =
                http.get("/api/v1/statuses/" + pub + "/source", ana.token()).json();
        assertThat(src.get("id").asText()).isEqualTo(pub);
        assertThat(src.get("text").asText()).isEqualTo("Tomatoes *are* up");
        assertThat(src.get("spoiler_text").asText()).isEqualTo("garden");
        assertThat(http.get("/api/v1/statuses/" + kept + "/source", cleo.token())
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("Only for followers");

        // Someone who may not see it, a missing post and a reblog answer alike: 404.
        Http.Res hidden = http.get("/api/v1/statuses/" + kept + "/source", ben.token());
        Http.Res missing = http.get("/api/v1/statuses/999999/source", ben.token());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        String reblog = http.postJson("/api/v1/statuses/" + pub + "/reblog", ben.token(), map())
                .json()
                .get("id")
                .asText();
        assertThat(http.get("/api/v1/statuses/" + reblog + "/source", ben.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/statuses/" + pub + "/source", null).status())
                .isEqualTo(401);
    }

    @Test
    void several_posts_by_id_leave_out_what_the_caller_may_not_see() {
        String query = "/api/v1/statuses?id[]=" + kept + "&id[]=999999&id[]=" + pub + "&id[]=not-an-id";
        assertThat(ids(http.get(query, cleo.token()).json())).containsExactly(kept, pub);
        assertThat(ids(http.get(query, ben.token()).json())).containsExactly(pub);
        assertThat(ids(http.get(query, null).json())).containsExactly(pub);

        assertThat(http.get("/api/v1/statuses", ben.token()).status()).isEqualTo(422);
        StringBuilder many = new StringBuilder("/api/v1/statuses?id[]=" + pub);
        for (int i = 0; i < 40; i++) many.append("&id[]=").append(pub);
        assertThat(http.get(many.toString(), ben.token()).status()).isEqualTo(422);
    }

    @Test
    void translation_answers_as_missing_for_every_post_seen_or_not() {
        Http.Res seen = http.postJson("/api/v1/statuses/" + pub + "/translate", ben.token(), map("lang", "de"));
        Http.Res hidden = http.postJson("/api/v1/statuses/" + kept + "/translate", ben.token(), map());
        Http.Res missing = http.postJson("/api/v1/statuses/999999/translate", ben.token(), map());
        assertThat(seen.status()).isEqualTo(404);
        assertThat(seen.body()).isEqualTo(hidden.body()).isEqualTo(missing.body());
        assertThat(http.postJson("/api/v1/statuses/" + pub + "/translate", null, map())
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/api/v2/instance", null)
                        .json()
                        .get("configuration")
                        .get("translation")
                        .get("enabled")
                        .asBoolean())
                .isFalse();
    }
}
