package social.rapport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `rapport bench memory`: the server's resident memory after activity and an idle minute. The server
 * is started as its own process through the launcher, so the JVM options measured are the launcher's.
 * The baseline is the same server, idle and fresh, in the same run. Sign-ups come from varied
 * addresses through a trusted-proxy header, since one address may sign up only a few times.
 */
@Command(
        name = "memory",
        mixinStandardHelpOptions = true,
        description =
                "Resident memory of a server started by the launcher: fresh, after sign-ups and load, after an idle minute.")
public final class MemoryBenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    static final String PASSWORD = "a long bench password 42";

    @Option(names = "--signups", description = "Accounts to sign up (default ${DEFAULT-VALUE}).")
    int signups = 100;

    @Option(
            names = "--signins",
            description =
                    "Sign-ins through the form, 32 at a time, one in four with an unknown login (default ${DEFAULT-VALUE}).")
    int signins = 96;

    @Option(names = "--requests", description = "Page and API reads after the sign-ups (default ${DEFAULT-VALUE}).")
    int requests = 3000;

    @Option(names = "--idle-seconds", description = "Idle time before the last reading (default ${DEFAULT-VALUE}).")
    int idleSeconds = 60;

    @Option(names = "--launcher", description = "The launcher script (default ${DEFAULT-VALUE}).")
    Path launcher = Path.of("rapport");

    @Option(names = "--target-mb", description = "The target for the last reading (default ${DEFAULT-VALUE}).")
    int targetMb = 300;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger address = new AtomicInteger();
    private String base;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("rapport-bench-memory");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        Path log = data.resolve("server.log");
        ProcessBuilder pb = new ProcessBuilder(
                        launcher.toAbsolutePath().toString(),
                        "serve",
                        "--port",
                        Integer.toString(port),
                        "--host",
                        "127.0.0.1",
                        "--data",
                        data.resolve("data").toString(),
                        "--email-confirmation",
                        "off",
                        "--trust-proxy")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process server = pb.start();
        try {
            waitForHealth(server, log);
            long pid = server.pid();
            Thread.sleep(10_000);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("benchmark", "memory");
            out.put("java_command", cmdline(pid));
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("loadavg_start", loadavg());
            out.put("baseline_fresh_idle_rss_mb", rssMb(pid, "VmRSS"));

            long t0 = System.nanoTime();
            List<String> handles = signUp();
            out.put("signups", handles.size());
            out.put("signup_seconds", seconds(t0));
            out.put("rss_after_signups_mb", rssMb(pid, "VmRSS"));

            long t1 = System.nanoTime();
            int ok = signIns(handles);
            out.put("signins_answered", ok);
            out.put("signin_seconds", seconds(t1));
            long t2 = System.nanoTime();
            reads(handles);
            out.put("read_seconds", seconds(t2));
            out.put("rss_after_load_mb", rssMb(pid, "VmRSS"));
            out.put("peak_rss_mb", rssMb(pid, "VmHWM"));
            out.put("answers_by_status", new TreeMap<>(statuses));

            List<Double> idle = new ArrayList<>();
            for (int s = 0; s < idleSeconds; s += 5) {
                Thread.sleep(5_000);
                idle.add(rssMb(pid, "VmRSS"));
            }
            double last = rssMb(pid, "VmRSS");
            out.put("idle_rss_mb_every_5s", idle);
            out.put("rss_after_idle_mb", last);
            out.put("target_mb", targetMb);
            out.put("met", last <= targetMb);
            out.put("out_of_memory_errors", countInLog(log, "OutOfMemoryError"));
            out.put("loadavg_end", loadavg());
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return last <= targetMb ? 0 : 1;
        } finally {
            server.destroy();
            if (!server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) server.destroyForcibly();
            deleteTree(data);
        }
    }

    private void waitForHealth(Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("the server stopped: " + Files.readString(log));
            try {
                if (send(get("/health")).statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not answer /health in time");
    }

    private String nextAddress() {
        int n = address.incrementAndGet();
        return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", nextAddress());
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        return r;
    }

    /** As a client should: a 503 is tried again after its Retry-After, a few times. */
    private HttpResponse<String> sendRetrying(java.util.function.Supplier<HttpRequest.Builder> b)
            throws IOException, InterruptedException {
        HttpResponse<String> r = send(b.get());
        for (int i = 0; i < 30 && r.statusCode() == 503; i++) {
            long wait = r.headers().firstValueAsLong("Retry-After").orElse(1);
            Thread.sleep(wait * 1000);
            r = send(b.get());
        }
        return r;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    private HttpRequest.Builder post(String path, String token, Map<String, String> fields) {
        HttpRequest.Builder b = get(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    /** Sign-ups through the API as a Mastodon app makes them, eight at a time. */
    private List<String> signUp() throws Exception {
        JsonNode app = JSON.readTree(send(post(
                        "/api/v1/apps",
                        null,
                        Map.of(
                                "client_name",
                                "bench",
                                "redirect_uris",
                                "urn:ietf:wg:oauth:2.0:oob",
                                "scopes",
                                "read write")))
                .body());
        String appToken = JSON.readTree(send(post(
                                "/oauth/token",
                                null,
                                Map.of(
                                        "grant_type",
                                        "client_credentials",
                                        "scope",
                                        "write",
                                        "client_id",
                                        app.get("client_id").asText(),
                                        "client_secret",
                                        app.get("client_secret").asText())))
                        .body())
                .get("access_token")
                .asText();
        List<String> handles = new ArrayList<>();
        List<Callable<String>> work = new ArrayList<>();
        for (int i = 0; i < signups; i++) {
            String handle = "bench" + i;
            work.add(() -> {
                HttpResponse<String> r = sendRetrying(() -> post(
                        "/api/v1/accounts",
                        appToken,
                        Map.of(
                                "username",
                                handle,
                                "email",
                                handle + "@example.org",
                                "password",
                                PASSWORD,
                                "agreement",
                                "true",
                                "locale",
                                "en")));
                return r.statusCode() == 200 ? handle : null;
            });
        }
        for (String h : runAll(work, 8)) if (h != null) handles.add(h);
        return handles;
    }

    /** Sign-ins through the form, 32 at once: each a CSRF cookie and token first, then the post. */
    private int signIns(List<String> handles) throws Exception {
        if (handles.isEmpty()) return 0;
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < signins; i++) {
            String login = i % 4 == 3 ? "nobody" + i : handles.get(i % handles.size());
            work.add(() -> {
                HttpResponse<String> page = send(get("/auth/sign_in"));
                Matcher m = CSRF.matcher(page.body());
                if (!m.find()) return false;
                String cookie = page.headers().allValues("Set-Cookie").stream()
                        .map(c -> c.split(";", 2)[0])
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("");
                HttpResponse<String> r = sendRetrying(() -> post(
                                "/auth/sign_in",
                                null,
                                Map.of(
                                        "login",
                                        login,
                                        "password",
                                        PASSWORD,
                                        "_csrf",
                                        m.group(1).replace("&#61;", "=")))
                        .header("Cookie", cookie));
                return r.statusCode() == 303 || (login.startsWith("nobody") && r.statusCode() == 401);
            });
        }
        int ok = 0;
        for (Boolean b : runAll(work, 32)) if (Boolean.TRUE.equals(b)) ok++;
        return ok;
    }

    /** Reads of pages and the API, four at a time: home, profiles, the public timeline, the instance. */
    private void reads(List<String> handles) throws Exception {
        List<Callable<Boolean>> work = new ArrayList<>();
        String[] paths = {"/", "/api/v1/timelines/public", "/api/v1/instance", "/auth/sign_in"};
        for (int i = 0; i < requests; i++) {
            String path =
                    i % 5 == 4 && !handles.isEmpty() ? "/@" + handles.get(i % handles.size()) : paths[i % paths.length];
            work.add(() -> send(get(path)).statusCode() < 500);
        }
        runAll(work, 4);
    }

    private static <T> List<T> runAll(List<Callable<T>> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (Callable<T> c : work) fs.add(pool.submit(c));
            List<T> out = new ArrayList<>();
            for (Future<T> f : fs) {
                try {
                    out.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    out.add(null);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A figure from /proc/PID/status (VmRSS now, VmHWM the peak), in MB. */
    static double rssMb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                long kb = Long.parseLong(
                        line.substring(field.length() + 1).replace("kB", "").trim());
                return Math.round(kb / 1024.0 * 10) / 10.0;
            }
        }
        throw new IllegalStateException(field + " not in /proc/" + pid + "/status");
    }

    private static String cmdline(long pid) throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
        return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
    }

    private static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }

    private static long countInLog(Path log, String what) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(what)).count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
