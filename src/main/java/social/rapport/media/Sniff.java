package social.rapport.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import social.rapport.processing.MediaKind;

/**
 * A first look at an upload's first bytes, only to choose its size limit and whether it is
 * processed while the client waits (still images) or in the background (video, audio, GIFs).
 * The processors recognise the file again, fully, and refuse what it is not.
 */
record Sniff(MediaKind kind, String container) {
    static final Sniff UNKNOWN = new Sniff(MediaKind.IMAGE, "unknown");

    /** Video, audio and GIFs (which become video) are processed in the background. */
    boolean slow() {
        return kind != MediaKind.IMAGE;
    }

    static Sniff of(Path file) {
        byte[] b = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(b, 0, b.length);
        } catch (IOException e) {
            return UNKNOWN;
        }
        if (n < 12) return UNKNOWN;
        String ascii = new String(b, 0, n, StandardCharsets.ISO_8859_1);
        if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) return new Sniff(MediaKind.IMAGE, "jpeg");
        if (ascii.startsWith("\u0089PNG")) return new Sniff(MediaKind.IMAGE, "png");
        if (ascii.startsWith("GIF8")) return new Sniff(MediaKind.GIFV, "gif");
        if (ascii.startsWith("RIFF") && ascii.startsWith("WEBP", 8)) return new Sniff(MediaKind.IMAGE, "webp");
        if (ascii.startsWith("RIFF") && ascii.startsWith("WAVE", 8)) return new Sniff(MediaKind.AUDIO, "wav");
        if (ascii.startsWith("RIFF") && ascii.startsWith("AVI ", 8)) return new Sniff(MediaKind.VIDEO, "avi");
        if (ascii.startsWith("ftyp", 4)) {
            String brand = ascii.substring(8, 12);
            return switch (brand) {
                case "avif", "avis", "heic", "heix", "mif1", "msf1" -> new Sniff(MediaKind.IMAGE, "heif");
                case "M4A ", "M4B " -> new Sniff(MediaKind.AUDIO, "m4a");
                case "qt  " -> new Sniff(MediaKind.VIDEO, "mov");
                default -> new Sniff(MediaKind.VIDEO, "mp4");
            };
        }
        if ((b[0] & 0xff) == 0x1a && (b[1] & 0xff) == 0x45 && (b[2] & 0xff) == 0xdf && (b[3] & 0xff) == 0xa3) {
            return new Sniff(MediaKind.VIDEO, "webm");
        }
        if (ascii.startsWith("OggS")) return new Sniff(MediaKind.AUDIO, "ogg");
        if (ascii.startsWith("fLaC")) return new Sniff(MediaKind.AUDIO, "flac");
        if (ascii.startsWith("ID3") || ((b[0] & 0xff) == 0xff && (b[1] & 0xe0) == 0xe0)) {
            return new Sniff(MediaKind.AUDIO, "mp3");
        }
        return UNKNOWN;
    }
}
