package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

@RapportServer
class DirectStreamTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo;

    String post(User u, String text, String visibility) {
        return scene.postJson(u, "status", text, "visibility", visibility)
                .get("id")
                .asText();
    }

    @Test
    void ben_hears_of_direct_posts_he_is_in_and_of_nothing_else() throws Exception {
        scene.follow(ben.id(), ana.id());
        try (SseReader stream = new SseReader(server.baseUrl() + "/api/v1/streaming/direct", ben.token())) {
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
            assertThat(stream.status()).isEqualTo(200);
            post(ana, "public hello @ben", "public");
            post(ana, "for followers", "private");
            post(ana, "just for @cleo", "direct");
            String toBen = post(ana, "just for @ben", "direct");
            // Mastodon's `conversation` event: the conversation with its newest post.
            SseReader.Event e = stream.next();
            assertThat(e.event()).isEqualTo("conversation");
            JsonNode conversation = JSON.readTree(e.data());
            assertThat(conversation.get("last_status").get("id").asText()).isEqualTo(toBen);
            assertThat(conversation.get("unread").asBoolean()).isTrue();
            assertThat(conversation.get("accounts").get(0).get("id").asText()).isEqualTo(ana.idString());
            String own = post(ben, "a word with @cleo", "direct");
            SseReader.Event mine = stream.next();
            assertThat(mine.event()).isEqualTo("conversation");
            assertThat(JSON.readTree(mine.data()).get("last_status").get("id").asText())
                    .isEqualTo(own);
            http.delete("/api/v1/statuses/" + toBen, ana.token());
            SseReader.Event gone = stream.next();
            assertThat(gone.event()).isEqualTo("delete");
            assertThat(gone.data()).isEqualTo(toBen);
        }
    }

    @Test
    void the_direct_stream_needs_a_signed_in_reader() {
        assertThat(http.get("/api/v1/streaming/direct").status()).isEqualTo(401);
    }

    @Test
    void a_websocket_may_subscribe_to_direct_only_with_a_token() throws Exception {
        int before = server.app().notifications().streams().openCount();
        try (WsClient ws = new WsClient("ws://localhost:" + server.app().port() + "/api/v1/streaming")) {
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), before + 1);
            ws.send("{\"type\":\"subscribe\",\"stream\":\"direct\"}");
            assertThat(ws.next().get("status").asInt()).isEqualTo(401);
        }
    }
}
