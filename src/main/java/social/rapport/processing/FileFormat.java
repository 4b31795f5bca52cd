package social.rapport.processing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What a file is, told from its first bytes alone. `name()` in lower case is the name handed to the
 * {@link AvProcessor} as the sniffed container ("mp4", "mov", "webm", "mkv", "ogg", "mp3", "wav",
 * "flac", "m4a").
 */
public enum FileFormat {
    JPEG(Family.IMAGE),
    PNG(Family.IMAGE),
    WEBP(Family.IMAGE),
    GIF(Family.IMAGE),
    MP4(Family.AV),
    MOV(Family.AV),
    M4A(Family.AV),
    WEBM(Family.AV),
    MKV(Family.AV),
    OGG(Family.AV),
    MP3(Family.AV),
    WAV(Family.AV),
    FLAC(Family.AV),
    /** HEIC, HEIF and AVIF: recognised so that the refusal can say what to do. */
    HEIF(Family.UNSUPPORTED),
    /** Text that starts like markup: SVG, HTML, XML. Never accepted, since it can carry scripts. */
    MARKUP(Family.UNSUPPORTED),
    UNKNOWN(Family.UNSUPPORTED);

    /** How many bytes `sniff` looks at, at most. */
    public static final int HEAD_BYTES = 64;

    public enum Family {
        IMAGE,
        AV,
        UNSUPPORTED
    }

    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis");
    private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ", "M4P ");
    private static final Set<String> QUICKTIME_BOXES = Set.of("moov", "mdat", "wide", "free", "skip", "pnot");

    private final Family family;

    FileFormat(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    public String sniffedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format the bytes start with; `head` may be shorter than {@link #HEAD_BYTES}. */
    public static FileFormat sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(head, 0, 6).equals("GIF87a") || ascii(head, 0, 6).equals("GIF89a")) {
            return GIF;
        }
        if (ascii(head, 0, 4).equals("RIFF")) {
            String kind = ascii(head, 8, 4);
            return kind.equals("WEBP") ? WEBP : kind.equals("WAVE") ? WAV : UNKNOWN;
        }
        if (ascii(head, 4, 4).equals("ftyp")) {
            String brand = ascii(head, 8, 4);
            if (HEIF_BRANDS.contains(brand)) {
                return HEIF;
            }
            if (AUDIO_BRANDS.contains(brand)) {
                return M4A;
            }
            return brand.equals("qt  ") ? MOV : MP4;
        }
        if (QUICKTIME_BOXES.contains(ascii(head, 4, 4)) && head.length >= 8) {
            return MOV;
        }
        if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return contains(head, "webm") ? WEBM : MKV;
        }
        if (ascii(head, 0, 4).equals("OggS")) {
            return OGG;
        }
        if (ascii(head, 0, 4).equals("fLaC")) {
            return FLAC;
        }
        if (ascii(head, 0, 3).equals("ID3") || isMpegAudioFrame(head)) {
            return MP3;
        }
        if (looksLikeMarkup(head)) {
            return MARKUP;
        }
        return UNKNOWN;
    }

    /** An MPEG-1/2 layer III frame header: eleven set sync bits, a valid version and layer III. */
    private static boolean isMpegAudioFrame(byte[] head) {
        if (head.length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (head[1] >> 3) & 0x3;
        int layer = (head[1] >> 1) & 0x3;
        int bitrate = (head[2] >> 4) & 0xF;
        return version != 1 && layer == 1 && bitrate != 0xF && ((head[2] >> 2) & 0x3) != 3;
    }

    private static boolean looksLikeMarkup(byte[] head) {
        int i = 0;
        if (startsWith(head, 0, 0xEF, 0xBB, 0xBF)) {
            i = 3;
        }
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < head.length && head[i] == '<';
    }

    private static boolean startsWith(byte[] head, int at, int... bytes) {
        if (head.length < at + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[at + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] head, int at, int length) {
        if (head.length < at + length) {
            return "";
        }
        return new String(head, at, length, StandardCharsets.ISO_8859_1);
    }

    private static boolean contains(byte[] head, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + needle.length <= head.length; i++) {
            if (Arrays.equals(head, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
