package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The Mastodon WebSocket's subscribe and unsubscribe messages, and the streams added with them. */
@RapportServer
class StreamSubscriptionTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    Scene scene;
    Http http;
    @Person
    User ana, ben, cleo;

    JsonNode post(User u, Object... kv) {
        return scene.postJson(u, kv);
    }

    WsClient socket(String query) throws Exception {
        int before = server.app().notifications().streams().openCount();
        WsClient ws = new WsClient("ws://localhost:" + server.app().port() + "/api/v1/streaming" + query);
        SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), before + 1);
        return ws;
    }

    /** Waits until the server holds this many subscriptions over all streams (messages are handled in turn). */
    void awaitSubscriptions(int n) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (server.app().notifications().streams().subscriptionCount() != n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("subscriptions: "
                        + server.app().notifications().streams().subscriptionCount());
            }
            Thread.sleep(10);
        }
    }

    static JsonNode payload(JsonNode msg) throws Exception {
        return JSON.readTree(msg.get("payload").asText());
    }

    @Test
    void ben_subscribes_to_his_notifications_and_a_hashtag_then_unsubscribes_from_the_hashtag() throws Exception {
        try (WsClient ws = socket("?access_token=" + ben.token())) {
            ws.send("{\"type\":\"subscribe\",\"stream\":\"user:notification\"}");
            ws.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"#Cats\"}");
            awaitSubscriptions(2);

            JsonNode mention = post(cleo, "status", "hi @ben", "visibility", "public");
            JsonNode note = ws.next();
            assertThat(note.get("stream")).hasSize(1);
            assertThat(note.get("stream").get(0).asText()).isEqualTo("user:notification");
            assertThat(note.get("event").asText()).isEqualTo("notification");
            assertThat(payload(note).get("status").get("id").asText())
                    .isEqualTo(mention.get("id").asText());

            // A followers-only #cats post is not for ben (he does not follow ana); the public one is.
            post(ana, "status", "secret #cats", "visibility", "private");
            JsonNode cats = post(ana, "status", "public #cats", "visibility", "public");
            JsonNode update = ws.next();
            assertThat(update.get("stream").get(0).asText()).isEqualTo("hashtag");
            assertThat(update.get("stream").get(1).asText()).isEqualTo("cats");
            assertThat(update.get("event").asText()).isEqualTo("update");
            assertThat(payload(update).get("id").asText())
                    .isEqualTo(cats.get("id").asText());

            ws.send("{\"type\":\"unsubscribe\",\"stream\":\"hashtag\",\"tag\":\"cats\"}");
            awaitSubscriptions(1);
            post(ana, "status", "more #cats", "visibility", "public");
            JsonNode second = post(cleo, "status", "again @ben", "visibility", "public");
            JsonNode next = ws.next();
            assertThat(next.get("event").asText()).isEqualTo("notification");
            assertThat(payload(next).get("status").get("id").asText())
                    .isEqualTo(second.get("id").asText());
        }
    }

    @Test
    void bad_messages_get_an_error_each_and_the_socket_keeps_working() throws Exception {
        try (WsClient ws = socket("?access_token=" + ben.token())) {
            List<String> bad = List.of(
                    "not json",
                    "[1,2]",
                    "{\"type\":\"dance\",\"stream\":\"user\"}",
                    "{\"stream\":\"user\"}",
                    "{\"type\":\"subscribe\",\"stream\":\"everything\"}",
                    "{\"type\":\"subscribe\"}",
                    "{\"type\":\"subscribe\",\"stream\":\"hashtag\"}",
                    "{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"no spaces\"}",
                    "{\"type\":\"subscribe\",\"stream\":\"live\"}",
                    "{\"type\":7,\"stream\":[\"user\"]}");
            for (String m : bad) {
                ws.send(m);
                JsonNode answer = ws.next();
                assertThat(answer.has("error")).as(m).isTrue();
                assertThat(answer.get("status").asInt()).as(m).isBetween(400, 499);
            }
            assertThat(server.app().notifications().streams().subscriptionCount())
                    .isZero();
            ws.send("{\"type\":\"subscribe\",\"stream\":\"public\"}");
            awaitSubscriptions(1);
            JsonNode p = post(ana, "status", "hello world", "visibility", "public");
            JsonNode msg = ws.next();
            assertThat(msg.get("stream").get(0).asText()).isEqualTo("public");
            assertThat(payload(msg).get("id").asText()).isEqualTo(p.get("id").asText());
        }
    }

    @Test
    void an_anonymous_socket_may_follow_public_streams_but_not_a_user_stream() throws Exception {
        try (WsClient ws = socket("")) {
            ws.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
            JsonNode refused = ws.next();
            assertThat(refused.get("status").asInt()).isEqualTo(401);
            ws.send("{\"type\":\"subscribe\",\"stream\":\"public:local\"}");
            awaitSubscriptions(1);
            post(ana, "status", "only followers", "visibility", "private");
            JsonNode p = post(ana, "status", "for everyone", "visibility", "public");
            JsonNode msg = ws.next();
            assertThat(msg.get("stream").get(0).asText()).isEqualTo("public:local");
            assertThat(payload(msg).get("id").asText()).isEqualTo(p.get("id").asText());
        }
    }

    @Test
    void a_stream_named_in_the_query_takes_its_tag_there_too_and_a_bad_one_is_refused() throws Exception {
        try (WsClient ws = socket("?stream=hashtag&tag=tea")) {
            awaitSubscriptions(1);
            post(ana, "status", "coffee #coffee", "visibility", "public");
            JsonNode p = post(ana, "status", "green #tea", "visibility", "public");
            JsonNode msg = ws.next();
            assertThat(msg.get("stream").get(1).asText()).isEqualTo("tea");
            assertThat(payload(msg).get("id").asText()).isEqualTo(p.get("id").asText());
        }
        WsClient bad = new WsClient("ws://localhost:" + server.app().port() + "/api/v1/streaming?stream=hashtag");
        try (bad) {
            assertThat(bad.next().has("error")).isTrue();
        }
    }

    @Test
    void the_hashtag_and_notification_event_streams_answer_like_the_socket() throws Exception {
        assertThat(http.get("/api/v1/streaming/hashtag?tag=").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/streaming/hashtag").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/streaming/user/notification").status()).isEqualTo(401);
        try (SseReader s = new SseReader(server.baseUrl() + "/api/v1/streaming/user/notification", ben.token())) {
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
            server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
            post(ana, "status", "a post for ben's home, not a notification", "visibility", "public");
            JsonNode m = post(ana, "status", "hey @ben", "visibility", "public");
            SseReader.Event e = s.next();
            assertThat(e.event()).isEqualTo("notification");
            assertThat(JSON.readTree(e.data()).get("status").get("id").asText())
                    .isEqualTo(m.get("id").asText());
        }
    }
}
