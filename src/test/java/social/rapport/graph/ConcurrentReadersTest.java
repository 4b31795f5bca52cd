package social.rapport.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Readers run while a writer reshapes the graph (growing it past its first capacity). Every
 * snapshot a reader sees must be well formed, and once the writer is done every reader must see
 * the final state.
 */
class ConcurrentReadersTest {
    @Test
    void readers_see_well_formed_lists_while_a_writer_works() throws Exception {
        long seed = Seeds.base(99L);
        SocialGraph graph = new SocialGraph();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> Seeds.run(seed, random -> {
                for (int step = 0; step < 40_000; step++) {
                    int a = random.nextInt(3_000);
                    int b = random.nextInt(3_000);
                    if (a != b && random.nextInt(4) > 0) {
                        graph.connect(a, b);
                    } else if (a != b) {
                        graph.disconnect(a, b);
                    }
                }
            }));
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                long readerSeed = seed + 1 + r;
                readers.add(pool.submit(() -> Seeds.run(readerSeed, random -> {
                    while (!writer.isDone()) {
                        readOnce(graph, random);
                    }
                })));
            }
            writer.get();
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int a = 0; a < 3_000; a++) {
            for (int b : graph.connections(a)) {
                assertThat(graph.isConnected(b, a))
                        .as("%d and %d both ways", a, b)
                        .isTrue();
            }
        }
    }

    private static void readOnce(SocialGraph graph, Random random) {
        int viewer = random.nextInt(3_000);
        int[] friends = graph.connections(viewer);
        for (int i = 1; i < friends.length; i++) {
            assertThat(friends[i]).isGreaterThan(friends[i - 1]);
        }
        int[] candidates = random.ints(50, 0, 3_000).toArray();
        for (int degree : graph.degrees(viewer, candidates)) {
            assertThat(degree).isBetween(0, 3);
        }
        assertThat(graph.friendsOfFriends(viewer, 20)).doesNotContain(viewer).hasSizeLessThanOrEqualTo(20);
        int[] path = graph.path(viewer, random.nextInt(3_000));
        assertThat(path.length).isLessThanOrEqualTo(4);
    }
}
