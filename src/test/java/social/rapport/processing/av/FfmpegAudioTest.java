package social.rapport.processing.av;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static social.rapport.processing.av.AvFixtures.containsBytes;
import static social.rapport.processing.av.AvFixtures.dir;
import static social.rapport.processing.av.AvFixtures.files;
import static social.rapport.processing.av.AvFixtures.make;
import static social.rapport.processing.av.AvFixtures.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.rapport.processing.MediaKind;
import social.rapport.processing.Processed;

class FfmpegAudioTest {
    @TempDir
    Path temp;

    @Test
    void a_wav_becomes_an_mp3_with_its_duration_and_no_tags() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(
                temp,
                "voice.wav",
                "-f lavfi -i sine=frequency=440:duration=3 -metadata title=SecretTitle -metadata artist=SecretArtist");
        assertThat(containsBytes(upload, "SecretTitle")).isTrue();
        Path work = dir(temp, "work");

        Processed done = processor.av(upload, "wav", work);

        assertThat(done.kind()).isEqualTo(MediaKind.AUDIO);
        assertThat(done.original().contentType()).isEqualTo("audio/mpeg");
        assertThat(done.original().extension()).isEqualTo("mp3");
        assertThat(done.original().width()).isZero();
        assertThat(done.original().height()).isZero();
        assertThat(done.durationSeconds()).isCloseTo(3.0, within(0.1));
        assertThat(done.frameRate()).isNull();
        assertThat(done.small()).isNull();
        assertThat(done.blurhash()).isNull();
        assertThat(files(work)).containsExactly(done.original().file());
        JsonNode made = probe(done.original().file());
        assertThat(made.path("streams")).hasSize(1);
        assertThat(made.path("streams").get(0).path("codec_name").asText()).isEqualTo("mp3");
        assertThat(made.path("format").path("tags").isMissingNode()).isTrue();
        for (String secret : List.of("SecretTitle", "SecretArtist", "ID3")) {
            assertThat(containsBytes(done.original().file(), secret)).as(secret).isFalse();
        }
    }

    @Test
    void an_mp3_with_a_cover_is_sound_only() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path cover = make(temp, "cover.jpg", "-f lavfi -i testsrc=size=64x64 -frames:v 1");
        Path upload = make(
                temp,
                "song.mp3",
                "-f lavfi -i sine=duration=2 -i " + cover.getFileName()
                        + " -map 0 -map 1 -c:v copy -disposition:v attached_pic -metadata album=SecretAlbum");

        Processed done = processor.av(upload, "mp3", dir(temp, "work"));

        assertThat(done.kind()).isEqualTo(MediaKind.AUDIO);
        assertThat(done.small()).isNull();
        assertThat(probe(done.original().file()).path("streams")).hasSize(1);
        assertThat(containsBytes(done.original().file(), "SecretAlbum")).isFalse();
    }

    @Test
    void an_mp4_with_sound_alone_is_audio() {
        FfmpegProcessor processor = AvFixtures.processor();
        Path upload = make(temp, "voice.m4a", "-f lavfi -i sine=duration=2 -c:a aac -f mp4");

        Processed done = processor.av(upload, "mp4", dir(temp, "work"));

        assertThat(done.kind()).isEqualTo(MediaKind.AUDIO);
        assertThat(done.durationSeconds()).isCloseTo(2.0, within(0.1));
    }
}
