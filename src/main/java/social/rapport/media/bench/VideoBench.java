package social.rapport.media.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import social.rapport.processing.Processed;
import social.rapport.processing.av.FfmpegProcessor;

/**
 * How long the ffmpeg processor takes over a video: a clip of moving test pictures with a tone is
 * made by ffmpeg itself, then processed as an upload (probe, H.264/AAC, preview frame, blurhash)
 * a few times. A part of a benchmark command; it prints nothing.
 */
public final class VideoBench {
    private VideoBench() {}

    /** A 10-second 1280×720 clip at 30 frames a second, processed three times. */
    public static ObjectNode run(Path workDir) {
        return run(workDir, 10, 1280, 720, 3);
    }

    public static ObjectNode run(Path workDir, int seconds, int width, int height, int rounds) {
        FfmpegProcessor processor = FfmpegProcessor.onPath();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("clip", String.format(Locale.ROOT, "%ds %dx%d 30fps H.264+AAC", seconds, width, height));
        if (!processor.available()) {
            out.put("skipped", "ffmpeg is not installed");
            return out;
        }
        Path clip = workDir.resolve("bench-clip.mp4");
        make(processor, clip, seconds, width, height);
        out.put("input_bytes", size(clip));
        long best = Long.MAX_VALUE;
        long total = 0;
        Processed last = null;
        for (int i = 0; i < rounds; i++) {
            if (last != null) delete(last);
            long start = System.nanoTime();
            last = processor.av(clip, "mp4", workDir);
            long took = System.nanoTime() - start;
            best = Math.min(best, took);
            total += took;
        }
        out.put("rounds", rounds);
        out.put("best_ms", TimeUnit.NANOSECONDS.toMillis(best));
        out.put("mean_ms", TimeUnit.NANOSECONDS.toMillis(total / rounds));
        out.put("times_realtime", Math.round(seconds * 1e9 / best * 100) / 100.0);
        out.put("output_bytes", last.original().size());
        out.put("output_size", last.original().width() + "x" + last.original().height());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        delete(last);
        delete(clip);
        return out;
    }

    private static void make(FfmpegProcessor processor, Path clip, int seconds, int width, int height) {
        List<String> command = List.of(
                processor.settings().ffmpeg().toString(),
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "testsrc2=duration=" + seconds + ":size=" + width + "x" + height + ":rate=30",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:duration=" + seconds,
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-c:a",
                "aac",
                clip.toString());
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (process.waitFor() != 0) throw new IllegalStateException("ffmpeg could not make the clip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Processed processed) {
        delete(processed.original().file());
        if (processed.small() != null) delete(processed.small().file());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
