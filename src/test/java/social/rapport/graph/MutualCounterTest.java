package social.rapport.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The counter walks the id space in blocks of 65,536; worlds here scatter their accounts over
 * several blocks and include celebrities, and every ranking must equal a naive hash-map count.
 */
class MutualCounterTest {
    @Test
    void block_by_block_counting_ranks_like_a_naive_count() {
        long base = Seeds.base(313L);
        MutualCounter counter = new MutualCounter();
        for (int world = 0; world < 30; world++) {
            Seeds.run(base + world, random -> {
                int n = 150 + random.nextInt(150);
                int[] ids = scatteredIds(random, n, 300_000);
                Worlds.Relations relations = Worlds.withCelebrities(random, n, ids);
                for (int i = 0; i < n; i++) {
                    int viewer = ids[i];
                    int limit = 1 + random.nextInt(30);
                    assertThat(counter.topByMutualCount(
                                    viewer, limit, relations.connections(), relations.blocks(), relations.blockedBy()))
                            .as("suggestions for %d, limit %d", viewer, limit)
                            .containsExactly(naive(viewer, limit, relations));
                }
            });
        }
    }

    private static int[] scatteredIds(Random random, int n, int range) {
        java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
        chosen.add(range - 1); // an id at the very end of the last block
        chosen.add(0);
        while (chosen.size() < n) {
            chosen.add(random.nextInt(range));
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] naive(int viewer, int limit, Worlds.Relations relations) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int[] friends = relations.connections().get(viewer);
        for (int friend : friends) {
            for (int candidate : relations.connections().get(friend)) {
                counts.merge(candidate, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey() != viewer)
                .filter(entry -> !SortedInts.contains(friends, entry.getKey()))
                .filter(entry -> !relations.blocks().contains(viewer, entry.getKey()))
                .filter(entry -> !relations.blocks().contains(entry.getKey(), viewer))
                .sorted(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(limit)
                .mapToInt(java.util.Map.Entry::getKey)
                .toArray();
    }

    /** Random worlds where a handful of celebrities know a large share of everyone. */
    static final class Worlds {
        record Relations(Adjacency connections, Adjacency blocks, Adjacency blockedBy) {}

        static Relations withCelebrities(Random random, int n, int[] ids) {
            EdgeList connections = new EdgeList();
            EdgeList blocks = new EdgeList();
            int celebrities = 1 + random.nextInt(6);
            for (int celebrity = 0; celebrity < celebrities; celebrity++) {
                int fans = n / 5 + random.nextInt(n / 2);
                for (int i = 0; i < fans; i++) {
                    connectUnlessSelf(connections, celebrity, random.nextInt(n));
                }
            }
            // Small circles of friends make mutual counts above the celebrity count possible.
            for (int group = 0; group < n / 5; group++) {
                int first = random.nextInt(n);
                for (int member = 1; member < 9; member++) {
                    for (int other = 0; other < member; other++) {
                        if (random.nextInt(4) > 0) {
                            connectUnlessSelf(connections, (first + member) % n, (first + other) % n);
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                connectUnlessSelf(connections, random.nextInt(n), random.nextInt(n));
            }
            for (int i = 0; i < n / 10; i++) {
                connectUnlessSelf(blocks, random.nextInt(n), random.nextInt(n));
            }
            EdgeList scatteredConnections = scatter(connections, ids);
            EdgeList scatteredBlocks = scatter(blocks, ids);
            int size = java.util.Arrays.stream(ids).max().orElse(0) + 1;
            return new Relations(
                    new Adjacency(SocialGraphBuilder.lay(size, scatteredConnections, true, true)),
                    new Adjacency(SocialGraphBuilder.lay(size, scatteredBlocks, true, false)),
                    new Adjacency(SocialGraphBuilder.lay(size, scatteredBlocks, false, true)));
        }

        private static EdgeList scatter(EdgeList edges, int[] ids) {
            EdgeList scattered = new EdgeList();
            for (int i = 0; i < edges.size(); i++) {
                scattered.add(ids[edges.from()[i]], ids[edges.to()[i]]);
            }
            return scattered;
        }

        private static void connectUnlessSelf(EdgeList edges, int a, int b) {
            if (a != b) {
                edges.add(a, b);
            }
        }
    }
}
