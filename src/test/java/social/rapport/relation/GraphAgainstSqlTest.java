package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;
import social.rapport.relation.connect.InvitationView;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.TestDb;

/**
 * Random follows, connections and blocks applied through the services; then every degree, mutual
 * list and follower list of the live graph (and of a graph rebuilt from the store) is checked
 * against plain SQL over the tables. A failure names its seed; rerun one with -Drapport.seed=N.
 */
@EachDatabase
class GraphAgainstSqlTest {
    static final int ACCOUNTS = 12;
    static final int STEPS = 160;
    static final String EDGES = "WITH c(a, b) AS (SELECT low_id, high_id FROM connections"
            + " UNION ALL SELECT high_id, low_id FROM connections)";
    static final String DEGREE = EDGES + ", f1(id) AS (SELECT b FROM c WHERE a = :v),"
            + " f2(id) AS (SELECT DISTINCT c.b FROM c JOIN f1 ON c.a = f1.id)"
            + " SELECT CASE"
            + "  WHEN EXISTS (SELECT 1 FROM blocks WHERE (blocker_id = :v AND blocked_id = :t)"
            + "               OR (blocker_id = :t AND blocked_id = :v)) THEN 0"
            + "  WHEN EXISTS (SELECT 1 FROM f1 WHERE id = :t) THEN 1"
            + "  WHEN EXISTS (SELECT 1 FROM f2 WHERE id = :t) THEN 2"
            + "  WHEN EXISTS (SELECT 1 FROM c WHERE c.a = :t AND c.b IN (SELECT id FROM f2)) THEN 3"
            + "  ELSE 0 END";
    static final String MUTUALS =
            EDGES + " SELECT x.b FROM c x JOIN c y ON y.b = x.b WHERE x.a = :a AND y.a = :b" + " ORDER BY x.b";
    static final String FOLLOWERS =
            "SELECT follower_id FROM follows WHERE followed_id = :a AND state = 'approved'" + " ORDER BY follower_id";

    TestDb testDb;

    @Test
    void random_worlds_built_through_the_services_match_plain_sql() {
        String fixed = System.getProperty("rapport.seed");
        long[] seeds = fixed != null ? new long[] {Long.parseLong(fixed)} : new long[] {20260302L, 7L, 4242L};
        for (long seed : seeds) {
            try {
                run(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("graph and SQL disagree for seed " + seed + " on " + testDb, e);
            }
        }
    }

    private void run(long seed) {
        Random rnd = new Random(seed);
        RelationLimits open =
                RelationLimits.DEFAULTS.withFollowsPerDay(1_000_000).withInvitations(1_000_000, 1_000_000, 1_000_000);
        try (World w = new World(testDb, open)) {
            int[] ids = new int[ACCOUNTS];
            for (int i = 0; i < ACCOUNTS; i++) {
                ids[i] = w.account("p" + i);
                if (rnd.nextInt(4) == 0) w.lock(ids[i]);
            }
            for (int step = 0; step < STEPS; step++) {
                int a = ids[rnd.nextInt(ACCOUNTS)], b = ids[rnd.nextInt(ACCOUNTS)];
                try {
                    act(w, rnd.nextInt(10), a, b);
                } catch (Problem expected) {
                    assertThat(expected.status())
                            .as("a client mistake is a 4xx")
                            .isBetween(400, 499);
                }
            }
            GraphLoader.Loaded rebuilt = GraphLoader.load(w.db);
            w.db.read(h -> {
                for (int v : ids) {
                    int[] badges = w.m.graph().degrees(v, ids);
                    int[] rebuiltBadges = rebuilt.graph().degrees(v, ids);
                    for (int i = 0; i < ids.length; i++) {
                        int t = ids[i];
                        int sql = v == t
                                ? 0
                                : h.createQuery(DEGREE)
                                        .bind("v", v)
                                        .bind("t", t)
                                        .mapTo(Integer.class)
                                        .one();
                        assertThat(badges[i]).as("degree %d -> %d", v, t).isEqualTo(sql);
                        assertThat(rebuiltBadges[i])
                                .as("rebuilt degree %d -> %d", v, t)
                                .isEqualTo(sql);
                        assertThat(w.m.graph().mutualConnections(v, t))
                                .as("mutuals %d, %d", v, t)
                                .containsExactly(ints(h, MUTUALS, v, t));
                    }
                    assertThat(w.m.graph().followers(v))
                            .as("followers of %d", v)
                            .containsExactly(ints(h, FOLLOWERS, v, 0));
                    assertThat(rebuilt.graph().followers(v)).containsExactly(ints(h, FOLLOWERS, v, 0));
                }
                return null;
            });
        }
    }

    private static int[] ints(Handle h, String sql, int a, int b) {
        var q = h.createQuery(sql).bind("a", a);
        if (sql.contains(":b")) q.bind("b", b);
        return q.mapTo(Integer.class).stream().mapToInt(Integer::intValue).toArray();
    }

    private static void act(World w, int op, int a, int b) {
        RelationServices m = w.m;
        switch (op) {
            case 0, 1 -> m.followAccount().follow(a, b, null);
            case 2 -> m.unfollowAccount().unfollow(a, b);
            case 3, 4, 5 -> {
                InvitationView v = m.sendInvitation().send(a, new SendInvitation.Request(b, "", "other", null));
                if (v.invitation().open())
                    m.acceptInvitation().accept(b, v.invitation().id());
            }
            case 6 -> m.removeConnection().remove(a, b);
            case 7 -> m.blockAccount().block(a, b);
            case 8 -> m.unblockAccount().unblock(a, b);
            default -> {
                List<Integer> asking =
                        new ArrayList<>(Arrays.stream(m.followLists().requests(a, AccountPage.first(80)).stream()
                                        .mapToInt(x -> x.id())
                                        .toArray())
                                .boxed()
                                .toList());
                if (!asking.isEmpty()) m.authorizeFollowRequest().authorize(a, asking.get(0));
            }
        }
    }
}
