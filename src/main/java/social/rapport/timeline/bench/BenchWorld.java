package social.rapport.timeline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import social.rapport.status.PostText;
import social.rapport.store.Dialect;

/**
 * A seeded world written straight into the store in bulk: members, heavy-tailed follows (a few
 * accounts followed by many, most following a few, a share following 100 to 1,000), some
 * connections, and posts with a mix of audiences, authors skewed towards the popular.
 *
 * <p>The rows are the ones the services write (same columns, same text and HTML as a post made
 * through the API, a `mentioned` post naming its audience in its text), so a server started on the
 * store loads it the normal way. Only the way of writing differs: one connection, big transactions,
 * PostgreSQL's COPY or SQLite's multi-row INSERTs, and the secondary indexes of the big tables
 * dropped during the load and created again, with the same definitions, afterwards.
 */
final class BenchWorld {
    private static final String[] AUDIENCES = {
        "public",
        "public",
        "public",
        "public",
        "public",
        "public",
        "unlisted",
        "followers",
        "followers",
        "connections",
        "mentioned"
    };
    private static final List<String> BIG_TABLES = List.of("follows", "connections", "statuses", "status_mentions");

    final int members;
    final long posts;
    final List<Integer> viewers = new ArrayList<>();
    final Map<String, Double> seconds = new LinkedHashMap<>();
    long follows;
    long connections;

    BenchWorld(int members, long posts) {
        this.members = members;
        this.posts = posts;
    }

    /** Draws a popular account: low ids are followed (and post) far more often. */
    private int popular(Random r, double skew) {
        return 1 + (int) Math.min(members - 1, Math.floor(members * Math.pow(r.nextDouble(), skew)));
    }

    /** Writes the world into a migrated, empty store. `baseUrl` is the server's, for mention links. */
    void write(String jdbcUrl, long seed, long startMillis, String baseUrl) throws SQLException {
        Dialect dialect = Dialect.of(jdbcUrl);
        Random r = new Random(seed);
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            prepare(c, dialect);
            Map<String, String> indexes = dropSecondaryIndexes(c, dialect);
            c.setAutoCommit(false);
            long t = System.nanoTime();
            try (BulkRows b = BulkRows.open(
                    c,
                    dialect,
                    "accounts",
                    "id, handle, handle_lower, email, email_lower, password_hash, created_at, updated_at")) {
                for (int i = 1; i <= members; i++) {
                    String h = "m" + i;
                    String e = h + "@bench.example";
                    b.row(i, h, h, e, e, "bench", startMillis, startMillis);
                }
            }
            if (dialect == Dialect.POSTGRES) {
                exec(c, "SELECT setval(pg_get_serial_sequence('accounts', 'id'), " + members + ")");
            }
            c.commit();
            lap("accounts", t);

            t = System.nanoTime();
            try (BulkRows f = BulkRows.open(c, dialect, "follows", "follower_id, followed_id, state, created_at")) {
                for (int a = 1; a <= members; a++) {
                    int want = r.nextInt(10) < 3 ? 100 + r.nextInt(901) : 5 + r.nextInt(60);
                    want = Math.min(want, members - 1);
                    Set<Integer> chosen = new HashSet<>();
                    while (chosen.size() < want) {
                        int b2 = popular(r, 2.5);
                        if (b2 != a) chosen.add(b2);
                    }
                    if (want >= 100) viewers.add(a);
                    int[] sorted = chosen.stream().mapToInt(Integer::intValue).toArray();
                    Arrays.sort(sorted);
                    for (int b2 : sorted) f.row(a, b2, "approved", startMillis);
                }
                follows = f.rows;
            }
            c.commit();
            lap("follows", t);

            t = System.nanoTime();
            try (BulkRows k = BulkRows.open(c, dialect, "connections", "low_id, high_id, created_at")) {
                Set<Long> pairs = new HashSet<>();
                for (int a = 1; a <= members; a++) {
                    for (int n = 0; n < 3; n++) {
                        int b2 = 1 + r.nextInt(members);
                        if (b2 == a) continue;
                        int lo = Math.min(a, b2);
                        int hi = Math.max(a, b2);
                        if (pairs.add(((long) lo << 32) | hi)) k.row(lo, hi, startMillis);
                    }
                }
                connections = k.rows;
            }
            c.commit();
            lap("connections", t);

            t = System.nanoTime();
            writePosts(c, dialect, r, startMillis, baseUrl);
            lap("posts", t);

            t = System.nanoTime();
            c.setAutoCommit(true);
            for (String ddl : indexes.values()) exec(c, ddl);
            lap("indexes", t);
            t = System.nanoTime();
            finish(c, dialect);
            lap("analyze", t);
        }
    }

    private void lap(String what, long since) {
        seconds.put(what, (System.nanoTime() - since) / 1e9);
    }

    private void writePosts(Connection c, Dialect dialect, Random r, long startMillis, String baseUrl)
            throws SQLException {
        final long chunk = 1_000_000;
        for (long from = 0; from < posts; from += chunk) {
            long to = Math.min(posts, from + chunk);
            List<long[]> mentions = new ArrayList<>();
            try (BulkRows p = BulkRows.open(
                    c,
                    dialect,
                    "statuses",
                    "id, account_id, kind, source, html, audience," + " reply_policy, created_at")) {
                for (long i = from; i < to; i++) {
                    long t = startMillis + i;
                    long id = t << 16;
                    int author = popular(r, 1.6);
                    String audience = AUDIENCES[r.nextInt(AUDIENCES.length)];
                    String source;
                    String html;
                    if (audience.equals("mentioned")) {
                        int named = 1 + r.nextInt(members);
                        String handle = "m" + named;
                        source = "@" + handle + " post " + i;
                        html = PostText.html(source, Map.of(handle, handle), baseUrl);
                        mentions.add(new long[] {id, named});
                    } else {
                        source = "post " + i + " by m" + author;
                        // Plain words and digits: the composer's HTML is the text in a paragraph, checked now and then.
                        html = "<p>" + source + "</p>";
                        if (i % 10_000 == 0 && !html.equals(PostText.html(source, Map.of(), baseUrl))) {
                            throw new IllegalStateException("post HTML differs from the composer's: " + html);
                        }
                    }
                    p.row(id, author, "note", source, html, audience, "everyone", t);
                }
            }
            try (BulkRows m = BulkRows.open(c, dialect, "status_mentions", "status_id, account_id")) {
                for (long[] x : mentions) m.row(x[0], (int) x[1]);
            }
            c.commit();
        }
    }

    private static void prepare(Connection c, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            // The load runs alone on a fresh file; durability of each step does not matter until the end.
            exec(c, "PRAGMA synchronous = OFF");
            exec(c, "PRAGMA cache_size = -1000000");
            exec(c, "PRAGMA temp_store = MEMORY");
            exec(c, "PRAGMA foreign_keys = ON");
        } else {
            exec(c, "SET synchronous_commit = off");
            // The rows are consistent by construction; skipping the per-row foreign-key triggers during
            // the load (a superuser setting, tried and skipped otherwise) makes COPY several times faster.
            try {
                exec(c, "SET session_replication_role = replica");
            } catch (SQLException notSuperuser) {
                // keeps the checks
            }
            exec(c, "SET maintenance_work_mem = '512MB'");
        }
    }

    private static void finish(Connection c, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            exec(c, "PRAGMA wal_checkpoint(TRUNCATE)");
        } else {
            // What autovacuum would do shortly after such a load anyway: give the planner statistics.
            for (String t : BIG_TABLES) exec(c, "ANALYZE " + t);
            exec(c, "ANALYZE accounts");
        }
    }

    /** Drops the big tables' secondary indexes (not the keys) and answers their definitions to recreate. */
    private static Map<String, String> dropSecondaryIndexes(Connection c, Dialect dialect) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : BIG_TABLES) {
            String q = dialect == Dialect.SQLITE
                    ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = '"
                            + table + "' ORDER BY name"
                    : "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = '"
                            + table + "' AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname";
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(q)) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
        }
        for (String name : out.keySet()) exec(c, "DROP INDEX " + name);
        return out;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
