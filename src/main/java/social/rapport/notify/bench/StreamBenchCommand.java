package social.rapport.notify.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import social.rapport.app.App;
import social.rapport.app.Config;
import social.rapport.notify.StreamHub;
import social.rapport.notify.StreamThreads;

/**
 * `rapport bench streams --streams N`: starts a server in this process on a fresh SQLite file, opens
 * N public streams over plain sockets, drops them all without a word, and reports the threads and
 * hub registrations before, while open and after, and how long the server took to return to where
 * it started. The JVM's whole thread count is reported too; the web server's pool keeps idle threads
 * for its own idle timeout, so it is not expected to return at once.
 */
@Command(
        name = "streams",
        mixinStandardHelpOptions = true,
        description = "Open and drop N event streams; JSON on stdout with threads and registrations over time.")
public final class StreamBenchCommand implements Callable<Integer> {
    @Option(names = "--streams", description = "Streams to open and drop (default ${DEFAULT-VALUE}).")
    int streams = 500;

    @Option(
            names = "--heartbeat-ms",
            description = "Heartbeat of the bench server's streams; a dead stream is "
                    + "noticed at its next write (default ${DEFAULT-VALUE}, a server uses 30000).")
    long heartbeatMillis = 1000;

    @Option(
            names = "--wait-seconds",
            description = "How long to wait for the return to baseline (default ${DEFAULT-VALUE}).")
    int waitSeconds = 120;

    @Override
    public Integer call() throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.rapport.access", "warn");
        Path dir = Files.createTempDirectory("rapport-bench-streams");
        // The bench server only: the per-address API limit is raised so that one address may open N streams.
        Config.RateLimits d = Config.RateLimits.defaults();
        Config config = Config.defaults()
                .withPort(0)
                .withHost("127.0.0.1")
                .withDataDir(dir)
                .withRateLimits(new Config.RateLimits(
                        d.signInPerIp(),
                        d.signInIpWindow(),
                        d.signInPerAccount(),
                        d.signInAccountWindow(),
                        d.signUpPerIp(),
                        d.signUpWindow(),
                        d.apiPerAccount(),
                        100_000_000,
                        d.apiWindow()));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "open and drop event streams");
        report.put("streams", streams);
        report.put("heartbeat_ms", heartbeatMillis);
        report.put("load_average_at_start", loadAverage());
        report.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "max_heap_mb",
                        Runtime.getRuntime().maxMemory() >> 20,
                        "java",
                        System.getProperty("java.version")));
        try (App app = new App(config, Clock.systemUTC()).start()) {
            StreamHub hub = app.notifications().streams();
            hub.heartbeatEvery(Duration.ofMillis(heartbeatMillis));
            report.put("before", sample(hub));
            List<Socket> open = new ArrayList<>();
            long t0 = System.nanoTime();
            try {
                for (int i = 0; i < streams; i++) open.add(openStream(app.port()));
                while (hub.openCount() < streams
                        && System.nanoTime() - t0
                                < Duration.ofSeconds(waitSeconds).toNanos()) {
                    Thread.sleep(10);
                }
                report.put("open_s", (System.nanoTime() - t0) / 1e9);
                report.put("during", sample(hub));
            } finally {
                for (Socket s : open) s.close();
            }
            long dropped = System.nanoTime();
            Map<String, Object> before = sample(hub);
            long deadline = dropped + Duration.ofSeconds(waitSeconds).toNanos();
            while ((hub.openCount() > 0 || StreamThreads.inDeliveryLoops() > 0 || StreamThreads.inStreamPools() > 0)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            boolean back =
                    hub.openCount() == 0 && StreamThreads.inDeliveryLoops() == 0 && StreamThreads.inStreamPools() == 0;
            report.put("just_after_drop", before);
            report.put("after", sample(hub));
            report.put("returned_to_baseline", back);
            report.put("ms_to_baseline", back ? (System.nanoTime() - dropped) / 1_000_000 : null);
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        report.put("load_average_at_end", loadAverage());
        System.out.println(
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        return Boolean.TRUE.equals(report.get("returned_to_baseline")) ? 0 : 1;
    }

    private static Map<String, Object> sample(StreamHub hub) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("registrations", hub.openCount());
        m.put("threads_in_delivery_loops", StreamThreads.inDeliveryLoops());
        m.put("stream_threads_alive", StreamThreads.inStreamPools());
        m.put("jvm_threads", ManagementFactory.getThreadMXBean().getThreadCount());
        // Grouped by name without its number, so a pool that keeps idle threads shows as itself.
        Map<String, Integer> byName = new java.util.TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            byName.merge(t.getName().replaceAll("[-_]?\\d+$", "").replaceAll("-\\d+-", "-"), 1, Integer::sum);
        }
        byName.values().removeIf(n -> n < 5);
        m.put("jvm_threads_by_name_5_or_more", byName);
        return m;
    }

    /** A public stream over a plain socket, read up to the end of the answer's head. */
    private static Socket openStream(int port) throws Exception {
        Socket s = new Socket("127.0.0.1", port);
        s.getOutputStream()
                .write(("GET /api/v1/streaming/public HTTP/1.1\r\nHost: localhost\r\n"
                                + "Accept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        s.setSoTimeout(30_000);
        InputStream in = s.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new IllegalStateException("a stream closed before its answer: " + head);
            head.append((char) b);
        }
        if (!head.toString().startsWith("HTTP/1.1 200"))
            throw new IllegalStateException("a stream was refused: " + head);
        return s;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
