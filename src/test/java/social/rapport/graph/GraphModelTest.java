package social.rapport.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random worlds of connections and blocks, changed by random mutations, checked pair by pair
 * against a brute-force model that enumerates paths and counts mutual connections naively.
 * Blocks live here because the SQL oracle covers connections only.
 */
class GraphModelTest {
    @Test
    void every_answer_matches_the_brute_force_model() {
        long base = Seeds.base(4_2026L);
        for (int world = 0; world < 40; world++) {
            Seeds.run(base + world, GraphModelTest::checkOneWorld);
        }
    }

    private static void checkOneWorld(Random random) {
        int n = 8 + random.nextInt(30);
        Model model = new Model(n);
        SocialGraph graph = new SocialGraph();
        int steps = n * (2 + random.nextInt(4));
        for (int step = 0; step < steps; step++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            int action = random.nextInt(20);
            if (action == 0) {
                graph.removeAccount(a);
                model.remove(a);
            } else if (a == b) {
                continue;
            } else if (action <= 2) {
                graph.block(a, b);
                model.blocked[a][b] = true;
            } else if (action == 3) {
                graph.unblock(a, b);
                model.blocked[a][b] = false;
            } else if (action <= 6) {
                graph.disconnect(a, b);
                model.setConnected(a, b, false);
            } else {
                graph.connect(a, b);
                model.setConnected(a, b, true);
            }
            if (step % 7 == 0) {
                graph.degree(a, b); // warms the reach cache mid-way so staleness is exercised
            }
        }
        SocialGraph rebuilt = model.build();
        for (SocialGraph subject : List.of(graph, rebuilt)) {
            for (int viewer = 0; viewer < n; viewer++) {
                int[] everyone = java.util.stream.IntStream.range(0, n).toArray();
                int[] expectedDegrees = new int[n];
                for (int target = 0; target < n; target++) {
                    expectedDegrees[target] = model.degree(viewer, target);
                    assertThat(subject.path(viewer, target))
                            .as("path %d -> %d", viewer, target)
                            .containsExactly(model.path(viewer, target));
                    assertThat(subject.mutualConnections(viewer, target))
                            .containsExactly(model.mutuals(viewer, target));
                }
                assertThat(subject.degrees(viewer, everyone))
                        .as("degrees of %d", viewer)
                        .containsExactly(expectedDegrees);
                int limit = 1 + random.nextInt(n);
                assertThat(subject.friendsOfFriends(viewer, limit))
                        .as("suggestions for %d", viewer)
                        .containsExactly(model.friendsOfFriends(viewer, limit));
            }
        }
    }

    /** Adjacency matrices: too slow for real graphs, too simple to be wrong. */
    private static final class Model {
        final int n;
        final boolean[][] connected;
        final boolean[][] blocked;

        Model(int n) {
            this.n = n;
            connected = new boolean[n][n];
            blocked = new boolean[n][n];
        }

        void setConnected(int a, int b, boolean value) {
            connected[a][b] = value;
            connected[b][a] = value;
        }

        void remove(int a) {
            for (int other = 0; other < n; other++) {
                setConnected(a, other, false);
                blocked[a][other] = false;
                blocked[other][a] = false;
            }
        }

        boolean blockedEitherWay(int a, int b) {
            return blocked[a][b] || blocked[b][a];
        }

        SocialGraph build() {
            SocialGraphBuilder builder = SocialGraph.builder();
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (connected[a][b]) {
                        builder.connect(a, b);
                    }
                    if (blocked[a][b]) {
                        builder.block(a, b);
                    }
                }
            }
            return builder.build();
        }

        int degree(int viewer, int target) {
            if (viewer == target || blockedEitherWay(viewer, target)) {
                return 0;
            }
            int[] distance = new int[n];
            java.util.Arrays.fill(distance, -1);
            distance[viewer] = 0;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(viewer));
            while (!queue.isEmpty()) {
                int at = queue.poll();
                for (int next = 0; next < n; next++) {
                    if (connected[at][next] && distance[next] < 0) {
                        distance[next] = distance[at] + 1;
                        queue.add(next);
                    }
                }
            }
            return distance[target] >= 1 && distance[target] <= 3 ? distance[target] : 0;
        }

        /** The first clean path in (length, first hop, second hop) order. */
        int[] path(int viewer, int target) {
            if (viewer == target) {
                return new int[] {viewer};
            }
            if (blockedEitherWay(viewer, target)) {
                return new int[0];
            }
            if (connected[viewer][target]) {
                return new int[] {viewer, target};
            }
            for (int x = 0; x < n; x++) {
                int[] candidate = {viewer, x, target};
                if (connected[viewer][x] && connected[x][target] && clean(candidate)) {
                    return candidate;
                }
            }
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    int[] candidate = {viewer, x, y, target};
                    if (connected[viewer][x]
                            && connected[x][y]
                            && connected[y][target]
                            && distinct(candidate)
                            && clean(candidate)) {
                        return candidate;
                    }
                }
            }
            return new int[0];
        }

        private boolean clean(int[] path) {
            for (int i = 0; i < path.length; i++) {
                for (int j = i + 1; j < path.length; j++) {
                    if (blockedEitherWay(path[i], path[j])) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean distinct(int[] path) {
            return java.util.Arrays.stream(path).distinct().count() == path.length;
        }

        int[] mutuals(int a, int b) {
            List<Integer> common = new ArrayList<>();
            for (int x = 0; x < n; x++) {
                if (connected[a][x] && connected[b][x]) {
                    common.add(x);
                }
            }
            return common.stream().mapToInt(Integer::intValue).toArray();
        }

        int[] friendsOfFriends(int viewer, int limit) {
            List<int[]> scored = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                if (c == viewer || connected[viewer][c] || blockedEitherWay(viewer, c)) {
                    continue;
                }
                int count = mutuals(viewer, c).length;
                if (count > 0) {
                    scored.add(new int[] {c, count});
                }
            }
            scored.sort(Comparator.<int[]>comparingInt(s -> -s[1]).thenComparingInt(s -> s[0]));
            return scored.stream().limit(limit).mapToInt(s -> s[0]).toArray();
        }
    }
}
