package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** masto.js and Mastodon's web app send the token as the WebSocket subprotocol, as browsers allow no header. */
@RapportServer
class SocketProtocolTokenTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    @Person
    User ben, cleo;
    final BlockingQueue<String> got = new LinkedBlockingQueue<>();

    WebSocket open(String protocol) throws Exception {
        WebSocket.Listener listener = new WebSocket.Listener() {
            StringBuilder part = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                part.append(data);
                if (last) {
                    got.add(part.toString());
                    part = new StringBuilder();
                }
                ws.request(1);
                return null;
            }
        };
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols(protocol)
                .buildAsync(URI.create("ws://localhost:" + server.app().port() + "/api/v1/streaming"), listener)
                .get(20, TimeUnit.SECONDS);
    }

    @Test
    void a_token_sent_as_the_subprotocol_opens_the_user_stream_and_is_echoed_back() throws Exception {
        WebSocket ws = open(ben.token());
        assertThat(ws.getSubprotocol()).isEqualTo(ben.token());
        ws.sendText("{\"type\":\"subscribe\",\"stream\":\"user\"}", true).get(20, TimeUnit.SECONDS);
        SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
        // The subscription arrives by message: wait until the hub holds it before posting.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonNode msg = null;
        while (msg == null && System.nanoTime() < until) {
            JsonNode p = server.http()
                    .postJson("/api/v1/statuses", cleo.token(), map("status", "hi @ben", "visibility", "public"))
                    .json();
            String text = got.poll(1, TimeUnit.SECONDS);
            if (text != null) {
                msg = JSON.readTree(text);
                assertThat(JSON.readTree(msg.get("payload").asText())
                                .get("status")
                                .get("id")
                                .asText())
                        .isEqualTo(p.get("id").asText());
            }
        }
        assertThat(msg).as("a notification over the user stream").isNotNull();
        assertThat(msg.get("stream").get(0).asText()).isEqualTo("user");
        assertThat(msg.get("event").asText()).isEqualTo("notification");
        ws.abort();
    }

    @Test
    void a_bad_token_as_the_subprotocol_is_refused() throws Exception {
        WebSocket ws = open("not-a-token");
        ws.sendText("{\"type\":\"subscribe\",\"stream\":\"user\"}", true);
        String refusal = got.poll(20, TimeUnit.SECONDS);
        assertThat(refusal).contains("The access token is invalid");
        ws.abort();
    }
}
