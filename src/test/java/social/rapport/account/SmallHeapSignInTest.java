package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import social.rapport.testing.TestDb;

/**
 * A server in its own JVM with a small heap (128 MB) takes 32 sign-ins at once, unknown logins
 * included: each needs 19 MiB for Argon2id, 608 MiB in all if they ran together. Every answer is a
 * 401 or a 503 with Retry-After, never a 500, and the server logs no OutOfMemoryError.
 */
@ParameterizedClass
@MethodSource("social.rapport.testing.Databases#all")
class SmallHeapSignInTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    @Parameter
    TestDb testDb;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void thirty_two_sign_ins_at_once_in_a_128_mb_heap_get_401_or_503_and_no_out_of_memory() throws Exception {
        Path dir = Files.createTempDirectory("rapport-small-heap");
        Path log = dir.resolve("server.log");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (TestDb.Fresh fresh = testDb.fresh()) {
            Process server = new ProcessBuilder(
                            java,
                            "-Xmx128m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            "social.rapport.cli.Main",
                            "serve",
                            "--port",
                            Integer.toString(port),
                            "--host",
                            "127.0.0.1",
                            "--data",
                            dir.resolve("data").toString(),
                            "--db",
                            fresh.url(),
                            "--trust-proxy")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                String base = "http://127.0.0.1:" + port;
                waitForHealth(server, base, log);
                ExecutorService pool = Executors.newFixedThreadPool(32);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    int n = i;
                    answers.add(pool.submit(() -> signIn(base, "nobody" + n, "10.0.0." + (n + 1))));
                }
                pool.shutdown();
                assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
                int busy = 0;
                for (Future<HttpResponse<String>> f : answers) {
                    HttpResponse<String> r = f.get();
                    assertThat(r.statusCode()).as(r.body()).isIn(401, 503);
                    if (r.statusCode() == 503) {
                        busy++;
                        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
                    }
                }
                assertThat(busy).isLessThan(32);
                assertThat(get(base + "/health").statusCode()).isEqualTo(200);
                assertThat(Files.readString(log))
                        .doesNotContain("OutOfMemoryError")
                        .doesNotContain("unexpected error");
            } finally {
                server.destroy();
                if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void waitForHealth(Process server, String base, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive())
                    .as("server stopped: %s", Files.exists(log) ? Files.readString(log) : "")
                    .isTrue();
            try {
                if (get(base + "/health").statusCode() == 200) return;
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start: " + Files.readString(log));
    }

    private HttpResponse<String> signIn(String base, String login, String ip) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/auth/sign_in"))
                        .header("X-Forwarded-For", ip)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).isTrue();
        String cookie = String.join(
                "; ",
                page.headers().allValues("Set-Cookie").stream()
                        .map(c -> c.split(";", 2)[0])
                        .toList());
        String form = "login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=wrong+password+here+1"
                + "&_csrf=" + URLEncoder.encode(m.group(1).replace("&#61;", "="), StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(URI.create(base + "/auth/sign_in"))
                        .header("X-Forwarded-For", ip)
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofMinutes(2))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
