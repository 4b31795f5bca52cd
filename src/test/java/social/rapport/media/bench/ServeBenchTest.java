package social.rapport.media.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serving part of the media bench answers every request it counts, for each address; no timing is checked. */
class ServeBenchTest {
    @TempDir
    Path temp;

    @Test
    void every_address_is_served_without_a_failure() throws Exception {
        ObjectNode result = ServeBench.run(temp, 2, 1, 1);

        assertThat(result.path("signed_address").asText()).contains("sig=");
        assertThat(result.path("stable_address").asText()).doesNotContain("sig=");
        for (String phase : new String[] {"health", "stable", "signed"}) {
            assertThat(result.path(phase).path("failures").asLong()).as(phase).isZero();
            assertThat(result.path(phase).path("n").asLong()).as(phase).isPositive();
            assertThat(result.path(phase).path("connections_opened").asLong())
                    .as(phase)
                    .isEqualTo(2);
        }
        long photo = result.path("stable").path("bytes_per_response").asLong();
        assertThat(photo).isGreaterThan(10_000);
        assertThat(result.path("signed").path("bytes_per_response").asLong()).isEqualTo(photo);
    }
}
