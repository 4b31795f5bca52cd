package social.rapport.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server-sent events client for tests: reads the body line by line on its own thread, and hands
 * out whole events. Every wait has a generous limit so a broken stream fails the test, never hangs it.
 */
final class SseReader implements AutoCloseable {
    static final String END = "\u0000end";

    record Event(String event, String data) {}

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> body;

    SseReader(String url, String token) {
        this(url, token, null);
    }

    /** With a Cookie header, as a browser opens the pages' stream. */
    SseReader(String url, String token, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (cookie != null) b.header("Cookie", cookie);
        response = HttpClient.newHttpClient().sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            body = r.body();
            Thread t = new Thread(
                    () -> {
                        try {
                            r.body().forEach(lines::add);
                        } catch (RuntimeException e) {
                            // The server ended the stream abruptly: that is an end too.
                        }
                        lines.add(END);
                    },
                    "sse-test-reader");
            t.setDaemon(true);
            t.start();
        });
    }

    int status() throws Exception {
        return response.get(20, TimeUnit.SECONDS).statusCode();
    }

    /** The next event (comments skipped), or null when the stream ended. */
    Event next() throws InterruptedException {
        String event = null;
        StringBuilder data = new StringBuilder();
        while (true) {
            String line = lines.poll(20, TimeUnit.SECONDS);
            if (line == null) throw new AssertionError("no event within the test's limit");
            if (line.equals(END)) return null;
            if (line.isEmpty()) {
                if (event != null || data.length() > 0) return new Event(event, data.toString());
                continue;
            }
            if (line.startsWith(":")) continue;
            if (line.startsWith("event:")) event = line.substring(6).trim();
            if (line.startsWith("data:")) data.append(line.substring(5).trim());
        }
    }

    /** True when the stream ends, skipping any events still on their way. */
    boolean ends() throws InterruptedException {
        while (true) {
            if (next() == null) return true;
        }
    }

    /**
     * True when the stream ends within `limit`, skipping whatever arrives meanwhile; false when it is
     * still open then (heartbeats alone would keep {@link #ends} waiting for ever).
     */
    boolean endsWithin(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) return false;
            if (line.equals(END)) return true;
        }
    }

    static void awaitOpen(java.util.function.IntSupplier open, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (open.getAsInt() < count) {
            if (System.nanoTime() > deadline) throw new AssertionError("stream did not open");
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        response.cancel(true);
        if (body != null) body.close();
    }
}
