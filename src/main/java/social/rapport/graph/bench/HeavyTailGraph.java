package social.rapport.graph.bench;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * A heavy-tailed connection graph like a real social network's: most members have a few dozen
 * connections, a few have tens of thousands. Target degrees follow Pareto quantiles (tail exponent
 * {@link #TAIL_EXPONENT}, capped at a tenth of the members) scaled to the requested mean; they
 * are dealt to members in a seeded random order, so hubs are not simply the lowest ids. Edges come
 * from configuration-model pairing of degree "stubs"; self-loops are dropped here and duplicate
 * pairs are merged by the graph builder, so realised degrees run a little under the targets.
 */
public final class HeavyTailGraph {
    /** Low enough that the top 0.1% of members get at least 50 times the mean degree. */
    public static final double TAIL_EXPONENT = 1.15;

    /** Undirected edges as two parallel columns; the first count entries are used. */
    public record Edges(int members, int[] from, int[] to, int count) {}

    private HeavyTailGraph() {}

    /** progress receives the number of stubs handled so far, for a progress bar. */
    public static Edges generate(int members, double meanDegree, long seed, LongConsumer progress) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] degrees = targetDegrees(members, meanDegree);
        shuffle(degrees, random);
        long stubCount = 0;
        for (int degree : degrees) {
            stubCount += degree;
        }
        stubCount &= ~1L; // pairing needs an even number of stubs
        if (stubCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many edges for one run: " + stubCount / 2);
        }
        int[] stubs = new int[(int) stubCount];
        int at = 0;
        for (int member = 0; member < members && at < stubs.length; member++) {
            for (int i = 0; i < degrees[member] && at < stubs.length; i++) {
                stubs[at++] = member;
            }
        }
        progress.accept(stubs.length / 2);
        shuffle(stubs, random);
        progress.accept(stubs.length);
        int pairs = stubs.length / 2;
        int[] from = new int[pairs];
        int[] to = new int[pairs];
        int count = 0;
        for (int i = 0; i < pairs; i++) {
            int a = stubs[2 * i];
            int b = stubs[2 * i + 1];
            if (a != b) {
                from[count] = a;
                to[count] = b;
                count++;
            }
        }
        return new Edges(members, from, to, count);
    }

    /**
     * Pareto quantiles: the member of rank r gets x * ((n / (r + 0.5)) ^ (1 / exponent)),
     * clamped to [1, cap], with x found by a few rounds of rescaling so the mean comes out right
     * despite the clamping.
     */
    static int[] targetDegrees(int members, double meanDegree) {
        int cap = Math.max(1, Math.min(members - 1, members / 10));
        double[] shape = new double[members];
        for (int rank = 0; rank < members; rank++) {
            shape[rank] = Math.pow(members / (rank + 0.5), 1 / TAIL_EXPONENT);
        }
        double scale = meanDegree;
        for (int round = 0; round < 40; round++) {
            double sum = 0;
            for (double value : shape) {
                sum += clamp(value * scale, cap);
            }
            scale *= meanDegree / (sum / members);
        }
        int[] degrees = new int[members];
        for (int rank = 0; rank < members; rank++) {
            degrees[rank] = (int) Math.round(clamp(shape[rank] * scale, cap));
        }
        return degrees;
    }

    private static double clamp(double value, int cap) {
        return Math.max(1, Math.min(cap, value));
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
