package social.rapport.media.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.rapport.processing.av.FfmpegProcessor;

class VideoBenchTest {
    @TempDir
    Path temp;

    @Test
    void the_benchmark_reports_its_figures_and_leaves_nothing_behind() throws IOException {
        assumeTrue(FfmpegProcessor.onPath().available(), "ffmpeg is not installed");

        ObjectNode result = VideoBench.run(temp, 1, 160, 90, 1);

        assertThat(result.path("best_ms").asLong()).isPositive();
        assertThat(result.path("output_size").asText()).isEqualTo("160x90");
        assertThat(result.path("output_bytes").asLong()).isPositive();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }
}
