package social.rapport.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import social.rapport.graph.Seeds;
import social.rapport.graph.SocialGraph;
import social.rapport.graph.SocialGraphBuilder;
import social.rapport.testing.TestDb;

/**
 * Random graphs answered twice: by the in-memory graph and by plain SQL over a connections
 * table on each database. Every degree, badge batch, mutual list, path and suggestion list must
 * agree. Worlds mix uniform graphs with the benchmark's heavy-tailed ones, so the generator's
 * hubs are covered too.
 */
@ParameterizedClass
@MethodSource("social.rapport.testing.Databases#all")
class SqlOracleTest {
    @Parameter
    TestDb database;

    TestDb.Fresh fresh;
    Connection connection;

    @BeforeEach
    void open() throws SQLException {
        fresh = database.fresh();
        connection = DriverManager.getConnection(fresh.url());
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        fresh.close();
    }

    @Test
    void uniform_worlds_agree_with_sql() {
        long base = Seeds.base(17L);
        for (int world = 0; world < 3; world++) {
            Seeds.run(base + world, random -> check(random, uniform(random)));
        }
    }

    @Test
    void heavy_tailed_worlds_agree_with_sql() {
        long base = Seeds.base(29L);
        for (int world = 0; world < 2; world++) {
            long seed = base + world;
            Seeds.run(seed, random -> {
                HeavyTailGraph.Edges edges = HeavyTailGraph.generate(300, 6, seed, done -> {});
                check(
                        random,
                        SocialGraph.builder()
                                .accountCount(edges.members())
                                .connectAll(edges.from(), edges.to(), edges.count())
                                .build());
            });
        }
    }

    private static SocialGraph uniform(Random random) {
        int n = 60 + random.nextInt(120);
        int edges = n * (1 + random.nextInt(3));
        SocialGraphBuilder builder = SocialGraph.builder().accountCount(n);
        for (int i = 0; i < edges; i++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                builder.connect(a, b);
            }
        }
        return builder.build();
    }

    private void check(Random random, SocialGraph graph) {
        int n = Math.max(1, graph.accountCount());
        try (SqlGraph sql = new SqlGraph(connection, "connections")) {
            sql.load(n, graph::connections, () -> {});
            for (int round = 0; round < 25; round++) {
                int viewer = random.nextInt(n);
                int[] candidates = new int[1 + random.nextInt(SocialGraph.MAX_BATCH)];
                for (int i = 0; i < candidates.length; i++) {
                    candidates[i] = random.nextInt(n);
                }
                candidates[0] = viewer;
                assertThat(graph.degrees(viewer, candidates))
                        .as("badges for %d", viewer)
                        .containsExactly(sql.degrees(viewer, candidates));
                int limit = 1 + random.nextInt(25);
                assertThat(graph.friendsOfFriends(viewer, limit))
                        .as("suggestions for %d", viewer)
                        .containsExactly(sql.friendsOfFriends(viewer, limit));
                for (int pair = 0; pair < 4; pair++) {
                    int target = random.nextInt(n);
                    int[] path = graph.path(viewer, target);
                    assertThat(path).as("path %d -> %d", viewer, target).containsExactly(sql.path(viewer, target));
                    int degree = graph.degree(viewer, target);
                    assertThat(path.length)
                            .as("path length matches degree %d", degree)
                            .isEqualTo(viewer == target ? 1 : degree == 0 ? 0 : degree + 1);
                    assertThat(graph.mutualConnections(viewer, target))
                            .containsExactly(sql.mutualConnections(viewer, target));
                }
            }
            sql.drop();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
