package social.rapport.graph.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import social.rapport.bench.Latencies;
import social.rapport.graph.SocialGraph;

/**
 * Times the SQL baseline on a prefix of the same workload, checks each SQL answer against the
 * graph's (untimed), and reports latencies and ratios sql / graph.
 */
final class SqlTimings {
    private final Latencies badges = new Latencies();
    private final Latencies mutuals = new Latencies();
    private final Map<String, Latencies> suggestions = new LinkedHashMap<>();
    private final Map<String, Boolean> stoppedByBudget = new LinkedHashMap<>();
    private long compared;
    private long mismatches;

    static SqlTimings measure(
            SqlGraph sql, SocialGraph graph, Workload workload, int queries, double budgetSeconds, boolean compare)
            throws SQLException {
        SqlTimings timings = new SqlTimings();
        timings.run(sql, graph, workload, queries, budgetSeconds, compare);
        return timings;
    }

    private void run(
            SqlGraph sql, SocialGraph graph, Workload workload, int queries, double budgetSeconds, boolean compare)
            throws SQLException {
        // Warm-up: prepare statements and pull the pages of the first viewers into cache.
        for (int q = 0; q < Math.min(10, queries); q++) {
            sql.degrees(
                    workload.badgeViewers().get(q), workload.coldCandidates().get(q));
        }
        int count = Math.min(queries, workload.badgeViewers().size());
        for (int q = 0; q < count && !overBudget("distance_badges_50", badges, budgetSeconds); q++) {
            int viewer = workload.badgeViewers().get(q);
            int[] candidates = workload.coldCandidates().get(q);
            long start = System.nanoTime();
            int[] answer = sql.degrees(viewer, candidates);
            badges.add(System.nanoTime() - start);
            check(compare, answer, graph.degrees(viewer, candidates));
        }
        for (int q = 0; q < count && !overBudget("mutual_connections", mutuals, budgetSeconds); q++) {
            int[] pair = workload.mutualPairs().get(q);
            long start = System.nanoTime();
            int[] answer = sql.mutualConnections(pair[0], pair[1]);
            mutuals.add(System.nanoTime() - start);
            check(compare, answer, graph.mutualConnections(pair[0], pair[1]));
        }
        for (Workload.Band band : workload.bands()) {
            Latencies latencies = suggestions.computeIfAbsent(band.name(), name -> new Latencies());
            int bandCount = Math.min(queries, band.viewers().size());
            for (int q = 0; q < bandCount && !overBudget(band.name(), latencies, budgetSeconds); q++) {
                int viewer = band.viewers().get(q);
                long start = System.nanoTime();
                int[] answer = sql.friendsOfFriends(viewer, Workload.SUGGESTIONS);
                latencies.add(System.nanoTime() - start);
                check(compare, answer, graph.friendsOfFriends(viewer, Workload.SUGGESTIONS));
            }
        }
    }

    private boolean overBudget(String question, Latencies latencies, double budgetSeconds) {
        boolean over = latencies.totalSeconds() > budgetSeconds;
        stoppedByBudget.put(question, over);
        return over;
    }

    private void check(boolean compare, int[] sqlAnswer, int[] graphAnswer) {
        if (compare) {
            compared++;
            if (!Arrays.equals(sqlAnswer, graphAnswer)) {
                mismatches++;
            }
        }
    }

    ObjectNode toJson(GraphTimings graph) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("distance_badges_50", badges.toJson());
        node.set("mutual_connections", mutuals.toJson());
        ObjectNode top = node.putObject("friends_of_friends_top20");
        suggestions.forEach((band, latencies) -> top.set(band, latencies.toJson()));
        node.putPOJO("stopped_by_time_budget", stoppedByBudget);
        ObjectNode ratios = node.putObject("ratios_sql_over_graph");
        ratio(ratios, "badges_p50_vs_warm", badges, graph.badgesWarm, 0.50);
        ratio(ratios, "badges_p99_vs_warm", badges, graph.badgesWarm, 0.99);
        ratio(ratios, "badges_p50_vs_cold", badges, graph.badgesCold, 0.50);
        ratio(ratios, "badges_p99_vs_cold", badges, graph.badgesCold, 0.99);
        ratio(ratios, "mutuals_p50", mutuals, graph.mutuals, 0.50);
        ratio(ratios, "mutuals_p99", mutuals, graph.mutuals, 0.99);
        suggestions.forEach((band, latencies) -> {
            ratio(ratios, "fof_" + band + "_p50", latencies, graph.suggestions.get(band), 0.50);
            ratio(ratios, "fof_" + band + "_p99", latencies, graph.suggestions.get(band), 0.99);
        });
        node.put("answers_compared", compared);
        node.put("answers_differing_from_graph", mismatches);
        return node;
    }

    private static void ratio(ObjectNode ratios, String name, Latencies sql, Latencies graph, double q) {
        if (graph != null && sql.count() > 0 && graph.count() > 0) {
            ratios.put(name, Latencies.round(sql.micros(q) / graph.micros(q)));
        }
    }
}
