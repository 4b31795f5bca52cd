package social.rapport.graph.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The same graph questions asked in plain SQL of a connections(a, b) table holding both
 * directions with a primary-key index: what a typical application would run instead of an
 * in-memory graph. The benchmark uses it as its baseline and the tests as their oracle, so both
 * agree on exactly which SQL is meant. Works on SQLite and PostgreSQL.
 */
public final class SqlGraph implements AutoCloseable {
    private final Connection connection;
    private final String table;
    private final boolean postgres;
    private final Map<Integer, PreparedStatement> badgeStatements = new HashMap<>();
    private PreparedStatement mutuals;
    private PreparedStatement suggestions;

    /** The table name is trusted (chosen by the caller, never user input). */
    public SqlGraph(Connection connection, String table) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    public boolean postgres() {
        return postgres;
    }

    /**
     * Creates the table and loads every directed edge, adjacency(account) giving each account's
     * sorted connections. The index is built after the load, as a bulk import would.
     */
    public void load(int accounts, IntFunction<int[]> adjacency, Runnable onAccountDone) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            // UNLOGGED only spares PostgreSQL writing the load to its WAL; reads are unaffected.
            statement.execute("CREATE " + (postgres ? "UNLOGGED " : "") + "TABLE " + table
                    + " (a INTEGER NOT NULL, b INTEGER NOT NULL)");
        }
        if (postgres) {
            copyIntoPostgres(accounts, adjacency, onAccountDone);
        } else {
            insertIntoSqlite(accounts, adjacency, onAccountDone);
        }
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("SET maintenance_work_mem = '1GB'");
                statement.execute("ALTER TABLE " + table + " ADD PRIMARY KEY (a, b)");
                // Sets the visibility map so reads are index-only, as on a settled table.
                statement.execute("VACUUM ANALYZE " + table);
            } else {
                statement.execute("CREATE UNIQUE INDEX " + table + "_ab ON " + table + " (a, b)");
                statement.execute("ANALYZE");
            }
        }
    }

    private void insertIntoSqlite(int accounts, IntFunction<int[]> adjacency, Runnable onAccountDone)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (a, b) VALUES (?, ?)")) {
            for (int account = 0; account < accounts; account++) {
                for (int other : adjacency.apply(account)) {
                    insert.setInt(1, account);
                    insert.setInt(2, other);
                    insert.addBatch();
                }
                insert.executeBatch();
                onAccountDone.run();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void copyIntoPostgres(int accounts, IntFunction<int[]> adjacency, Runnable onAccountDone)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (a, b) FROM STDIN");
        StringBuilder rows = new StringBuilder(1 << 20);
        for (int account = 0; account < accounts; account++) {
            for (int other : adjacency.apply(account)) {
                rows.append(account).append('\t').append(other).append('\n');
            }
            if (rows.length() > (1 << 20) - 4096) {
                byte[] bytes = rows.toString().getBytes(StandardCharsets.US_ASCII);
                copy.writeToCopy(bytes, 0, bytes.length);
                rows.setLength(0);
            }
            onAccountDone.run();
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.US_ASCII);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
    }

    public void drop() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    /**
     * Distance badges for a page of candidates in one statement: the viewer's connections (f1)
     * and their connections (f2), then per candidate 1, 2, 3 (a connection of the candidate is
     * in f2) or 0. The viewer themself gets 0, as in the graph.
     */
    public int[] degrees(int viewer, int[] candidates) throws SQLException {
        if (candidates.length == 0) {
            return new int[0];
        }
        PreparedStatement statement = badgeStatements.computeIfAbsent(candidates.length, this::prepareBadges);
        int index = 1;
        for (int candidate : candidates) {
            statement.setInt(index++, candidate);
        }
        statement.setInt(index++, viewer);
        statement.setInt(index, viewer);
        Map<Integer, Integer> byCandidate = new HashMap<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                byCandidate.put(rows.getInt(1), rows.getInt(2));
            }
        }
        int[] result = new int[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            result[i] = byCandidate.get(candidates[i]);
        }
        return result;
    }

    private PreparedStatement prepareBadges(int count) {
        String values = String.join(", ", java.util.Collections.nCopies(count, "(?)"));
        String sql = "WITH candidate(id) AS (VALUES " + values + "),"
                + " f1(id) AS (SELECT b FROM " + table + " WHERE a = ?),"
                + " f2(id) AS (SELECT DISTINCT c.b FROM " + table + " c JOIN f1 ON c.a = f1.id)"
                + " SELECT candidate.id, CASE"
                + "  WHEN candidate.id = ? THEN 0"
                + "  WHEN candidate.id IN (SELECT id FROM f1) THEN 1"
                + "  WHEN candidate.id IN (SELECT id FROM f2) THEN 2"
                + "  WHEN EXISTS (SELECT 1 FROM " + table + " c WHERE c.a = candidate.id"
                + "               AND c.b IN (SELECT id FROM f2)) THEN 3"
                + "  ELSE 0 END"
                + " FROM candidate";
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the badge query", e);
        }
    }

    public int[] mutualConnections(int a, int b) throws SQLException {
        if (mutuals == null) {
            mutuals = connection.prepareStatement("SELECT x.b FROM " + table + " x JOIN " + table
                    + " y ON y.b = x.b WHERE x.a = ? AND y.a = ? ORDER BY x.b");
        }
        mutuals.setInt(1, a);
        mutuals.setInt(2, b);
        return ints(mutuals, 1);
    }

    /** Friends of friends by mutual count, then id; never the viewer or a connection. */
    public int[] friendsOfFriends(int viewer, int limit) throws SQLException {
        if (suggestions == null) {
            suggestions = connection.prepareStatement("SELECT f2.b, COUNT(*) AS mutual"
                    + " FROM " + table + " f1 JOIN " + table + " f2 ON f2.a = f1.b"
                    + " WHERE f1.a = ? AND f2.b <> ?"
                    + " AND NOT EXISTS (SELECT 1 FROM " + table + " d WHERE d.a = ? AND d.b = f2.b)"
                    + " GROUP BY f2.b ORDER BY mutual DESC, f2.b LIMIT ?");
        }
        suggestions.setInt(1, viewer);
        suggestions.setInt(2, viewer);
        suggestions.setInt(3, viewer);
        suggestions.setInt(4, limit);
        return ints(suggestions, 1);
    }

    /** The lowest-id shortest path of up to three hops, [viewer] for oneself, empty when none. */
    public int[] path(int viewer, int target) throws SQLException {
        if (viewer == target) {
            return new int[] {viewer};
        }
        String one = "SELECT b FROM " + table + " WHERE a = ? AND b = ?";
        if (query(one, viewer, target).length > 0) {
            return new int[] {viewer, target};
        }
        String two = "SELECT x.b FROM " + table + " x JOIN " + table + " y ON y.a = x.b"
                + " WHERE x.a = ? AND y.b = ? ORDER BY x.b LIMIT 1";
        int[] via = query(two, viewer, target);
        if (via.length > 0) {
            return new int[] {viewer, via[0], target};
        }
        // With no shorter path, every three-hop walk is a simple path, so no distinctness test.
        String three = "SELECT x.b, y.b FROM " + table + " x JOIN " + table + " y ON y.a = x.b"
                + " JOIN " + table + " z ON z.a = y.b WHERE x.a = ? AND z.b = ?"
                + " ORDER BY x.b, y.b LIMIT 1";
        try (PreparedStatement statement = connection.prepareStatement(three)) {
            statement.setInt(1, viewer);
            statement.setInt(2, target);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new int[] {viewer, rows.getInt(1), rows.getInt(2), target} : new int[0];
            }
        }
    }

    private int[] query(String sql, int first, int second) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, first);
            statement.setInt(2, second);
            return ints(statement, 1);
        }
    }

    private static int[] ints(PreparedStatement statement, int column) throws SQLException {
        int[] out = new int[16];
        int count = 0;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = rows.getInt(column);
            }
        }
        return Arrays.copyOf(out, count);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : badgeStatements.values()) {
            statement.close();
        }
        if (mutuals != null) {
            mutuals.close();
        }
        if (suggestions != null) {
            suggestions.close();
        }
    }
}
