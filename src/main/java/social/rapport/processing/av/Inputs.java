package social.rapport.processing.av;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What is checked of an upload before any program reads it. Each container the caller recognised is
 * read with exactly one demuxer, named to ffmpeg, so ffmpeg never guesses a format: a playlist
 * (HLS, concat) that could make it open other files or the network is never parsed as one. A
 * playlist or other text is also refused by its content, before ffmpeg sees it.
 */
final class Inputs {
    /** The containers the caller may name, each with the one demuxer that reads it. */
    private static final Map<String, String> DEMUXERS = Map.of(
            "mp4", "mov",
            "mov", "mov",
            "m4a", "mov",
            "webm", "matroska",
            "mkv", "matroska",
            "ogg", "ogg",
            "mp3", "mp3",
            "wav", "wav",
            "flac", "flac");

    static final String GIF_DEMUXER = "gif";

    /** Markers of playlists and of files that list other files, matched anywhere in the upload. */
    private static final List<byte[]> PLAYLIST_MARKERS =
            List.of(bytes("#EXTM3U"), bytes("#EXT-X-"), bytes("ffconcat"), bytes("#EXTINF"), bytes("[playlist]"));

    private Inputs() {}

    /** The demuxer for a container name, or null when it is not one this processor reads. */
    static String demuxer(String sniffed) {
        return sniffed == null ? null : DEMUXERS.get(sniffed.toLowerCase(Locale.ROOT));
    }

    /** True when the file holds a playlist marker anywhere. */
    static boolean looksLikePlaylist(Path file) {
        int longest = PLAYLIST_MARKERS.stream().mapToInt(m -> m.length).max().orElse(0);
        byte[] buffer = new byte[1 << 16];
        int carried = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer, carried, buffer.length - carried)) >= 0; ) {
                int filled = carried + n;
                if (containsMarker(buffer, filled)) return true;
                carried = Math.min(longest - 1, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the file starts as plain ASCII text (printable or white space): no media file does. */
    static boolean looksLikeText(Path file) {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n == 0) return true;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            boolean space = b == '\n' || b == '\r' || b == '\t' || b == '\f';
            if (b < 0x20 && !space || b >= 0x7f) return false;
        }
        return true;
    }

    private static boolean containsMarker(byte[] buffer, int length) {
        for (byte[] marker : PLAYLIST_MARKERS) {
            outer:
            for (int i = 0; i + marker.length <= length; i++) {
                for (int j = 0; j < marker.length; j++) {
                    if (buffer[i + j] != marker[j]) continue outer;
                }
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
