package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * An app's own token (client credentials, no account) may open the public streams; when the app
 * revokes it, those streams end like any other token's, over server-sent events and the WebSocket.
 */
@RapportServer
class AppTokenStreamTest {
    TestServer server;
    Http http;
    Scene scene;

    @Person
    User ana;

    Scene.AppToken app;
    String token;

    @BeforeEach
    void start() {
        app = scene.appToken("read", "read");
        token = app.token();
    }

    String post(String text) {
        Http.Res r = http.postJson("/api/v1/statuses", ana.token(), map("status", text, "visibility", "public"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    void revoke() {
        Http.Res r = http.postForm(
                "/oauth/revoke",
                null,
                Map.of("token", token, "client_id", app.clientId(), "client_secret", app.clientSecret()));
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void revoking_an_app_token_ends_its_public_event_stream() throws Exception {
        try (SseReader pub = new SseReader(server.baseUrl() + "/api/v1/streaming/public", token)) {
            assertThat(pub.status()).isEqualTo(200);
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
            String before = post("before the revocation");
            SseReader.Event e = pub.next();
            assertThat(e).isNotNull();
            assertThat(e.data()).contains("\"id\":\"" + before + "\"");

            revoke();
            post("after the revocation");
            assertThat(pub.next())
                    .as("what the stream carried after its token was revoked")
                    .isNull();
        }
        awaitNoStreams();
    }

    @Test
    void revoking_an_app_token_ends_its_websocket() throws Exception {
        try (WsClient ws = new WsClient("ws://localhost:" + server.app().port() + "/api/v1/streaming?stream=public"
                + "&access_token=" + token)) {
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
            String before = post("before the revocation");
            assertThat(ws.next().get("payload").asText()).contains("\"id\":\"" + before + "\"");

            revoke();
            awaitNoStreams();
            String after = post("after the revocation");
            assertThat(ws.nextOrNone())
                    .as("what the socket carried after its token was revoked")
                    .isNull();
            assertThat(after).isNotBlank();
        }
    }

    private void awaitNoStreams() throws InterruptedException {
        StreamHub hub = server.app().notifications().streams();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (hub.openCount() > 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(hub.openCount()).as("streams the hub still holds").isZero();
    }
}
