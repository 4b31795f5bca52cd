package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.account.RevokeToken;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

@RapportServer
class StreamingTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    Scene scene;
    Http http;
    @Person
    User ana, ben, cleo;

    JsonNode post(User u, Object... kv) {
        return scene.postJson(u, kv);
    }

    SseReader open(String path, String token, int expectOpen) throws Exception {
        SseReader r = new SseReader(server.baseUrl() + path, token);
        SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), expectOpen);
        return r;
    }

    static JsonNode payload(SseReader.Event e) throws Exception {
        return JSON.readTree(e.data());
    }

    @Test
    void ben_streams_his_home_and_a_notification_but_never_a_post_he_may_not_see() throws Exception {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        long family = server.app()
                .relations()
                .createCircle()
                .create(ana.id(), "Close family")
                .id();
        server.app().relations().addToCircle().add(ana.id(), family, List.of(cleo.id()));
        try (SseReader stream = open("/api/v1/streaming/user", ben.token(), 1)) {
            assertThat(stream.status()).isEqualTo(200);
            post(ana, "status", "family only", "audience", List.of("circle:" + family));
            JsonNode seen = post(ana, "status", "for my followers", "visibility", "private");
            SseReader.Event update = stream.next();
            assertThat(update.event()).isEqualTo("update");
            assertThat(payload(update).get("id").asText())
                    .isEqualTo(seen.get("id").asText());
            JsonNode mention = post(cleo, "status", "hello @ben", "visibility", "public");
            SseReader.Event note = stream.next();
            assertThat(note.event()).isEqualTo("notification");
            assertThat(payload(note).get("type").asText()).isEqualTo("mention");
            assertThat(payload(note).get("status").get("id").asText())
                    .isEqualTo(mention.get("id").asText());
            http.delete("/api/v1/statuses/" + seen.get("id").asText(), ana.token());
            SseReader.Event gone = stream.next();
            assertThat(gone.event()).isEqualTo("delete");
            assertThat(gone.data()).isEqualTo(seen.get("id").asText());
        }
    }

    @Test
    void the_public_stream_carries_public_posts_only_even_to_anonymous_readers() throws Exception {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        try (SseReader stream = open("/api/v1/streaming/public", null, 1)) {
            post(ana, "status", "followers only", "visibility", "private");
            post(ana, "status", "quietly public", "visibility", "unlisted");
            JsonNode pub = post(ana, "status", "hello world", "visibility", "public");
            SseReader.Event e = stream.next();
            assertThat(e.event()).isEqualTo("update");
            assertThat(payload(e).get("id").asText()).isEqualTo(pub.get("id").asText());
        }
    }

    @Test
    void a_revoked_token_closes_its_stream_at_once_and_cannot_open_another() throws Exception {
        var issued = server.app().tokens().issue(null, ben.id(), java.util.Set.of("read"));
        try (SseReader stream = open("/api/v1/streaming/user", issued.token(), 1)) {
            assertThat(stream.status()).isEqualTo(200);
            new RevokeToken(server.app().db(), server.app().tokens()).revoke(ben.id(), issued.id());
            assertThat(stream.ends()).isTrue();
        }
        assertThat(http.get("/api/v1/streaming/user?access_token=" + issued.token())
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/api/v1/streaming/user").status()).isEqualTo(401);
    }

    @Test
    void a_suspended_account_loses_its_stream_and_the_query_token_works_for_streams() throws Exception {
        try (SseReader stream = open("/api/v1/streaming/user?access_token=" + ben.token(), null, 1)) {
            assertThat(stream.status()).isEqualTo(200);
            server.app().db().writeVoid(tx -> {
                tx.handle()
                        .createUpdate("UPDATE accounts SET state = 'suspended' WHERE id = :a")
                        .bind("a", ben.id())
                        .execute();
                tx.emit(new social.rapport.account.AccountEvents.Suspended(ben.id()));
            });
            assertThat(stream.ends()).isTrue();
        }
    }

    @Test
    void the_websocket_carries_ben_notifications_as_mastodon_messages_and_refuses_a_bad_stream() throws Exception {
        java.util.concurrent.BlockingQueue<String> got = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.WebSocket.Listener listener = new java.net.http.WebSocket.Listener() {
            StringBuilder part = new StringBuilder();

            @Override
            public java.util.concurrent.CompletionStage<?> onText(
                    java.net.http.WebSocket ws, CharSequence data, boolean last) {
                part.append(data);
                if (last) {
                    got.add(part.toString());
                    part = new StringBuilder();
                }
                ws.request(1);
                return null;
            }
        };
        String base = "ws://localhost:" + server.app().port() + "/api/v1/streaming";
        java.net.http.WebSocket ws = java.net.http.HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(java.net.URI.create(base + "?stream=user&access_token=" + ben.token()), listener)
                .get(20, java.util.concurrent.TimeUnit.SECONDS);
        SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
        JsonNode p = post(cleo, "status", "hi @ben", "visibility", "public");
        String text = got.poll(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(text).isNotNull();
        JsonNode msg = JSON.readTree(text);
        assertThat(msg.get("stream").get(0).asText()).isEqualTo("user");
        assertThat(msg.get("event").asText()).isEqualTo("notification");
        assertThat(JSON.readTree(msg.get("payload").asText())
                        .get("status")
                        .get("id")
                        .asText())
                .isEqualTo(p.get("id").asText());
        ws.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye");

        java.net.http.WebSocket bad = java.net.http.HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(java.net.URI.create(base + "?stream=user"), listener)
                .get(20, java.util.concurrent.TimeUnit.SECONDS);
        String refusal = got.poll(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(refusal).contains("error");
        bad.abort();
    }

    @Test
    void the_streaming_health_check_answers_ok_to_anyone() {
        Http.Res r = http.get("/api/v1/streaming/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("OK");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }
}
