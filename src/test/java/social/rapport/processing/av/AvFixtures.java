package social.rapport.processing.av;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the ffmpeg tests share: the processor (the tests are skipped where ffmpeg is missing), and
 * ffmpeg and ffprobe run directly, to make inputs and to look at outputs independently.
 */
final class AvFixtures {
    private AvFixtures() {}

    static FfmpegProcessor.Settings settings() {
        FfmpegProcessor.Settings settings = FfmpegProcessor.Settings.defaults();
        assumeTrue(
                new FfmpegProcessor(settings).available(),
                "ffmpeg and ffprobe are not installed (the CI script installs them)");
        return settings;
    }

    static FfmpegProcessor processor() {
        return new FfmpegProcessor(settings());
    }

    /**
     * Runs ffmpeg in `dir` with these arguments (split at spaces) to make a test input; fails the
     * test if it fails.
     */
    static Path make(Path dir, String name, String args) {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(
                FfmpegProcessor.findOnPath("ffmpeg").toString(),
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y"));
        command.addAll(List.of(args.trim().split(" +")));
        command.add(out.toString());
        Programs.Result result = Programs.run(command, dir, farAhead(), 0);
        assertThat(result.exitCode()).as(result.errors()).isZero();
        return out;
    }

    /** ffprobe's full account of a file (format, streams, chapters, tags), read on its own. */
    static JsonNode probe(Path file) {
        List<String> command = List.of(
                FfmpegProcessor.findOnPath("ffprobe").toString(),
                "-v",
                "error",
                "-show_format",
                "-show_streams",
                "-show_chapters",
                "-of",
                "json",
                file.toString());
        Programs.Result result = Programs.run(command, file.getParent(), farAhead(), 1 << 22);
        assertThat(result.exitCode()).as(result.errors()).isZero();
        try {
            return new ObjectMapper().readTree(result.output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean containsBytes(Path file, String text) {
        byte[] haystack = read(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> all = Files.list(dir)) {
            return all.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dir(Path parent, String name) {
        try {
            return Files.createDirectories(parent.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long farAhead() {
        return System.nanoTime() + 600_000_000_000L;
    }
}
