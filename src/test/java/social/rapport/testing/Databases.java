package social.rapport.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The databases every storage and service test runs on: SQLite always, PostgreSQL when reachable.
 * RAPPORT_TEST_PG names the PostgreSQL server; without it the local default is tried. When CI is set,
 * a PostgreSQL half that would be skipped fails the build instead.
 *
 * Use: {@code @ParameterizedClass @MethodSource("social.rapport.testing.Databases#all")} with a
 * {@code @Parameter TestDb db} field.
 */
public final class Databases {
    static final String DEFAULT_PG = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static volatile List<TestDb> cached;

    private Databases() {}

    public static Stream<TestDb> all() {
        return list().stream();
    }

    /** SQLite alone, without looking for PostgreSQL. */
    public static TestDb sqlite() {
        return new TestDb("sqlite", "jdbc:sqlite:");
    }

    public static synchronized List<TestDb> list() {
        if (cached != null) return cached;
        List<TestDb> out = new ArrayList<>();
        out.add(sqlite());
        String pg = System.getenv("RAPPORT_TEST_PG");
        String url = pg != null && !pg.isBlank() ? pg : DEFAULT_PG;
        String why = reachable(url);
        if (why == null) {
            out.add(new TestDb("postgresql", url));
        } else if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI is set but PostgreSQL is not reachable at " + url + ": " + why
                    + " (set RAPPORT_TEST_PG to a reachable server)");
        } else {
            System.out.println("*** SKIPPING the PostgreSQL half of the suite: no PostgreSQL at " + url + " (" + why
                    + "); set RAPPORT_TEST_PG to run it ***");
        }
        cached = List.copyOf(out);
        return cached;
    }

    private static String reachable(String url) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url)) {
            return c.isValid(3) ? null : "connection not valid";
        } catch (Exception e) {
            return e.getMessage();
        }
    }
}
