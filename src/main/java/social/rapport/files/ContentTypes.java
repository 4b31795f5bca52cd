package social.rapport.files;

import java.util.Locale;
import java.util.Map;

/** The content type a blob's name suggests, for blobs whose type was not recorded. */
final class ContentTypes {
    static final String OCTET_STREAM = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private ContentTypes() {}

    static String fromName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) return OCTET_STREAM;
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET_STREAM);
    }
}
