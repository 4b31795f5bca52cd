package social.rapport.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recorded durations of one kind of request or query, summarised as nearest-rank percentiles in
 * microseconds; safe to add to from several threads. Shared by the benchmark commands.
 */
public final class Latencies {
    private long[] nanos = new long[256];
    private int count;

    public synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public synchronized int count() {
        return count;
    }

    /** Nearest-rank percentile, q in (0, 1]. */
    public synchronized double micros(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1_000.0;
    }

    public synchronized double totalSeconds() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += nanos[i];
        }
        return total / 1e9;
    }

    public synchronized ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("n", count);
        if (count > 0) {
            node.put("p50_us", round(micros(0.50)));
            node.put("p99_us", round(micros(0.99)));
            node.put("p999_us", round(micros(0.999)));
            node.put("max_us", round(micros(1.0)));
        }
        if (count < 1000) {
            node.put("note", "fewer than 1000 samples: p999 is the maximum or near it");
        }
        return node;
    }

    /** The timeline benchmark's shape: samples, p50, p99 and the maximum. */
    public synchronized Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("samples", count);
        out.put("p50_us", count == 0 ? 0 : micros(0.50));
        out.put("p99_us", count == 0 ? 0 : micros(0.99));
        out.put("max_us", count == 0 ? 0 : micros(1.0));
        return out;
    }

    public static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
