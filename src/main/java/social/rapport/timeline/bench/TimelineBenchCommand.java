package social.rapport.timeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import social.rapport.app.App;
import social.rapport.app.Config;
import social.rapport.bench.Latencies;
import social.rapport.bench.LoadClient;
import social.rapport.status.Cursor;
import social.rapport.status.StatusEntity;
import social.rapport.store.Database;

/**
 * `rapport bench timeline`: the home timeline page of 20 for viewers following 100 to 1,000
 * accounts, in the server (p50, p99), over HTTP on loopback with a fixed number of clients
 * (requests per second, p99), beside the same page in plain SQL, on SQLite and PostgreSQL in one run.
 */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = "Benchmark the home timeline against plain SQL on SQLite and PostgreSQL; JSON on stdout.")
public final class TimelineBenchCommand implements Callable<Integer> {
    @Option(names = "--members", description = "Members in the world (default ${DEFAULT-VALUE}).")
    int members = 10_000;

    @Option(names = "--posts", description = "Posts in the world (default: 100 per member).")
    long posts = -1;

    @Option(names = "--seed", description = "Seed of the world and the viewer sample (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--requests", description = "Timed pages per measurement (default ${DEFAULT-VALUE}).")
    int requests = 5_000;

    @Option(names = "--clients", description = "Concurrent HTTP clients (default ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--seconds", description = "Seconds of HTTP load (default ${DEFAULT-VALUE}).")
    int seconds = 10;

    @Option(names = "--databases", split = ",", description = "sqlite, postgresql or both (default ${DEFAULT-VALUE}).")
    List<String> databases = List.of("sqlite", "postgresql");

    @Option(names = "--pg-url", description = "PostgreSQL server (default ${DEFAULT-VALUE}).")
    String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @Override
    public Integer call() throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.rapport.access", "warn");
        long total = posts < 0 ? members * 100L : posts;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "home timeline, page of 20");
        report.put("members", members);
        report.put("posts", total);
        report.put("seed", seed);
        report.put("load_average_at_start", loadAverage());
        report.put("rate_limits", "API limits raised to 100,000,000 per window for the bench server only");
        report.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "max_heap_mb",
                        Runtime.getRuntime().maxMemory() >> 20,
                        "java",
                        System.getProperty("java.version")));
        for (String name : databases) report.put(name, runOn(name, total));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        System.out.println(json.writeValueAsString(report));
        return 0;
    }

    private Map<String, Object> runOn(String name, long total) throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench");
        String schema = "bench_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);
        String url = name.equals("postgresql")
                ? pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true"
                : "jdbc:sqlite:" + dir.resolve("bench.db");
        if (name.equals("postgresql")) sql(pgUrl, "CREATE SCHEMA " + schema);
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            BenchWorld world = new BenchWorld(members, total);
            long t0 = System.nanoTime();
            // The bench server only: the API limits are raised so that a few hundred tokens on one address
            // can carry thousands of requests a second. Real servers keep their configured limits.
            Config.RateLimits d = Config.RateLimits.defaults();
            Config config = Config.defaults()
                    .withPort(0)
                    .withHost("127.0.0.1")
                    .withDataDir(dir)
                    .withDbUrl(url)
                    .withRateLimits(new Config.RateLimits(
                            d.signInPerIp(),
                            d.signInIpWindow(),
                            d.signInPerAccount(),
                            d.signInAccountWindow(),
                            d.signUpPerIp(),
                            d.signUpWindow(),
                            100_000_000,
                            100_000_000,
                            d.apiWindow()));
            try (Database db = Database.open(url, Clock.systemUTC())) {
                db.migrate();
            }
            world.write(url, seed, System.currentTimeMillis() - total - 60_000, config.baseUrl());
            out.put("world_written_s", (System.nanoTime() - t0) / 1e9);
            out.put("world_steps_s", world.seconds);
            System.err.println("bench: " + name + " world written in " + Math.round((System.nanoTime() - t0) / 1e9)
                    + " s " + world.seconds);
            out.put("follows", world.follows);
            out.put("viewers_following_100_to_1000", world.viewers.size());
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            long t1 = System.nanoTime();
            try (App app = new App(config, Clock.systemUTC()).start()) {
                out.put("start_with_rebuild_s", (System.nanoTime() - t1) / 1e9);
                System.gc();
                out.put("heap_after_start_mb", ((rt.totalMemory() - rt.freeMemory()) - heapBefore) >> 20);
                out.put("index_posts", app.timelines().index().size());
                measure(app, world, out);
            }
        } finally {
            if (name.equals("postgresql")) sql(pgUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            deleteFolder(dir);
        }
        return out;
    }

    private void measure(App app, BenchWorld world, Map<String, Object> out) throws Exception {
        Random r = new Random(seed);
        List<Integer> viewers = world.viewers;
        var home = app.timelines().home();
        SqlHome sql = new SqlHome(app.db(), app.posts().access(), app.posts().views());
        for (int i = 0; i < requests / 2; i++) {
            int v = viewers.get(r.nextInt(viewers.size()));
            home.page(v, Cursor.newest(20));
            sql.page(v, 20);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Latencies ids = new Latencies();
        Latencies page = new Latencies();
        Latencies pageCpu = new Latencies();
        Latencies plain = new Latencies();
        long returned = 0;
        for (int i = 0; i < requests; i++) {
            int v = viewers.get(r.nextInt(viewers.size()));
            long a = System.nanoTime();
            home.ids(v, Cursor.newest(20));
            long b = System.nanoTime();
            long cpuBefore = cpu.getCurrentThreadCpuTime();
            returned += home.page(v, Cursor.newest(20)).items().size();
            long cpuAfter = cpu.getCurrentThreadCpuTime();
            long c = System.nanoTime();
            sql.page(v, 20);
            long d = System.nanoTime();
            ids.add(b - a);
            page.add(c - b);
            pageCpu.add(cpuAfter - cpuBefore);
            plain.add(d - c);
        }
        out.put("rapport_ids_in_memory", ids.summary());
        out.put("rapport_page_server", page.summary());
        out.put("rapport_page_server_cpu", pageCpu.summary());
        out.put("plain_sql_page", plain.summary());
        out.put("average_page_size", returned / (double) requests);
        out.put("load_average_after_server_measure", loadAverage());
        out.put("http", http(app, viewers, r));
        out.put("load_average_after_http", loadAverage());
    }

    /**
     * The mixed load: each client, on its own kept-alive connection, asks in turn for a home page (half
     * of the requests), a single post from that viewer's home (three in ten) and the account of its
     * author (two in ten), each with the viewer's own token.
     */
    private Map<String, Object> http(App app, List<Integer> viewers, Random r) throws Exception {
        List<String> tokens = new ArrayList<>();
        List<String[]> postPaths = new ArrayList<>();
        List<String[]> accountPaths = new ArrayList<>();
        var home = app.timelines().home();
        for (int i = 0; i < 200; i++) {
            int v = viewers.get(r.nextInt(viewers.size()));
            tokens.add(app.tokens().issue(null, v, Set.of("read")).token());
            List<StatusEntity> items = home.page(v, Cursor.newest(20)).items();
            postPaths.add(items.stream().map(e -> "/api/v1/statuses/" + e.id()).toArray(String[]::new));
            accountPaths.add(items.stream()
                    .map(e -> "/api/v1/accounts/" + e.account().id())
                    .toArray(String[]::new));
        }
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        for (String k : List.of("home", "status", "account")) byKind.put(k, new Latencies());
        Latencies all = new Latencies();
        AtomicLong failures = new AtomicLong();
        AtomicLong limited = new AtomicLong();
        AtomicLong connections = new AtomicLong();
        long start = System.nanoTime();
        long warmEnd = start + 2_000_000_000L;
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                try (LoadClient client = new LoadClient("127.0.0.1", app.port())) {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        int who = i % tokens.size();
                        int step = i % 10;
                        i++;
                        String kind;
                        String path;
                        if (step < 5 || postPaths.get(who).length == 0) {
                            kind = "home";
                            path = "/api/v1/timelines/home";
                        } else if (step < 8) {
                            kind = "status";
                            String[] p = postPaths.get(who);
                            path = p[i % p.length];
                        } else {
                            kind = "account";
                            String[] p = accountPaths.get(who);
                            path = p[i % p.length];
                        }
                        long a = System.nanoTime();
                        try {
                            int code = client.get(path, tokens.get(who));
                            if (code == 429) limited.incrementAndGet();
                            if (code != 200) failures.incrementAndGet();
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        long b = System.nanoTime();
                        if (a > warmEnd && b <= end) {
                            all.add(b - a);
                            byKind.get(kind).add(b - a);
                        }
                    }
                    connections.addAndGet(client.connections());
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        Map<String, Object> out = new LinkedHashMap<>(all.summary());
        out.put("clients", clients);
        out.put("seconds_measured", seconds - 2);
        out.put("requests_per_second", all.count() / (double) Math.max(1, seconds - 2));
        out.put("failures", failures.get());
        out.put("rate_limited", limited.get());
        out.put("connections_opened", connections.get());
        out.put("mix", "5/10 GET /api/v1/timelines/home, 3/10 GET /api/v1/statuses/:id, 2/10 GET /api/v1/accounts/:id");
        byKind.forEach((k, l) -> out.put(k, l.summary()));
        return out;
    }

    /** The bench's own temporary folder (the SQLite world can take gigabytes). */
    private static void deleteFolder(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void sql(String url, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
