package social.rapport.media.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import social.rapport.account.SignUp;
import social.rapport.app.App;
import social.rapport.app.Config;
import social.rapport.bench.Latencies;
import social.rapport.bench.LoadClient;

/**
 * How fast the real HTTP server sends media files: a server on a fresh SQLite data folder, one photo
 * posted publicly (served at its stable address) and one posted to followers only (served at the
 * address signed for its author), then concurrent clients on kept-alive connections, without a token
 * as apps load images, ask in turn for `/health` (the baseline: the stack's cheapest answer), the
 * stable address and the signed address, each for the same number of seconds. A part of the media
 * benchmark command; it prints nothing.
 */
final class ServeBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServeBench() {}

    static ObjectNode run(Path dir, int clients, int seconds, int megapixels) throws Exception {
        Config config = Config.defaults()
                .withPort(0)
                .withHost("127.0.0.1")
                .withDataDir(dir)
                .withDbUrl("jdbc:sqlite:" + dir.resolve("bench.db"))
                // The bench's own account signs up and posts at once; no mail to confirm.
                .withConfirmEmail(false);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("database", "sqlite");
        out.put("blob_store", "local folder");
        out.put("clients", clients);
        out.put("seconds_each", seconds);
        out.put("warm_up_seconds_each", 2);
        out.put("rate_limits", "defaults (media files and /health are not rate limited)");
        try (App app = new App(config, Clock.systemUTC()).start()) {
            int ana = app.signUp()
                    .signUp(new SignUp.Request("benchana", "benchana@example.test", "correct horse battery", true))
                    .id();
            String token =
                    app.tokens().issue(null, ana, Set.of("read", "write")).token();
            String base = "http://127.0.0.1:" + app.port();
            HttpClient http = HttpClient.newHttpClient();
            byte[] photo = jpeg(megapixels);
            String stable = post(http, base, token, photo, "public");
            String signed = post(http, base, token, photo, "private");
            out.put("photo", megapixels + " MP JPEG as uploaded, served as processed (the original rendition)");
            out.put("stable_address", pathOf(stable).replaceAll("/media/[^/]+/", "/media/…/"));
            out.put(
                    "signed_address",
                    pathOf(signed).replaceAll("/media/[^/?]+/", "/media/…/").replaceAll("=[^&]+", "=…"));
            out.set("health", measure(app.port(), "/health", clients, seconds));
            out.set("stable", measure(app.port(), pathOf(stable), clients, seconds));
            out.set("signed", measure(app.port(), pathOf(signed), clients, seconds));
        }
        return out;
    }

    /** Uploads the photo, posts it with that visibility, and answers the address its author is shown. */
    private static String post(HttpClient http, String base, String token, byte[] photo, String visibility)
            throws IOException, InterruptedException {
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(photo);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        JsonNode media = send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/media"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build());
        String form = "status=bench&visibility=" + visibility + "&media_ids[]="
                + media.get("id").asText();
        JsonNode status = send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/statuses"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        return status.get("media_attachments").get(0).get("url").asText();
    }

    private static JsonNode send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    request.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static byte[] jpeg(int megapixels) throws IOException {
        int width = (int) Math.round(Math.sqrt(megapixels * 1_000_000.0 * 4 / 3));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(MediaBenchCommand.photoLike(width, width * 3 / 4, megapixels), "jpeg", out);
        return out.toByteArray();
    }

    /** `clients` threads, each on its own kept-alive connection, asking for `path` for `seconds`. */
    private static ObjectNode measure(int port, String path, int clients, int seconds) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong failures = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong connections = new AtomicLong();
        long start = System.nanoTime();
        long warmEnd = start + 2_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try (LoadClient client = new LoadClient("127.0.0.1", port)) {
                    while (System.nanoTime() < end) {
                        long before = client.bodyBytes();
                        long a = System.nanoTime();
                        boolean ok;
                        try {
                            ok = client.get(path, null) == 200;
                        } catch (IOException e) {
                            ok = false;
                        }
                        long b = System.nanoTime();
                        if (a > warmEnd && b <= end) {
                            if (ok) {
                                latencies.add(b - a);
                                bytes.addAndGet(client.bodyBytes() - before);
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                    }
                    connections.addAndGet(client.connections());
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put("requests_per_second", Math.round(latencies.count() / (double) seconds));
        row.put("megabytes_per_second", Math.round(bytes.get() / 1e6 / seconds * 10) / 10.0);
        row.put("bytes_per_response", latencies.count() == 0 ? 0 : bytes.get() / latencies.count());
        row.put("failures", failures.get());
        row.put("connections_opened", connections.get());
        row.setAll(latencies.toJson());
        row.put("load_average_after", loadAverage());
        return row;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
