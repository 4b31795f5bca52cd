package social.rapport.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import social.rapport.status.StatusEntity;
import social.rapport.web.WebServer;

/**
 * One attachment of a post as the templates show it: the addresses come from the post's entity, as
 * the media service made them for this viewer (signed where the post is not public); a template never
 * builds one. `width`/`height` are the preview's, `fullWidth`/`fullHeight` the original's (0 unknown).
 */
public record Attachment(
        String kind,
        String url,
        String previewUrl,
        String description,
        int width,
        int height,
        int fullWidth,
        int fullHeight,
        String blurhash) {

    public Attachment {
        description = description == null ? "" : description;
        blurhash = blurhash == null || blurhash.isBlank() ? null : blurhash;
        previewUrl = previewUrl == null || previewUrl.isBlank() ? url : previewUrl;
    }

    public boolean image() {
        return kind.equals("image");
    }

    public boolean audio() {
        return kind.equals("audio");
    }

    public boolean gifv() {
        return kind.equals("gifv");
    }

    /** The text alternative: the author's description, or a plain word that one is missing. */
    public String alt() {
        if (!description.isEmpty()) return description;
        return switch (kind) {
            case "audio" -> "Audio without a description";
            case "image" -> "Image without a description";
            default -> "Video without a description";
        };
    }

    /**
     * The post's attachments, read from its Mastodon MediaAttachment entities (through their JSON
     * shape, so the page depends on nothing but what the API gives a client). Unknown kinds are left out.
     */
    public static List<Attachment> of(StatusEntity s) {
        List<Attachment> out = new ArrayList<>();
        if (s.mediaAttachments() == null) return out;
        for (Object o : s.mediaAttachments()) {
            JsonNode m = WebServer.JSON.valueToTree(o);
            String kind = m.path("type").asText("");
            String url = m.path("url").asText("");
            if (url.isEmpty() || !List.of("image", "gifv", "video", "audio").contains(kind)) continue;
            JsonNode meta = m.path("meta");
            out.add(new Attachment(
                    kind,
                    url,
                    m.path("preview_url").asText(null),
                    m.path("description").asText(null),
                    meta.path("small").path("width").asInt(0),
                    meta.path("small").path("height").asInt(0),
                    meta.path("original").path("width").asInt(0),
                    meta.path("original").path("height").asInt(0),
                    m.path("blurhash").asText(null)));
        }
        return out;
    }
}
