package social.rapport.processing.av;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What ffprobe says of a file: its streams and its duration. The demuxer is always named (never
 * guessed by ffprobe) and only local files may be opened, so a file cannot make ffprobe read a
 * playlist, another file or the network.
 */
record Probe(Double durationSeconds, List<Stream> streams) {
    /** One stream; `picture` marks a still attached to a file (a cover), which is no video. */
    record Stream(int index, String type, int width, int height, Double frameRate, boolean picture, Double duration) {
        boolean isVideo() {
            return "video".equals(type) && !picture;
        }

        boolean isAudio() {
            return "audio".equals(type);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int OUTPUT_LIMIT = 1 << 20;

    /** Probes `file` with the demuxer `format`; null when ffprobe cannot read it. */
    static Probe of(Path ffprobe, Path file, String format, Path dir, long deadlineNanos) {
        List<String> command = List.of(
                ffprobe.toString(),
                "-hide_banner",
                "-v",
                "error",
                "-protocol_whitelist",
                "file",
                "-f",
                format,
                "-show_format",
                "-show_streams",
                "-of",
                "json",
                "file:" + file.toAbsolutePath());
        Programs.Result result = Programs.run(command, dir, deadlineNanos, OUTPUT_LIMIT);
        if (!result.ok() || result.outputCut()) return null;
        try {
            return parse(JSON.readTree(result.output()));
        } catch (IOException e) {
            return null;
        }
    }

    static Probe parse(JsonNode root) {
        List<Stream> streams = new ArrayList<>();
        for (JsonNode s : root.path("streams")) {
            streams.add(new Stream(
                    s.path("index").asInt(),
                    s.path("codec_type").asText(""),
                    s.path("width").asInt(0),
                    s.path("height").asInt(0),
                    rate(
                            s.path("avg_frame_rate").asText(""),
                            s.path("r_frame_rate").asText("")),
                    s.path("disposition").path("attached_pic").asInt(0) == 1,
                    number(s.path("duration").asText(""))));
        }
        Double duration = number(root.path("format").path("duration").asText(""));
        if (duration == null) {
            duration = streams.stream()
                    .map(Stream::duration)
                    .filter(d -> d != null)
                    .max(Double::compare)
                    .orElse(null);
        }
        return new Probe(duration, List.copyOf(streams));
    }

    Stream firstVideo() {
        return streams.stream().filter(Stream::isVideo).findFirst().orElse(null);
    }

    Stream firstAudio() {
        return streams.stream().filter(Stream::isAudio).findFirst().orElse(null);
    }

    private static Double rate(String average, String real) {
        Double rate = fraction(average);
        return rate != null ? rate : fraction(real);
    }

    /** "30000/1001" as a number; null for "0/0", garbage or a non-positive rate. */
    private static Double fraction(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) return number(text);
        Double top = number(text.substring(0, slash));
        Double bottom = number(text.substring(slash + 1));
        if (top == null || bottom == null || bottom == 0) return null;
        double value = top / bottom;
        return value > 0 && Double.isFinite(value) ? value : null;
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) && value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
