package social.rapport.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * One live stream as its client sees it: every line or message that arrived, and whether the
 * server ended it. Opened without waiting, so that many can race a revocation at once.
 */
public final class RecordedStream {
    public final String label;
    public final ConcurrentLinkedQueue<String> got = new ConcurrentLinkedQueue<>();
    public final CountDownLatch ended = new CountDownLatch(1);

    private RecordedStream(String label) {
        this.label = label;
    }

    /** A server-sent events stream; a refused one (401) ends at once. */
    public static RecordedStream sse(HttpClient client, String label, String url, String authorization, String cookie) {
        RecordedStream seen = new RecordedStream(label);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .GET();
        if (authorization != null) b.header("Authorization", authorization);
        if (cookie != null) b.header("Cookie", cookie);
        client.sendAsync(b.build(), HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                    public void onSubscribe(Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    public void onNext(String line) {
                        seen.got.add(line);
                    }

                    public void onError(Throwable t) {
                        seen.ended.countDown();
                    }

                    public void onComplete() {
                        seen.ended.countDown();
                    }
                }))
                .whenComplete((r, t) -> {
                    if (t != null) seen.ended.countDown();
                });
        return seen;
    }

    /** A WebSocket; a refused one gets an error message and is closed by the server. */
    public static RecordedStream socket(HttpClient client, String label, String url) throws Exception {
        RecordedStream seen = new RecordedStream(label);
        WebSocket.Listener listener = new WebSocket.Listener() {
            final StringBuilder part = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                part.append(data);
                if (last) {
                    seen.got.add(part.toString());
                    part.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                seen.ended.countDown();
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                seen.ended.countDown();
            }
        };
        client.newWebSocketBuilder().buildAsync(URI.create(url), listener).get(30, TimeUnit.SECONDS);
        return seen;
    }
}
