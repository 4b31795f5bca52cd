package social.rapport.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import social.rapport.testing.TestDb;

/**
 * The privacy oracle on each database: at least 200,000 checks of every read path, media addresses
 * included, for every viewer, against the model: two worlds from the default seed, the second on an
 * instance where visitors see no profiles. Set -Doracle.checks and -Doracle.seed to run it longer or
 * elsewhere.
 */
@ParameterizedClass
@MethodSource("social.rapport.testing.Databases#all")
class PrivacyOracleTest {
    @Parameter
    TestDb testDb;

    @Test
    void every_read_path_shows_each_viewer_exactly_what_the_model_allows() {
        long seed = Long.getLong("oracle.seed", 42L);
        long checks = Long.getLong("oracle.checks", 200_000L);
        PrivacyOracle.Result r = new PrivacyOracle(testDb, 24, 260, 0.03).run(seed, checks);
        System.out.println(r.summary() + " on " + testDb);
        if (!r.mismatches().isEmpty()) {
            System.out.println("first mismatches (seed " + r.seed() + "):\n  "
                    + String.join(
                            "\n  ",
                            r.mismatches()
                                    .subList(0, Math.min(10, r.mismatches().size()))));
            System.out.println("smallest story (seed " + r.seed() + "):\n" + r.story());
        }
        assertThat(r.mismatches())
                .as("seed %d, smallest story:%n%s", r.seed(), r.story())
                .isEmpty();
        assertThat(r.checks()).isGreaterThanOrEqualTo(checks);
    }
}
