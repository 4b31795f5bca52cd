package social.rapport.processing.av;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static social.rapport.processing.av.AvFixtures.dir;
import static social.rapport.processing.av.AvFixtures.files;
import static social.rapport.processing.av.AvFixtures.make;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.rapport.core.Problem;

/** Every refusal is a 422 on the field "file" and leaves the work folder as it found it. */
class FfmpegRefusalTest {
    @TempDir
    Path temp;

    @Test
    void a_video_longer_than_the_limit_is_refused() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(temp, "long.mp4", "-f lavfi -i color=size=32x32:rate=1:duration=180 -c:v libx264");

        assertRefused(() -> processor.av(upload, "mp4", work()), "is longer than 2 minutes");
    }

    @Test
    void a_video_whose_header_tells_no_duration_is_refused_once_it_runs_too_long() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(
                temp,
                "live.webm",
                "-f lavfi -i color=size=32x32:rate=1:duration=180 -c:v libvpx-vp9 -deadline realtime -live 1");

        assertRefused(() -> processor.av(upload, "webm", work()), "is longer than 2 minutes");
    }

    @Test
    void a_text_file_that_claims_to_be_a_video_is_refused() throws IOException {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = Files.writeString(temp.resolve("fake.mp4"), "hello, this is not a video\n");

        assertRefused(() -> processor.av(upload, "mp4", work()), "is not a video or audio file that can be read");
    }

    @Test
    void a_truncated_mp4_is_refused() throws IOException {
        FfmpegProcessor processor = AvFixtures.processor();
        Path whole = make(temp, "whole.mp4", "-f lavfi -i testsrc=duration=2:size=160x120:rate=10");
        byte[] bytes = Files.readAllBytes(whole);
        Path upload = Files.write(temp.resolve("cut.mp4"), Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(() -> processor.av(upload, "mp4", work()), "is not a video or audio file that can be read");
    }

    @Test
    void a_playlist_is_refused_and_what_it_names_is_never_read() throws IOException {
        FfmpegProcessor processor = AvFixtures.processor();
        Path elsewhere = dir(temp, "elsewhere");
        Path named = make(elsewhere, "private.mp4", "-f lavfi -i testsrc=duration=1:size=64x64:rate=5");
        Path hls = Files.writeString(
                temp.resolve("list.mp4"),
                "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile://" + named + "\n#EXT-X-ENDLIST\n");
        Path concat = Files.writeString(temp.resolve("concat.mp4"), "ffconcat version 1.0\nfile '" + named + "'\n");
        byte[] mp4Head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        Path disguised = temp.resolve("disguised.mp4");
        Files.write(disguised, mp4Head);
        Files.writeString(disguised, "\n#EXTM3U\n#EXTINF:1,\n" + named + "\n", StandardOpenOption.APPEND);

        assertRefused(() -> processor.av(hls, "mp4", work()), "is a playlist, not a media file");
        assertRefused(() -> processor.av(concat, "mp4", work()), "is a playlist, not a media file");
        assertRefused(() -> processor.av(disguised, "webm", work()), "is a playlist, not a media file");
        // Were the content check gone, the named demuxer still reads a playlist as no video at all.
        assertThat(Probe.of(AvFixtures.settings().ffprobe(), hls, "mov", work(), AvFixtures.farAhead()))
                .isNull();
        assertThat(Probe.of(AvFixtures.settings().ffprobe(), disguised, "mov", work(), AvFixtures.farAhead()))
                .satisfiesAnyOf(
                        p -> assertThat(p).isNull(),
                        p -> assertThat(p.streams()).isEmpty());
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_before_it_is_read() throws IOException {
        FfmpegProcessor processor = new FfmpegProcessor(AvFixtures.settings().withMaxBytes(1024));
        Path upload = make(temp, "clip.mp4", "-f lavfi -i testsrc=duration=1:size=160x120:rate=10");
        assertThat(Files.size(upload)).isGreaterThan(1024);

        assertRefused(() -> processor.av(upload, "mp4", work()), "is larger than 1 KB");
    }

    @Test
    void a_picture_of_absurd_size_is_refused() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(temp, "tall.mp4", "-f lavfi -i color=size=16x8200:rate=1:duration=1 -c:v libx264");

        assertRefused(() -> processor.av(upload, "mp4", work()), "is larger than 8192 pixels a side");
    }

    @Test
    void a_file_with_neither_pictures_nor_sound_is_refused() throws IOException {
        FfmpegProcessor processor = AvFixtures.processor();
        Files.writeString(temp.resolve("subs.srt"), "1\n00:00:00,000 --> 00:00:01,000\nWords\n");
        Path upload = make(temp, "words.mkv", "-i subs.srt");

        assertRefused(() -> processor.av(upload, "mkv", work()), "has neither pictures nor sound");
    }

    @Test
    void a_container_this_processor_does_not_read_is_refused() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(temp, "clip.avi", "-f lavfi -i testsrc=duration=1:size=64x64:rate=5");

        assertRefused(() -> processor.av(upload, "avi", work()), "is not a video or audio format this server reads");
    }

    @Test
    void a_job_past_its_deadline_is_refused() {
        FfmpegProcessor processor = new FfmpegProcessor(AvFixtures.settings().withJobTimeout(Duration.ofNanos(1)));
        Path upload = make(temp, "clip.mp4", "-f lavfi -i testsrc=duration=1:size=64x64:rate=5");

        assertRefused(() -> processor.av(upload, "mp4", work()), "took too long to process");
    }

    @Test
    void when_every_job_slot_stays_taken_the_upload_is_answered_busy() {
        FfmpegProcessor processor =
                new FfmpegProcessor(AvFixtures.settings().withMaxJobs(1).withJobTimeout(Duration.ofMillis(50)));
        Path upload = make(temp, "clip.mp4", "-f lavfi -i testsrc=duration=1:size=64x64:rate=5");
        processor.jobs().acquireUninterruptibly();

        Problem problem = catchThrowableOfType(Problem.class, () -> processor.av(upload, "mp4", work()));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(files(work())).isEmpty();
        processor.jobs().release();
    }

    @Test
    void without_ffmpeg_video_and_audio_are_refused_with_the_reason() throws IOException {
        FfmpegProcessor processor =
                new FfmpegProcessor(FfmpegProcessor.Settings.defaults().withPrograms(temp.resolve("no-ffmpeg"), null));
        Path upload = Files.write(temp.resolve("clip.mp4"), "anything".getBytes(StandardCharsets.UTF_8));

        assertThat(processor.available()).isFalse();
        assertRefused(() -> processor.av(upload, "mp4", work()), "ffmpeg is not installed");
        assertRefused(() -> processor.gif(upload, work()), "ffmpeg is not installed");
    }

    private Path work() {
        return dir(temp, "work");
    }

    private void assertRefused(Runnable call, String message) {
        Problem problem = catchThrowableOfType(Problem.class, call::run);
        assertThat(problem).as("refused").isNotNull();
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.fields()).containsOnlyKeys("file");
        assertThat(problem.fields().get("file")).contains(message);
        assertThat(files(work())).as("files left in the work folder").isEmpty();
    }
}
