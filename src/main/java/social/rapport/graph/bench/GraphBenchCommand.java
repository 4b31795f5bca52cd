package social.rapport.graph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import social.rapport.bench.Latencies;
import social.rapport.graph.SocialGraph;

/**
 * Benchmarks the in-memory graph on a generated heavy-tailed network and, in the same run and on
 * the same graph, the same questions in plain SQL on SQLite and PostgreSQL. Prints one JSON
 * document on stdout; progress goes to stderr.
 */
@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        description = "Benchmark the social graph against plain SQL on SQLite and PostgreSQL.")
public final class GraphBenchCommand implements Callable<Integer> {
    @Option(names = "--members", description = "accounts in the generated graph (default ${DEFAULT-VALUE})")
    int members = 100_000;

    @Option(names = "--avg-degree", description = "target mean connections per account (default ${DEFAULT-VALUE})")
    double avgDegree = 50;

    @Option(names = "--seed", description = "seed for the graph and the workload (default ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--queries", description = "timed queries per question on the graph (default ${DEFAULT-VALUE})")
    int queries = 2_000;

    @Option(names = "--sql-queries", description = "timed queries per question per database (default ${DEFAULT-VALUE})")
    int sqlQueries = 200;

    @Option(
            names = "--sql-budget-seconds",
            description = "stop a SQL question after this much query time (default ${DEFAULT-VALUE})")
    double sqlBudgetSeconds = 60;

    @Option(names = "--pg", description = "PostgreSQL JDBC URL (default ${DEFAULT-VALUE})")
    String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @Option(names = "--no-sql", description = "measure the graph only")
    boolean noSql;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) {
        System.exit(new CommandLine(new GraphBenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ObjectNode out = json.createObjectNode();
        out.put("benchmark", "graph");
        ObjectNode machine = out.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        // The machine is shared with other builds; the load average says how much of it we had.
        machine.put("load_average_at_start", loadAverage());
        ObjectNode parameters = out.putObject("parameters");
        parameters
                .put("members", members)
                .put("avg_degree", avgDegree)
                .put("seed", seed)
                .put("queries", queries)
                .put("sql_queries", sqlQueries)
                .put("sql_budget_seconds", sqlBudgetSeconds)
                .put("tail_exponent", HeavyTailGraph.TAIL_EXPONENT);

        long started = System.nanoTime();
        HeavyTailGraph.Edges edges;
        try (ProgressBar bar = bar("generate", (long) (members * avgDegree))) {
            edges = HeavyTailGraph.generate(members, avgDegree, seed, bar::stepTo);
        }
        long generateMs = millisSince(started);

        started = System.nanoTime();
        SocialGraph graph = SocialGraph.builder()
                .accountCount(members)
                .connectAll(edges.from(), edges.to(), edges.count())
                .build();
        long buildMs = millisSince(started);
        edges = null; // let the edge columns go before measuring the heap

        out.set("graph", describe(graph, generateMs, buildMs));
        System.err.println("graph built; timing the in-memory graph");
        Workload workload = Workload.draw(graph, members, queries, seed);
        GraphTimings graphTimings = GraphTimings.measure(graph, workload, Math.min(queries, 300));
        out.set("rapport_graph", graphTimings.toJson());

        if (noSql) {
            out.put("sql", "skipped: --no-sql");
        } else {
            out.set("sqlite", sqlite(graph, workload, graphTimings));
            out.set("postgresql", postgres(graph, workload, graphTimings));
        }
        machine.put("load_average_at_end", loadAverage());
        System.out.println(json.writeValueAsString(out));
        return 0;
    }

    private ObjectNode describe(SocialGraph graph, long generateMs, long buildMs) {
        int[] degrees = new int[members];
        for (int member = 0; member < members; member++) {
            degrees[member] = graph.connectionCount(member);
        }
        Arrays.sort(degrees);
        long directed = graph.directedConnectionEdges();
        double mean = (double) directed / members;
        int topStart = members - Math.max(1, members / 1000);
        ObjectNode node = json.createObjectNode();
        node.put("members", members);
        node.put("directed_connection_edges", directed);
        node.put("mean_degree", Latencies.round(mean));
        node.put("median_degree", degrees[members / 2]);
        node.put("max_degree", degrees[members - 1]);
        node.put("top_0_1_percent_min_degree", degrees[topStart]);
        node.put("top_0_1_percent_min_over_mean", Latencies.round(degrees[topStart] / mean));
        node.put(
                "members_with_degree_gt_1000",
                Arrays.stream(degrees).filter(d -> d > 1000).count());
        node.put("generate_ms", generateMs);
        node.put("build_ms", buildMs);
        node.put("estimated_bytes", graph.estimatedBytes());
        node.put("bytes_per_directed_edge", Math.round(100.0 * graph.estimatedBytes() / directed) / 100.0);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        node.put("jvm_heap_used_after_gc_bytes", runtime.totalMemory() - runtime.freeMemory());
        return node;
    }

    private ObjectNode sqlite(SocialGraph graph, Workload workload, GraphTimings graphTimings) throws Exception {
        Path dir = Files.createTempDirectory("rapport-graph-bench");
        Path file = dir.resolve("graph.db");
        ObjectNode node = json.createObjectNode();
        node.put(
                "setup",
                "temp file, WAL, synchronous=OFF for the load, 256 MiB page cache;"
                        + " table connections(a, b) with both directions and a unique index on (a, b)");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=OFF");
                statement.execute("PRAGMA cache_size=-262144");
            }
            measureSql(node, new SqlGraph(connection, "connections"), graph, workload, graphTimings);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(dir.resolve("graph.db" + suffix));
            }
            Files.deleteIfExists(dir);
        }
        return node;
    }

    private ObjectNode postgres(SocialGraph graph, Workload workload, GraphTimings graphTimings) throws Exception {
        ObjectNode node = json.createObjectNode();
        Connection connection;
        try {
            DriverManager.setLoginTimeout(5);
            connection = DriverManager.getConnection(pgUrl);
        } catch (SQLException e) {
            node.put("skipped", "PostgreSQL not reachable at " + pgUrl + ": " + e.getMessage());
            System.err.println("skipping PostgreSQL: " + e.getMessage());
            return node;
        }
        String table = "bench_graph_connections_" + Long.toUnsignedString(seed ^ System.nanoTime(), 36);
        node.put(
                "setup",
                "own UNLOGGED table " + table + " (dropped after), loaded with COPY,"
                        + " primary key (a, b) built after the load, then VACUUM ANALYZE");
        try (connection) {
            try (Statement statement = connection.createStatement();
                    java.sql.ResultSet version = statement.executeQuery("SELECT version()")) {
                node.put("server", version.next() ? version.getString(1) : "unknown");
            }
            SqlGraph sql = new SqlGraph(connection, table);
            try {
                measureSql(node, sql, graph, workload, graphTimings);
            } finally {
                sql.drop();
            }
        }
        return node;
    }

    private void measureSql(
            ObjectNode node, SqlGraph sql, SocialGraph graph, Workload workload, GraphTimings graphTimings)
            throws SQLException {
        String name = sql.postgres() ? "postgresql" : "sqlite";
        long started = System.nanoTime();
        try (ProgressBar bar = bar(name + " load", members)) {
            sql.load(members, graph::connections, bar::step);
        }
        node.put("load_ms", millisSince(started));
        System.err.println(name + " loaded; timing queries");
        SqlTimings timings = SqlTimings.measure(sql, graph, workload, sqlQueries, sqlBudgetSeconds, true);
        node.setAll(timings.toJson(graphTimings));
        sql.close();
    }

    private static double loadAverage() {
        return Latencies.round(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setUpdateIntervalMillis(1_000)
                .build();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
