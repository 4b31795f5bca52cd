package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** The pages' stream /live: the browser session only, the unread count and new home posts, per viewer. */
@RapportServer
class LiveStreamTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    Scene scene;
    Http http;
    @Person
    User ana, ben, cleo;

    JsonNode post(User u, Object... kv) {
        return scene.postJson(u, kv);
    }

    PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    static String cookie(PageClient b) {
        StringBuilder c = new StringBuilder();
        b.cookies()
                .forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(v));
        return c.toString();
    }

    @Test
    void only_a_browser_session_opens_the_live_stream_never_a_token() {
        assertThat(http.get("/live").status()).isEqualTo(401);
        assertThat(http.get("/live", ben.token()).status()).isEqualTo(401);
        assertThat(http.get("/live?access_token=" + ben.token()).status()).isEqualTo(401);
        assertThat(server.app().notifications().streams().openCount()).isZero();
    }

    @Test
    void ben_hears_his_unread_count_and_new_home_posts_he_may_see_and_the_stream_ends_when_he_signs_out()
            throws Exception {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        long family = server.app()
                .relations()
                .createCircle()
                .create(ana.id(), "Close family")
                .id();
        server.app().relations().addToCircle().add(ana.id(), family, List.of(cleo.id()));
        PageClient page = signedIn("ben");
        try (SseReader live = new SseReader(server.baseUrl() + "/live", null, cookie(page))) {
            assertThat(live.status()).isEqualTo(200);
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);

            JsonNode mention = post(cleo, "status", "hello @ben", "visibility", "public");
            SseReader.Event count = live.next();
            assertThat(count.event()).isEqualTo("notifications");
            assertThat(JSON.readTree(count.data()).get("unread").asInt()).isEqualTo(1);

            post(ana, "status", "family only", "audience", List.of("circle:" + family));
            JsonNode seen = post(ana, "status", "for followers", "visibility", "private");
            SseReader.Event home = live.next();
            assertThat(home.event()).isEqualTo("home");
            assertThat(JSON.readTree(home.data()).get("id").asText())
                    .isEqualTo(seen.get("id").asText());
            // Only the new post's id goes out, never its text.
            assertThat(home.data()).doesNotContain("for followers");

            http.postJson(
                    "/api/v1/markers",
                    ben.token(),
                    map(
                            "notifications",
                            map(
                                    "last_read_id",
                                    JSON.readTree(http.get("/api/v1/notifications", ben.token())
                                                    .body())
                                            .get(0)
                                            .get("id")
                                            .asText())));
            SseReader.Event read = live.next();
            assertThat(read.event()).isEqualTo("notifications");
            assertThat(JSON.readTree(read.data()).get("unread").asInt()).isZero();
            assertThat(mention.get("id").asText()).isNotBlank();

            Http.Res out = page.submit("/", "/auth/sign_out", Map.of());
            assertThat(out.status()).isEqualTo(303);
            assertThat(live.ends()).isTrue();
        }
    }
}
