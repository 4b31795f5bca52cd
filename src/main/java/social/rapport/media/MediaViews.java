package social.rapport.media;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import social.rapport.processing.MediaKind;

/**
 * Makes Mastodon's MediaAttachment of an upload, with addresses for one viewer: stable ones (the
 * random key alone) for media everyone may see, signed ones for anything else. Pure; the caller has
 * decided which.
 */
final class MediaViews {
    private final String baseUrl;
    private final MediaSigner signer;

    MediaViews(String baseUrl, MediaSigner signer) {
        this.baseUrl = baseUrl;
        this.signer = signer;
    }

    /** How the files of one upload are addressed: stable (`viewer` ignored) or signed for `viewer` until `expires`. */
    record Addressing(boolean stable, int viewer, long expires) {}

    MediaEntity entity(Attachment a, Addressing how) {
        String url = a.original() == null ? null : address(a, a.original(), how);
        String preview = a.small() != null ? address(a, a.small(), how) : a.kind() == MediaKind.IMAGE ? url : null;
        return new MediaEntity(
                Long.toString(a.id()),
                a.kind().mastodonType(),
                url,
                preview,
                null,
                null,
                null,
                meta(a),
                a.description(),
                a.blurhash());
    }

    String address(Attachment a, Attachment.File f, Addressing how) {
        String path = baseUrl + "/media/" + a.fileKey() + "/" + f.name();
        if (how.stable()) return path;
        return path + "?viewer=" + how.viewer() + "&expires=" + how.expires() + "&sig="
                + signer.sign(a.fileKey(), f.name(), how.viewer(), how.expires());
    }

    private static Map<String, Object> meta(Attachment a) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (a.original() != null) {
            Map<String, Object> o = size(a.original());
            if (a.duration() != null) o.put("duration", a.duration());
            if (a.frameRate() != null) o.put("frame_rate", frameRate(a.frameRate()));
            meta.put("original", o);
        }
        if (a.small() != null) meta.put("small", size(a.small()));
        if (a.kind() != MediaKind.AUDIO) meta.put("focus", Map.of("x", a.focusX(), "y", a.focusY()));
        return meta;
    }

    private static Map<String, Object> size(Attachment.File f) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (f.width() > 0 && f.height() > 0) {
            m.put("width", f.width());
            m.put("height", f.height());
            m.put("size", f.width() + "x" + f.height());
            m.put("aspect", (double) f.width() / f.height());
        }
        return m;
    }

    /** As Mastodon writes it: "30/1", or a fraction over 1000 for rates such as 29.97. */
    static String frameRate(double fps) {
        if (fps == Math.rint(fps)) return (long) fps + "/1";
        return BigDecimal.valueOf(fps)
                        .setScale(3, RoundingMode.HALF_UP)
                        .movePointRight(3)
                        .longValue() + "/1000";
    }
}
