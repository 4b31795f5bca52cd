package social.rapport.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `rapport bench privacy --checks N`: runs the privacy oracle for longer than the test suite does.
 * The oracle is test code (kept apart from production on purpose), so this loads it from the
 * compiled test classes of the build.
 */
@Command(
        name = "privacy",
        mixinStandardHelpOptions = true,
        description = "Run the privacy oracle (random worlds checked against a model of the audience rules).")
public final class PrivacyBenchCommand implements Callable<Integer> {
    @Option(names = "--checks", description = "Checks to make at least (default ${DEFAULT-VALUE}).")
    long checks = 1_000_000;

    @Option(names = "--seed", description = "First world's seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--db", description = "sqlite or postgresql (default ${DEFAULT-VALUE}).")
    String db = "sqlite";

    @Option(names = "--pg-url", description = "PostgreSQL for --db postgresql (default ${DEFAULT-VALUE}).")
    String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @Option(names = "--people", description = "People per world (default ${DEFAULT-VALUE}).")
    int people = 24;

    @Option(names = "--posts", description = "Posts and reblogs per world (default ${DEFAULT-VALUE}).")
    int posts = 260;

    @Option(names = "--test-classes", description = "Compiled test classes (default ${DEFAULT-VALUE}).")
    Path testClasses = Path.of("target", "test-classes");

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(testClasses.resolve("social/rapport/oracle"))) {
            System.err.println("The oracle's classes are not built: run ./mvnw -q test-compile first (looked in "
                    + testClasses.toAbsolutePath() + ").");
            return 2;
        }
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {testClasses.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> testDb = loader.loadClass("social.rapport.testing.TestDb");
            Object database = testDb.getConstructor(String.class, String.class)
                    .newInstance(db, db.equals("postgresql") ? pgUrl : "jdbc:sqlite:");
            Class<?> oracle = loader.loadClass("social.rapport.oracle.PrivacyOracle");
            Constructor<?> make = oracle.getConstructor(testDb, int.class, int.class, double.class);
            Object run = make.newInstance(database, people, posts, 0.03);
            Method go = oracle.getMethod("run", long.class, long.class);
            Object result = go.invoke(run, seed, checks);
            Object summary = result.getClass().getMethod("summary").invoke(result);
            System.out.println(summary + " on " + db);
            java.util.List<?> mismatches = (java.util.List<?>)
                    result.getClass().getMethod("mismatches").invoke(result);
            if (!mismatches.isEmpty()) {
                System.out.println("first mismatch: " + mismatches.get(0));
                System.out.println("smallest story:\n"
                        + result.getClass().getMethod("story").invoke(result));
                return 1;
            }
            return 0;
        }
    }
}
