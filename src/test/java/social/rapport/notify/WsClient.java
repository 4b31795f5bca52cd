package social.rapport.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket client for tests: collects whole text messages; every wait has a generous limit. */
final class WsClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<String> got = new LinkedBlockingQueue<>();
    private final WebSocket ws;

    WsClient(String url) throws Exception {
        WebSocket.Listener listener = new WebSocket.Listener() {
            StringBuilder part = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                part.append(data);
                if (last) {
                    got.add(part.toString());
                    part = new StringBuilder();
                }
                w.request(1);
                return null;
            }
        };
        ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(url), listener)
                .get(20, TimeUnit.SECONDS);
    }

    void send(String text) throws Exception {
        ws.sendText(text, true).get(20, TimeUnit.SECONDS);
    }

    /** The next message as JSON; fails the test when none comes within the limit. */
    JsonNode next() throws Exception {
        String text = got.poll(20, TimeUnit.SECONDS);
        if (text == null) throw new AssertionError("no message within the test's limit");
        return JSON.readTree(text);
    }

    /** The next message if one comes within a short wait, else null: for a socket that must carry nothing. */
    String nextOrNone() throws InterruptedException {
        return got.poll(2, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        ws.abort();
    }
}
