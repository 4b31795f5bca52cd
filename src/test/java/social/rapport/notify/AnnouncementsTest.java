package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

@RapportServer
class AnnouncementsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PARTY = "\uD83C\uDF89";

    TestServer server;
    Http http;
    TestClock clock;
    Scene scene;

    @Person(role = "admin")
    User root;

    @Person
    User ana, ben;

    PageClient signIn(String login) {
        PageClient p = new PageClient(server);
        p.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", login, "password", TestUsers.PASSWORD));
        return p;
    }

    Announcements announcements() {
        return server.app().notifications().announcements();
    }

    JsonNode list(User u, String query) {
        Http.Res r = http.get("/api/v1/announcements" + query, u.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static String path(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    @Test
    void an_admin_publishes_on_the_page_and_everyone_signed_in_reads_and_dismisses_it() {
        PageClient admin = signIn("root");
        Http.Res saved = admin.submit(
                "/admin/announcements",
                "/admin/announcements",
                Map.of("text", "Maintenance tonight.\n\n<b>Back soon</b>", "ends_at", "2026-03-03T09:00"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(admin.get("/admin/announcements").body()).contains("Maintenance tonight.");

        JsonNode all = list(ben, "");
        assertThat(all).hasSize(1);
        JsonNode a = all.get(0);
        assertThat(a.get("content").asText())
                .isEqualTo("<p>Maintenance tonight.</p><p>&lt;b&gt;Back soon&lt;/b&gt;</p>");
        assertThat(a.get("ends_at").asText()).startsWith("2026-03-03T09:00:00");
        assertThat(a.get("starts_at").isNull()).isTrue();
        assertThat(a.get("read").asBoolean()).isFalse();
        assertThat(a.get("published_at").asText()).endsWith("Z");
        assertThat(a.get("reactions")).isEmpty();
        assertThat(a.get("mentions")).isEmpty();
        String id = a.get("id").asText();

        assertThat(http.post("/api/v1/announcements/" + id + "/dismiss", ben.token())
                        .status())
                .isEqualTo(200);
        assertThat(list(ben, "")).isEmpty();
        assertThat(list(ben, "?with_dismissed=true").get(0).get("read").asBoolean())
                .isTrue();
        assertThat(list(ana, "")).hasSize(1);
        assertThat(http.get("/api/v1/announcements").status()).isEqualTo(401);

        clock.advance(Duration.ofDays(1));
        assertThat(list(ana, "")).isEmpty();
        assertThat(http.post("/api/v1/announcements/" + id + "/dismiss", ana.token())
                        .status())
                .isEqualTo(404);

        assertThat(admin.submit("/admin/announcements", "/admin/announcements/" + id + "/delete", Map.of())
                        .status())
                .isEqualTo(303);
        assertThat(list(ben, "?with_dismissed=true")).isEmpty();
    }

    @Test
    void only_an_admin_may_write_and_bad_input_changes_nothing() {
        long id = announcements().publish(true, "Hello", null, null, false);
        PageClient user = signIn("ana");
        assertThat(user.get("/admin/announcements").status()).isEqualTo(404);
        assertThat(user.submit("/settings/notifications", "/admin/announcements", Map.of("text", "Mine"))
                        .status())
                .isEqualTo(404);
        assertThat(user.submit("/settings/notifications", "/admin/announcements/" + id + "/delete", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(list(ana, "")).hasSize(1);

        PageClient admin = signIn("root");
        assertThat(admin.post("/admin/announcements", Map.of("text", "No token"))
                        .status())
                .isEqualTo(403);
        Http.Res blank = admin.submit("/admin/announcements", "/admin/announcements", Map.of("text", "  "));
        assertThat(blank.status()).isEqualTo(422);
        Http.Res backwards = admin.submit(
                "/admin/announcements",
                "/admin/announcements",
                Map.of("text", "Party", "starts_at", "2026-03-05T10:00", "ends_at", "2026-03-04T10:00"));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body()).contains("ends_at is before starts_at");
        Http.Res notADate = admin.submit(
                "/admin/announcements", "/admin/announcements", Map.of("text", "Party", "starts_at", "soon"));
        assertThat(notADate.status()).isEqualTo(422);
        assertThat(list(ana, "")).hasSize(1);
        assertThat(admin.submit("/admin/announcements", "/admin/announcements/12345/delete", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void unicode_emoji_reactions_are_counted_once_per_person_and_anything_else_is_refused() {
        long id = announcements().publish(true, "Party on Friday", null, null, false);
        String reactions = "/api/v1/announcements/" + id + "/reactions/";
        assertThat(http.send("PUT", reactions + path(PARTY), ben.token(), null, null)
                        .status())
                .isEqualTo(200);
        assertThat(http.send("PUT", reactions + path(PARTY), ben.token(), null, null)
                        .status())
                .isEqualTo(200);
        assertThat(http.send("PUT", reactions + path(PARTY), ana.token(), null, null)
                        .status())
                .isEqualTo(200);
        JsonNode seenByBen = list(ben, "").get(0).get("reactions");
        assertThat(seenByBen).hasSize(1);
        assertThat(seenByBen.get(0).get("name").asText()).isEqualTo(PARTY);
        assertThat(seenByBen.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(seenByBen.get(0).get("me").asBoolean()).isTrue();
        assertThat(http.delete(reactions + path(PARTY), ben.token()).status()).isEqualTo(200);
        JsonNode seenByAna = list(ana, "").get(0).get("reactions");
        assertThat(seenByAna.get(0).get("count").asInt()).isEqualTo(1);
        assertThat(seenByAna.get(0).get("me").asBoolean()).isTrue();
        assertThat(list(ben, "").get(0).get("reactions").get(0).get("me").asBoolean())
                .isFalse();

        for (String bad : new String[] {"blobcat", ":blobcat:", "a" + PARTY, "1"}) {
            assertThat(http.send("PUT", reactions + path(bad), ben.token(), null, null)
                            .status())
                    .as(bad)
                    .isEqualTo(422);
        }
        assertThat(http.send("PUT", "/api/v1/announcements/999/reactions/" + path(PARTY), ben.token(), null, null)
                        .status())
                .isEqualTo(404);
        assertThat(list(ben, "").get(0).get("reactions")).hasSize(1);
    }

    @Test
    void signed_in_streams_hear_of_publishing_reactions_and_deletion() throws Exception {
        try (SseReader stream = new SseReader(server.baseUrl() + "/api/v1/streaming/user", ben.token());
                SseReader open = new SseReader(server.baseUrl() + "/api/v1/streaming/public", null)) {
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 2);
            long id = announcements().publish(true, "Stream me", null, null, false);
            SseReader.Event published = stream.next();
            assertThat(published.event()).isEqualTo("announcement");
            assertThat(JSON.readTree(published.data()).get("content").asText()).isEqualTo("<p>Stream me</p>");
            http.send("PUT", "/api/v1/announcements/" + id + "/reactions/" + path(PARTY), ana.token(), null, null);
            SseReader.Event reacted = stream.next();
            assertThat(reacted.event()).isEqualTo("announcement.reaction");
            JsonNode r = JSON.readTree(reacted.data());
            assertThat(r.get("name").asText()).isEqualTo(PARTY);
            assertThat(r.get("count").asInt()).isEqualTo(1);
            assertThat(r.get("announcement_id").asText()).isEqualTo(Long.toString(id));
            announcements().delete(true, id);
            SseReader.Event deleted = stream.next();
            assertThat(deleted.event()).isEqualTo("announcement.delete");
            assertThat(deleted.data()).isEqualTo(Long.toString(id));
            String post = scene.postJson(ana, "status", "hello", "visibility", "public")
                    .get("id")
                    .asText();
            SseReader.Event first = open.next();
            assertThat(first.event()).isEqualTo("update");
            assertThat(JSON.readTree(first.data()).get("id").asText()).isEqualTo(post);
        }
    }
}
