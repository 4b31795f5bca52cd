package social.rapport.graph.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import social.rapport.bench.Latencies;
import social.rapport.graph.SocialGraph;

/** Times the in-memory graph on a workload: badges cold and warm, mutuals, suggestions by band. */
final class GraphTimings {
    final Latencies badgesCold = new Latencies();
    final Latencies badgesWarm = new Latencies();
    final Latencies mutuals = new Latencies();
    final Map<String, Latencies> suggestions = new LinkedHashMap<>();
    /** Folds every answer in so the JIT cannot drop a query whose result goes unused. */
    private long checksum;

    static GraphTimings measure(SocialGraph graph, Workload workload, int warmupQueries) {
        GraphTimings warmup = new GraphTimings();
        warmup.run(graph, workload, warmupQueries);
        GraphTimings timings = new GraphTimings();
        timings.checksum = warmup.checksum;
        timings.run(graph, workload, Integer.MAX_VALUE);
        return timings;
    }

    private void run(SocialGraph graph, Workload workload, int limit) {
        int queries = Math.min(limit, workload.badgeViewers().size());
        for (int q = 0; q < queries; q++) {
            int viewer = workload.badgeViewers().get(q);
            // Cold: the viewer's reach is built inside the timed call, as on a first page view.
            graph.invalidateCaches();
            long start = System.nanoTime();
            int[] cold = graph.degrees(viewer, workload.coldCandidates().get(q));
            badgesCold.add(System.nanoTime() - start);
            // Warm: the next page of candidates for the same viewer reuses the cached reach.
            start = System.nanoTime();
            int[] warm = graph.degrees(viewer, workload.warmCandidates().get(q));
            badgesWarm.add(System.nanoTime() - start);
            checksum += cold[0] + warm[warm.length - 1];

            int[] pair = workload.mutualPairs().get(q);
            start = System.nanoTime();
            int[] common = graph.mutualConnections(pair[0], pair[1]);
            mutuals.add(System.nanoTime() - start);
            checksum += common.length;
        }
        for (Workload.Band band : workload.bands()) {
            Latencies latencies = suggestions.computeIfAbsent(band.name(), name -> new Latencies());
            int count = Math.min(limit, band.viewers().size());
            for (int q = 0; q < count; q++) {
                long start = System.nanoTime();
                int[] top = graph.friendsOfFriends(band.viewers().get(q), Workload.SUGGESTIONS);
                latencies.add(System.nanoTime() - start);
                checksum += top.length;
            }
        }
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode badges = node.putObject("distance_badges_50");
        badges.set(
                "cold_reach",
                badgesCold
                        .toJson()
                        .put(
                                "meaning",
                                "cache emptied before each call: the viewer's 2nd-degree set is built in the call"));
        badges.set(
                "warm_reach",
                badgesWarm.toJson().put("meaning", "same viewer, new 50 candidates, 2nd-degree set already cached"));
        node.set("mutual_connections", mutuals.toJson());
        ObjectNode top = node.putObject("friends_of_friends_top20");
        suggestions.forEach((band, latencies) -> top.set(band, latencies.toJson()));
        node.put("checksum", checksum);
        return node;
    }
}
