package social.rapport.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Formats are told from their first bytes. */
class FileFormatTest {
    @Test
    void containers_are_told_by_their_signatures() {
        assertThat(sniff("RIFF\0\0\0\0WAVEfmt ")).isEqualTo(FileFormat.WAV);
        assertThat(sniff("RIFF\0\0\0\0WEBPVP8 ")).isEqualTo(FileFormat.WEBP);
        assertThat(sniff("RIFF\0\0\0\0AVI LIST")).isEqualTo(FileFormat.UNKNOWN);
        assertThat(sniff("fLaC\0\0\0\"")).isEqualTo(FileFormat.FLAC);
        assertThat(sniff("OggS\0\2\0\0")).isEqualTo(FileFormat.OGG);
        assertThat(sniff("\0\0\0\u0020ftypqt  \0\0\0\0")).isEqualTo(FileFormat.MOV);
        assertThat(sniff("\0\0\0\u0020ftypM4A \0\0\0\0")).isEqualTo(FileFormat.M4A);
        assertThat(sniff("\0\0\0\u0020ftypmp42\0\0\0\0")).isEqualTo(FileFormat.MP4);
        assertThat(sniff("\0\0\0\u0020ftypavif\0\0\0\0")).isEqualTo(FileFormat.HEIF);
        assertThat(sniff("\u001A\u0045\u00DF\u00A3\u0093\u0042\u0082\u0088matroska"))
                .isEqualTo(FileFormat.MKV);
        assertThat(sniff("\u00FF\u00FB\u0090\u0044\0\0")).isEqualTo(FileFormat.MP3);
        assertThat(sniff("\u00EF\u00BB\u00BF \n<?xml version='1.0'?><svg/>")).isEqualTo(FileFormat.MARKUP);
        assertThat(sniff("GIF87a")).isEqualTo(FileFormat.GIF);
        assertThat(sniff("GIF8")).isEqualTo(FileFormat.UNKNOWN);
        assertThat(sniff("\u00FF\u00D8")).isEqualTo(FileFormat.UNKNOWN);
    }

    @Test
    void the_av_processor_is_handed_lower_case_container_names() {
        assertThat(FileFormat.MKV.sniffedName()).isEqualTo("mkv");
        assertThat(FileFormat.M4A.family()).isEqualTo(FileFormat.Family.AV);
        assertThat(FileFormat.HEIF.family()).isEqualTo(FileFormat.Family.UNSUPPORTED);
    }

    private static FileFormat sniff(String latin1) {
        return FileFormat.sniff(TestImages.bytes(latin1));
    }
}
