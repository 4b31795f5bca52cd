package social.rapport.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hub shortcut must never change an answer: with a tiny hub threshold, so that the shortcut
 * runs on small random worlds, every ranking must equal plain counting of every friend.
 */
class MutualCounterTest {
    @Test
    void skipping_hubs_gives_the_same_ranking_as_counting_everything() {
        long base = Seeds.base(313L);
        MutualCounter shortcut = new MutualCounter(30);
        MutualCounter plain = new MutualCounter(Integer.MAX_VALUE);
        for (int world = 0; world < 60; world++) {
            Seeds.run(base + world, random -> {
                int n = 150 + random.nextInt(150);
                Worlds.Relations relations = Worlds.withCelebrities(random, n);
                for (int viewer = 0; viewer < n; viewer++) {
                    int limit = 1 + random.nextInt(30);
                    assertThat(shortcut.topByMutualCount(viewer, limit, relations.connections(),
                            relations.blocks(), relations.blockedBy()))
                            .as("suggestions for %d, limit %d", viewer, limit)
                            .containsExactly(plain.topByMutualCount(viewer, limit,
                                    relations.connections(), relations.blocks(), relations.blockedBy()));
                }
            });
        }
        assertThat(shortcut.prunedAnswers()).as("the shortcut was taken").isGreaterThan(100);
        assertThat(plain.prunedAnswers()).isZero();
    }

    /** Random worlds where a handful of celebrities know a large share of everyone. */
    static final class Worlds {
        record Relations(Adjacency connections, Adjacency blocks, Adjacency blockedBy) {
        }

        static Relations withCelebrities(Random random, int n) {
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
            return new Relations(new Adjacency(SocialGraphBuilder.lay(n, connections, true, true)),
                    new Adjacency(SocialGraphBuilder.lay(n, blocks, true, false)),
                    new Adjacency(SocialGraphBuilder.lay(n, blocks, false, true)));
        }

        private static void connectUnlessSelf(EdgeList edges, int a, int b) {
            if (a != b) {
                edges.add(a, b);
            }
        }
    }
}
