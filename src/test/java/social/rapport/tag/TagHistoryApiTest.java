package social.rapport.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** A Tag's history: seven days, today first, counting only the public posts the viewer may see. */
@RapportServer
class TagHistoryApiTest {
    TestClock clock;
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo, dan;

    void post(User u, String text, String visibility) {
        scene.postJson(u, "status", text, "visibility", visibility);
    }

    static String day(JsonNode history, int ago, String field) {
        return history.get(ago).get(field).asText();
    }

    @Test
    void each_day_counts_public_posts_and_their_authors_never_a_restricted_or_hidden_one() {
        post(ben, "old #tea", "public");
        clock.advance(Duration.ofDays(1));
        post(ben, "one #tea", "public");
        post(ben, "two #Tea", "public");
        post(cleo, "three #tea", "public");
        post(dan, "secret #tea", "private");
        post(dan, "quiet #tea", "unlisted");
        long today = Math.floorDiv(clock.millis(), 86_400_000L) * 86_400L;

        JsonNode history = http.get("/api/v1/tags/tea", ana.token()).json().get("history");
        assertThat(history).hasSize(7);
        assertThat(day(history, 0, "day")).isEqualTo(Long.toString(today));
        assertThat(day(history, 1, "day")).isEqualTo(Long.toString(today - 86_400));
        assertThat(day(history, 0, "uses")).isEqualTo("3");
        assertThat(day(history, 0, "accounts")).isEqualTo("2");
        assertThat(day(history, 1, "uses")).isEqualTo("1");
        assertThat(day(history, 1, "accounts")).isEqualTo("1");
        assertThat(day(history, 6, "uses")).isEqualTo("0");
        // Signed out: the same public counts.
        assertThat(day(http.get("/api/v1/tags/tea").json().get("history"), 0, "uses"))
                .isEqualTo("3");

        // Someone ben blocked counts only what they may see; so does dan, whose restricted posts count for nobody.
        server.app().relations().blockAccount().block(ben.id(), dan.id());
        JsonNode dans = http.get("/api/v1/tags/tea", dan.token()).json().get("history");
        assertThat(day(dans, 0, "uses")).isEqualTo("1");
        assertThat(day(dans, 0, "accounts")).isEqualTo("1");
        assertThat(day(dans, 1, "uses")).isEqualTo("0");

        // Search answers the same Tag entity, with whether the caller follows it.
        http.post("/api/v1/tags/tea/follow", ana.token());
        JsonNode found = http.get("/api/v2/search?type=hashtags&q=tea", ana.token())
                .json()
                .get("hashtags")
                .get(0);
        assertThat(day(found.get("history"), 0, "uses")).isEqualTo("3");
        assertThat(found.get("following").asBoolean()).isTrue();

        // A week later the posts of that day have left the history.
        clock.advance(Duration.ofDays(6));
        JsonNode later = http.get("/api/v1/tags/tea", ana.token()).json().get("history");
        assertThat(day(later, 6, "uses")).isEqualTo("3");
        assertThat(day(later, 5, "uses")).isEqualTo("0");
        clock.advance(Duration.ofDays(1));
        JsonNode gone = http.get("/api/v1/tags/tea", ana.token()).json().get("history");
        for (JsonNode d : gone) assertThat(d.get("uses").asText()).isEqualTo("0");
    }
}
