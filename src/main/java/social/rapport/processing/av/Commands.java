package social.rapport.processing.av;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ffmpeg argument lists. Every run reads its input with a named demuxer from local files only,
 * keeps only the streams it encodes (no subtitles, data, chapters or attachments), drops all
 * metadata of the input, and writes no version strings (bitexact), so nothing of the upload but
 * its pictures and sound reaches the output.
 */
final class Commands {
    private Commands() {}

    /** The first video stream (and the first audio stream, if any) as H.264 and AAC in an MP4 ready to stream. */
    static List<String> video(
            Path ffmpeg,
            Path input,
            String demuxer,
            Probe.Stream video,
            Probe.Stream audio,
            double maxSeconds,
            int maxSide,
            Path output) {
        List<String> args = start(ffmpeg, input, demuxer);
        args.addAll(List.of("-map", "0:" + video.index()));
        if (audio != null) args.addAll(List.of("-map", "0:" + audio.index()));
        args.addAll(stripped());
        args.addAll(List.of("-t", seconds(maxSeconds)));
        String filter = fit(maxSide) + ",format=yuv420p";
        if (video.frameRate() != null && video.frameRate() > 60) filter += ",fps=60";
        args.addAll(List.of("-vf", filter));
        args.addAll(List.of(
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-crf",
                "23",
                "-maxrate",
                "5M",
                "-bufsize",
                "10M",
                "-pix_fmt",
                "yuv420p"));
        if (audio != null) args.addAll(List.of("-c:a", "aac", "-b:a", "128k"));
        else args.add("-an");
        args.addAll(List.of("-movflags", "+faststart", "-f", "mp4", "file:" + output.toAbsolutePath()));
        return args;
    }

    /** The first audio stream as MP3 with no tags at all. */
    static List<String> audio(
            Path ffmpeg, Path input, String demuxer, Probe.Stream audio, double maxSeconds, Path output) {
        List<String> args = start(ffmpeg, input, demuxer);
        args.addAll(List.of("-map", "0:" + audio.index()));
        args.addAll(stripped());
        args.addAll(List.of("-t", seconds(maxSeconds), "-vn"));
        args.addAll(List.of(
                "-c:a",
                "libmp3lame",
                "-q:a",
                "2",
                "-id3v2_version",
                "0",
                "-write_id3v1",
                "0",
                "-f",
                "mp3",
                "file:" + output.toAbsolutePath()));
        return args;
    }

    /** One frame of a video this processor made, as a JPEG that fits within `side` pixels. */
    static List<String> frame(Path ffmpeg, Path video, double atSeconds, int side, Path output) {
        List<String> args = new ArrayList<>(List.of(
                ffmpeg.toString(),
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-protocol_whitelist",
                "file",
                "-ss",
                seconds(atSeconds),
                "-f",
                "mov",
                "-i",
                "file:" + video.toAbsolutePath()));
        args.addAll(List.of("-map", "0:v:0", "-frames:v", "1"));
        args.addAll(stripped());
        args.addAll(List.of(
                "-vf",
                fit(side),
                "-c:v",
                "mjpeg",
                "-q:v",
                "3",
                "-pix_fmt",
                "yuvj420p",
                "-f",
                "image2",
                "-update",
                "1",
                "file:" + output.toAbsolutePath()));
        return args;
    }

    private static List<String> start(Path ffmpeg, Path input, String demuxer) {
        return new ArrayList<>(List.of(
                ffmpeg.toString(),
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-protocol_whitelist",
                "file",
                "-f",
                demuxer,
                "-i",
                "file:" + input.toAbsolutePath()));
    }

    /** No metadata, chapters, subtitles or data streams of the input; no version strings written. */
    private static List<String> stripped() {
        return List.of(
                "-map_metadata",
                "-1",
                "-map_chapters",
                "-1",
                "-sn",
                "-dn",
                "-fflags",
                "+bitexact",
                "-flags:v",
                "+bitexact",
                "-flags:a",
                "+bitexact");
    }

    /** Scales down (never up) to fit within a square of `side` pixels, keeping the shape, to even sizes. */
    private static String fit(int side) {
        return "scale=w='min(" + side + ",iw)':h='min(" + side + ",ih)'"
                + ":force_original_aspect_ratio=decrease:force_divisible_by=2";
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
