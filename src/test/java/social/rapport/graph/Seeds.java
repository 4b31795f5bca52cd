package social.rapport.graph;

import java.util.Random;
import java.util.function.Consumer;

/** Runs a randomised check and names its seed when it fails, so the failure can be replayed. */
public final class Seeds {
    private Seeds() {}

    /** A fixed seed unless -Dgraph.seed=N asks to replay one. */
    public static long base(long fallback) {
        return Long.getLong("graph.seed", fallback);
    }

    public static void run(long seed, Consumer<Random> check) {
        try {
            check.accept(new Random(seed));
        } catch (AssertionError | RuntimeException failure) {
            System.out.println("failing seed: " + seed + " (replay with -Dgraph.seed=" + seed + ")");
            throw new AssertionError("failing seed " + seed + ": " + failure.getMessage(), failure);
        }
    }
}
