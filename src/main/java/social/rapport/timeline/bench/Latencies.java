package social.rapport.timeline.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collected durations in nanoseconds, reported as percentiles in microseconds. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int n;

    synchronized void add(long ns) {
        if (n == nanos.length) nanos = Arrays.copyOf(nanos, n * 2);
        nanos[n++] = ns;
    }

    synchronized int count() {
        return n;
    }

    synchronized Map<String, Object> summary() {
        long[] s = Arrays.copyOf(nanos, n);
        Arrays.sort(s);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("samples", n);
        out.put("p50_us", n == 0 ? 0 : s[(int) (n * 0.50)] / 1000.0);
        out.put("p99_us", n == 0 ? 0 : s[Math.min(n - 1, (int) (n * 0.99))] / 1000.0);
        out.put("max_us", n == 0 ? 0 : s[n - 1] / 1000.0);
        return out;
    }
}
