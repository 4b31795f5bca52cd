package social.rapport.graph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import social.rapport.graph.SocialGraph;

/**
 * The questions a run asks, drawn once from the seed so the graph and every SQL baseline are
 * asked exactly the same things (SQL gets a prefix of each list, being slower).
 */
record Workload(
        List<Integer> badgeViewers,
        List<int[]> coldCandidates,
        List<int[]> warmCandidates,
        List<int[]> mutualPairs,
        List<Band> bands) {
    static final int BADGE_BATCH = 50;
    static final int SUGGESTIONS = 20;

    /** Viewers of one degree band for friends-of-friends, e.g. 101..1000 connections. */
    record Band(String name, int minDegree, int maxDegree, List<Integer> viewers) {}

    static Workload draw(SocialGraph graph, int members, int queries, long seed) {
        Random random = new Random(seed ^ 0x5EEDL);
        List<Integer> viewers = new ArrayList<>();
        List<int[]> cold = new ArrayList<>();
        List<int[]> warm = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            viewers.add(random.nextInt(members));
            cold.add(randomMembers(random, members));
            warm.add(randomMembers(random, members));
            pairs.add(secondDegreePair(graph, random, members));
        }
        List<Band> bands = new ArrayList<>();
        for (int[] limits : new int[][] {{0, 100}, {101, 1_000}, {1_001, Integer.MAX_VALUE}}) {
            List<Integer> inBand = new ArrayList<>();
            for (int member = 0; member < members; member++) {
                int degree = graph.connectionCount(member);
                if (degree >= Math.max(1, limits[0]) && degree <= limits[1]) {
                    inBand.add(member);
                }
            }
            List<Integer> chosen = new ArrayList<>();
            for (int q = 0; q < queries && !inBand.isEmpty(); q++) {
                chosen.add(inBand.get(random.nextInt(inBand.size())));
            }
            String name = limits[1] == Integer.MAX_VALUE ? "degree_gt_1000" : "degree_le_" + limits[1];
            bands.add(new Band(name, limits[0], limits[1], chosen));
        }
        return new Workload(viewers, cold, warm, pairs, bands);
    }

    private static int[] randomMembers(Random random, int members) {
        int[] candidates = new int[BADGE_BATCH];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = random.nextInt(members);
        }
        return candidates;
    }

    /**
     * Mutual connections are shown on the profile of someone two hops away, so pairs are a
     * random member and a random connection of one of their connections.
     */
    private static int[] secondDegreePair(SocialGraph graph, Random random, int members) {
        int a = random.nextInt(members);
        int[] friends = graph.connections(a);
        if (friends.length == 0) {
            return new int[] {a, random.nextInt(members)};
        }
        int[] second = graph.connections(friends[random.nextInt(friends.length)]);
        int b = second[random.nextInt(second.length)];
        return new int[] {a, b == a ? random.nextInt(members) : b};
    }
}
