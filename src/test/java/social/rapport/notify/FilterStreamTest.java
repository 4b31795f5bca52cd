package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Streams apply the viewer's filters as their listings do, and tell the owner when the filters change. */
@RapportServer
class FilterStreamTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben;

    private SseReader open(String path, String token, int expectOpen) throws Exception {
        SseReader r = new SseReader(server.baseUrl() + path, token);
        SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), expectOpen);
        return r;
    }

    private String filter(User u, String title, String context, String action, String keyword) {
        Http.Res r = http.postJson(
                "/api/v2/filters",
                u.token(),
                map(
                        "title",
                        title,
                        "context",
                        List.of(context),
                        "filter_action",
                        action,
                        "keywords_attributes",
                        List.of(map("keyword", keyword))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    @Test
    void the_user_stream_leaves_out_hidden_posts_marks_warned_ones_and_says_when_filters_change() throws Exception {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        try (SseReader stream = open("/api/v1/streaming/user", ana.token(), 1)) {
            assertThat(stream.status()).isEqualTo(200);
            filter(ana, "Dogs", "home", "hide", "dog");
            assertThat(stream.next().event()).isEqualTo("filters_changed");
            String cats = filter(ana, "Cats", "home", "warn", "cat");
            assertThat(stream.next().event()).isEqualTo("filters_changed");
            // Ben's filters are his own: his change says nothing on Ana's stream.
            filter(ben, "Birds", "home", "hide", "bird");

            scene.postJson(ben, "status", "my dog barks");
            String cat =
                    scene.postJson(ben, "status", "my cat sleeps").get("id").asText();
            SseReader.Event update = stream.next();
            assertThat(update.event()).isEqualTo("update");
            JsonNode payload = JSON.readTree(update.data());
            assertThat(payload.get("id").asText()).isEqualTo(cat);
            assertThat(payload.get("filtered").get(0).get("filter").get("title").asText())
                    .isEqualTo("Cats");
            assertThat(payload.get("filtered")
                            .get(0)
                            .get("keyword_matches")
                            .get(0)
                            .asText())
                    .isEqualTo("cat");

            assertThat(http.delete("/api/v2/filters/" + cats, ana.token()).status())
                    .isEqualTo(200);
            assertThat(stream.next().event()).isEqualTo("filters_changed");
            String plain =
                    scene.postJson(ben, "status", "another cat").get("id").asText();
            update = stream.next();
            assertThat(JSON.readTree(update.data()).get("id").asText()).isEqualTo(plain);
            assertThat(JSON.readTree(update.data()).get("filtered")).isEmpty();
        }
    }

    @Test
    void a_hashtag_stream_applies_the_public_context() throws Exception {
        filter(ana, "Spoilers", "public", "hide", "ending");
        try (SseReader stream = open("/api/v1/streaming/hashtag?tag=films", ana.token(), 1);
                SseReader anonymous = open("/api/v1/streaming/hashtag?tag=films", null, 2)) {
            String hidden =
                    scene.postJson(ben, "status", "the ending #films").get("id").asText();
            String shown = scene.postJson(ben, "status", "the opening #films")
                    .get("id")
                    .asText();
            assertThat(JSON.readTree(stream.next().data()).get("id").asText()).isEqualTo(shown);
            // Somebody else's stream is not touched by Ana's filters.
            assertThat(JSON.readTree(anonymous.next().data()).get("id").asText())
                    .isEqualTo(hidden);
            assertThat(JSON.readTree(anonymous.next().data()).get("id").asText())
                    .isEqualTo(shown);
        }
    }
}
