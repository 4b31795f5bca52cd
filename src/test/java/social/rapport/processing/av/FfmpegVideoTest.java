package social.rapport.processing.av;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static social.rapport.processing.av.AvFixtures.containsBytes;
import static social.rapport.processing.av.AvFixtures.dir;
import static social.rapport.processing.av.AvFixtures.files;
import static social.rapport.processing.av.AvFixtures.make;
import static social.rapport.processing.av.AvFixtures.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.rapport.processing.MediaKind;
import social.rapport.processing.Processed;

class FfmpegVideoTest {
    private static final List<String> SECRETS = List.of(
            "SecretTitle",
            "48.8584",
            "SecretComment",
            "SecretArtist",
            "SecretHandler",
            "SecretSound",
            "SecretSubtitle",
            "SecretChapter");

    @TempDir
    Path temp;

    @Test
    void a_video_becomes_an_mp4_with_none_of_its_metadata() throws IOException {
        FfmpegProcessor processor = AvFixtures.processor();
        Path inputs = dir(temp, "in");
        Files.writeString(inputs.resolve("subs.srt"), "1\n00:00:00,000 --> 00:00:01,500\nSecretSubtitle\n");
        Files.writeString(
                inputs.resolve("chapters.txt"),
                ";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1000\ntitle=SecretChapter\n");
        Path upload = make(
                inputs,
                "upload.mp4",
                "-f lavfi -i testsrc=duration=2:size=640x360:rate=25 -f lavfi -i sine=frequency=440:duration=2"
                        + " -i subs.srt -i chapters.txt -map 0 -map 1 -map 2 -map_chapters 3"
                        + " -metadata title=SecretTitle -metadata comment=SecretComment -metadata artist=SecretArtist"
                        + " -metadata com.apple.quicktime.location.ISO6709=+48.8584+002.2945/"
                        + " -movflags use_metadata_tags"
                        + " -metadata:s:v handler_name=SecretHandler -metadata:s:a handler_name=SecretSound"
                        + " -c:v libx264 -preset ultrafast -c:a aac -c:s mov_text");
        for (String secret : SECRETS)
            assertThat(containsBytes(upload, secret)).as(secret).isTrue();
        Path work = dir(temp, "work");

        Processed done = processor.av(upload, "mp4", work);

        assertThat(done.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(done.original().contentType()).isEqualTo("video/mp4");
        assertThat(done.original().extension()).isEqualTo("mp4");
        assertThat(done.original().width()).isEqualTo(640);
        assertThat(done.original().height()).isEqualTo(360);
        assertThat(done.original().size()).isEqualTo(Files.size(done.original().file()));
        assertThat(done.durationSeconds()).isCloseTo(2.0, within(0.1));
        assertThat(done.frameRate()).isCloseTo(25.0, within(0.01));
        assertThat(done.small().contentType()).isEqualTo("image/jpeg");
        assertThat(done.small().extension()).isEqualTo("jpg");
        assertThat(done.small().width()).isEqualTo(640);
        assertThat(done.small().height()).isEqualTo(360);
        assertThat(done.blurhash()).hasSize(36);
        assertThat(files(work))
                .containsExactlyInAnyOrder(done.original().file(), done.small().file());

        JsonNode made = probe(done.original().file());
        assertThat(codecs(made)).containsExactly("video:h264", "audio:aac");
        assertThat(made.path("streams").get(0).path("pix_fmt").asText()).isEqualTo("yuv420p");
        assertThat(made.path("chapters")).isEmpty();
        String described = made.toString() + probe(done.small().file());
        for (String secret : SECRETS) {
            assertThat(described).as(secret).doesNotContain(secret);
            assertThat(containsBytes(done.original().file(), secret)).as(secret).isFalse();
            assertThat(containsBytes(done.small().file(), secret)).as(secret).isFalse();
        }
        assertThat(made.path("format").path("tags").toString()).doesNotContain("Lavf");
    }

    @Test
    void the_mp4_starts_with_its_index_so_it_plays_while_it_loads() throws IOException {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(temp, "clip.mp4", "-f lavfi -i testsrc=duration=1:size=160x120:rate=10");

        Processed done = processor.av(upload, "mp4", dir(temp, "work"));

        String head = new String(Files.readAllBytes(done.original().file()), StandardCharsets.ISO_8859_1);
        assertThat(head.indexOf("moov")).isPositive().isLessThan(head.indexOf("mdat"));
    }

    @Test
    void a_file_name_that_looks_like_options_or_protocols_is_only_a_name() throws IOException {
        FfmpegProcessor processor = AvFixtures.processor();
        Path clip = make(temp, "clip.mp4", "-f lavfi -i testsrc=duration=1:size=64x64:rate=5");
        Path upload = Files.copy(clip, dir(temp, "-i concat:a|b").resolve("-y http:x|concat:y.mp4"));

        Processed done = processor.av(upload, "mp4", dir(temp, "work"));

        assertThat(done.original().width()).isEqualTo(64);
    }

    @Test
    void a_vp9_webm_becomes_h264_and_aac_in_mp4() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(
                temp,
                "clip.webm",
                "-f lavfi -i testsrc=duration=1:size=320x240:rate=10 -f lavfi -i sine=duration=1 -c:v libvpx-vp9 -deadline realtime -cpu-used 8 -c:a libopus");

        Processed done = processor.av(upload, "webm", dir(temp, "work"));

        assertThat(done.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(codecs(probe(done.original().file()))).containsExactly("video:h264", "audio:aac");
        assertThat(probe(done.original().file())
                        .path("format")
                        .path("format_name")
                        .asText())
                .contains("mp4");
        assertThat(done.original().width()).isEqualTo(320);
    }

    @Test
    void a_large_video_is_scaled_down_to_fit_with_even_sides() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(
                temp,
                "wide.mp4",
                "-f lavfi -i testsrc=duration=0.4:size=2001x1001:rate=5 -c:v libx264 -preset ultrafast -pix_fmt yuv444p");

        Processed done = processor.av(upload, "mp4", dir(temp, "work"));

        assertThat(done.original().width()).isEqualTo(1920);
        assertThat(done.original().height()).isLessThanOrEqualTo(960).isGreaterThanOrEqualTo(958);
        assertThat(done.original().height() % 2).isZero();
        assertThat(done.small().width()).isLessThanOrEqualTo(640);
        assertThat(done.small().height()).isLessThanOrEqualTo(640);
    }

    @Test
    void an_animated_gif_becomes_a_silent_mp4_of_kind_gifv() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(temp, "moving.gif", "-f lavfi -i testsrc=duration=1:size=160x120:rate=10");
        Path work = dir(temp, "work");

        Processed done = processor.gif(upload, work);

        assertThat(done.kind()).isEqualTo(MediaKind.GIFV);
        assertThat(done.original().contentType()).isEqualTo("video/mp4");
        assertThat(codecs(probe(done.original().file()))).containsExactly("video:h264");
        assertThat(done.original().width()).isEqualTo(160);
        assertThat(done.durationSeconds()).isCloseTo(1.0, within(0.15));
        assertThat(done.small()).isNotNull();
        assertThat(done.blurhash()).isNotBlank();
        assertThat(files(work)).hasSize(2);
    }

    private static List<String> codecs(JsonNode probe) {
        List<String> codecs = new ArrayList<>();
        for (JsonNode s : probe.path("streams")) {
            codecs.add(
                    s.path("codec_type").asText() + ":" + s.path("codec_name").asText());
        }
        return codecs;
    }
}
