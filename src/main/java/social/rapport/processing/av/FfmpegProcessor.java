package social.rapport.processing.av;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import social.rapport.core.Problem;
import social.rapport.processing.AvProcessor;
import social.rapport.processing.MediaKind;
import social.rapport.processing.Processed;
import social.rapport.processing.Rendition;

/**
 * Video, audio and animated GIFs through ffmpeg: probed first (ffprobe), refused when unreadable,
 * too long, too large or empty of pictures and sound, then re-encoded (H.264 and AAC in MP4, or MP3)
 * with none of the upload's metadata, and a preview frame taken from the result. Each job runs
 * under a deadline, and only a few at once; a refused upload leaves nothing in the work folder.
 */
public final class FfmpegProcessor implements AvProcessor {
    /** Containers that hold sound only; a picture in them is a cover, which is ignored. */
    private static final Set<String> AUDIO_CONTAINERS = Set.of("mp3", "wav", "flac", "m4a");
    /** Pictures this large a side are refused before decoding (eight times a 4K frame's area). */
    static final int MAX_INPUT_SIDE = 8192;

    static final int PREVIEW_SIDE = 640;

    /**
     * Where the programs are (null: not found) and the limits. `maxSide` is the side of the square
     * a video is scaled down to fit.
     */
    public record Settings(
            Path ffmpeg,
            Path ffprobe,
            Duration maxDuration,
            long maxBytes,
            Duration jobTimeout,
            int maxJobs,
            int maxSide) {
        /** ffmpeg and ffprobe from the PATH; 2 minutes, 40 MB, 120 s a job, one job per two cores, 1920 px. */
        public static Settings defaults() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Settings(
                    findOnPath("ffmpeg"),
                    findOnPath("ffprobe"),
                    Duration.ofMinutes(2),
                    40L * 1024 * 1024,
                    Duration.ofSeconds(120),
                    Math.max(1, cores / 2),
                    1920);
        }

        public Settings withPrograms(Path ffmpeg, Path ffprobe) {
            return new Settings(ffmpeg, ffprobe, maxDuration, maxBytes, jobTimeout, maxJobs, maxSide);
        }

        public Settings withMaxDuration(Duration maxDuration) {
            return new Settings(ffmpeg, ffprobe, maxDuration, maxBytes, jobTimeout, maxJobs, maxSide);
        }

        public Settings withMaxBytes(long maxBytes) {
            return new Settings(ffmpeg, ffprobe, maxDuration, maxBytes, jobTimeout, maxJobs, maxSide);
        }

        public Settings withJobTimeout(Duration jobTimeout) {
            return new Settings(ffmpeg, ffprobe, maxDuration, maxBytes, jobTimeout, maxJobs, maxSide);
        }

        public Settings withMaxJobs(int maxJobs) {
            return new Settings(ffmpeg, ffprobe, maxDuration, maxBytes, jobTimeout, maxJobs, maxSide);
        }
    }

    private final Settings settings;
    private final Semaphore jobs;

    public FfmpegProcessor(Settings settings) {
        if (settings.maxJobs() < 1) throw new IllegalArgumentException("maxJobs must be at least 1");
        this.settings = settings;
        this.jobs = new Semaphore(settings.maxJobs(), true);
    }

    /** With the programs found on the PATH and the default limits. */
    public static FfmpegProcessor onPath() {
        return new FfmpegProcessor(Settings.defaults());
    }

    /** The executable named `name` in a folder of the PATH, or null. */
    public static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }

    public Settings settings() {
        return settings;
    }

    /** The permits for jobs at once (for tests that hold them). */
    Semaphore jobs() {
        return jobs;
    }

    @Override
    public boolean available() {
        return runnable(settings.ffmpeg()) && runnable(settings.ffprobe());
    }

    @Override
    public Processed gif(Path upload, Path workDir) {
        return run(upload, workDir, job -> {
            Probe probe = probe(job, upload, Inputs.GIF_DEMUXER);
            Probe.Stream video = probe.firstVideo();
            if (video == null) throw unreadable();
            checkLimits(probe, video);
            return video(job, upload, Inputs.GIF_DEMUXER, video, null, MediaKind.GIFV);
        });
    }

    @Override
    public Processed av(Path upload, String sniffed, Path workDir) {
        String demuxer = Inputs.demuxer(sniffed);
        if (demuxer == null) throw Problem.invalid("file", "is not a video or audio format this server reads");
        boolean soundOnly = AUDIO_CONTAINERS.contains(sniffed.toLowerCase(Locale.ROOT));
        return run(upload, workDir, job -> {
            Probe probe = probe(job, upload, demuxer);
            Probe.Stream video = soundOnly ? null : probe.firstVideo();
            Probe.Stream audio = probe.firstAudio();
            if (video == null && audio == null) throw Problem.invalid("file", "has neither pictures nor sound");
            checkLimits(probe, video);
            return video != null
                    ? video(job, upload, demuxer, video, audio, MediaKind.VIDEO)
                    : audio(job, upload, demuxer, audio);
        });
    }

    private interface Work {
        Processed run(Job job);
    }

    private Processed run(Path upload, Path workDir, Work work) {
        if (!available()) {
            throw Problem.invalid(
                    "file", "video and audio cannot be processed on this server (ffmpeg is not installed)");
        }
        long size = size(upload);
        if (size > settings.maxBytes()) {
            throw Problem.invalid("file", "is larger than " + Limits.bytes(settings.maxBytes()));
        }
        if (Inputs.looksLikePlaylist(upload)) throw Problem.invalid("file", "is a playlist, not a media file");
        if (size == 0 || Inputs.looksLikeText(upload)) throw unreadable();
        acquire();
        Job job = new Job(workDir, System.nanoTime() + settings.jobTimeout().toNanos());
        try {
            return work.run(job);
        } catch (Programs.TimedOut e) {
            job.discard();
            throw Problem.invalid("file", "took too long to process");
        } catch (RuntimeException | Error e) {
            job.discard();
            throw e;
        } finally {
            jobs.release();
        }
    }

    private Processed video(
            Job job, Path upload, String demuxer, Probe.Stream video, Probe.Stream audio, MediaKind kind) {
        Path out = job.file(".mp4");
        double limit = settings.maxDuration().toMillis() / 1000.0;
        job.ffmpeg(
                Commands.video(settings.ffmpeg(), upload, demuxer, video, audio, limit + 1, settings.maxSide(), out));
        Probe made = probe(job, out, "mov");
        Probe.Stream picture = made.firstVideo();
        if (picture == null) throw unreadable();
        checkDuration(made.durationSeconds());
        Rendition original = new Rendition(out, "video/mp4", "mp4", picture.width(), picture.height(), size(out));
        Path jpeg = job.file(".jpg");
        Previews.Preview frame = preview(job, out, made.durationSeconds(), jpeg);
        if (frame == null) {
            job.delete(jpeg);
            return new Processed(kind, original, null, null, made.durationSeconds(), picture.frameRate());
        }
        Rendition small = new Rendition(jpeg, "image/jpeg", "jpg", frame.width(), frame.height(), size(jpeg));
        return new Processed(kind, original, small, frame.blurhash(), made.durationSeconds(), picture.frameRate());
    }

    private Processed audio(Job job, Path upload, String demuxer, Probe.Stream audio) {
        Path out = job.file(".mp3");
        double limit = settings.maxDuration().toMillis() / 1000.0;
        job.ffmpeg(Commands.audio(settings.ffmpeg(), upload, demuxer, audio, limit + 1, out));
        Probe made = probe(job, out, "mp3");
        if (made.firstAudio() == null) throw unreadable();
        checkDuration(made.durationSeconds());
        Rendition original = new Rendition(out, "audio/mpeg", "mp3", 0, 0, size(out));
        return new Processed(MediaKind.AUDIO, original, null, null, made.durationSeconds(), null);
    }

    /** A frame a second in (the very first is often black), or the first when that fails. */
    private Previews.Preview preview(Job job, Path video, Double duration, Path jpeg) {
        double at = duration != null && duration >= 2 ? 1.0 : 0.0;
        for (double seconds : at > 0 ? new double[] {at, 0.0} : new double[] {0.0}) {
            Programs.Result result = job.attempt(Commands.frame(settings.ffmpeg(), video, seconds, PREVIEW_SIDE, jpeg));
            if (result.ok() && size(jpeg) > 0) {
                Previews.Preview frame = Previews.of(jpeg);
                if (frame != null) return frame;
            }
        }
        return null;
    }

    private Probe probe(Job job, Path file, String demuxer) {
        Probe probe = Probe.of(settings.ffprobe(), file, demuxer, job.dir, job.deadline);
        if (probe == null) throw unreadable();
        return probe;
    }

    private void checkLimits(Probe probe, Probe.Stream video) {
        checkDuration(probe.durationSeconds());
        if (video != null && (video.width() > MAX_INPUT_SIDE || video.height() > MAX_INPUT_SIDE)) {
            throw Problem.invalid("file", "is larger than " + MAX_INPUT_SIDE + " pixels a side");
        }
    }

    /** Checked on the upload's word first, then on what was made (which `-t` bounds), for uploads that lie. */
    private void checkDuration(Double seconds) {
        if (seconds != null && seconds * 1000 > settings.maxDuration().toMillis() + 500) {
            throw Problem.invalid("file", "is longer than " + Limits.duration(settings.maxDuration()));
        }
    }

    private void acquire() {
        try {
            if (!jobs.tryAcquire(settings.jobTimeout().toMillis(), TimeUnit.MILLISECONDS)) throw Problem.busy(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.busy(10);
        }
    }

    static Problem unreadable() {
        return Problem.invalid("file", "is not a video or audio file that can be read");
    }

    private static boolean runnable(Path program) {
        return program != null && Files.isRegularFile(program) && Files.isExecutable(program);
    }

    static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
