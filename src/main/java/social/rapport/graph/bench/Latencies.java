package social.rapport.graph.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/** Recorded durations of one kind of query, summarised as percentiles in microseconds. */
final class Latencies {
    private long[] nanos = new long[256];
    private int count;

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** Nearest-rank percentile, q in (0, 1]. */
    double micros(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1_000.0;
    }

    double totalSeconds() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += nanos[i];
        }
        return total / 1e9;
    }

    ObjectNode toJson() {
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

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
