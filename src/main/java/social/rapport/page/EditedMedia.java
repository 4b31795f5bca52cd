package social.rapport.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import social.rapport.status.PostMedia;
import social.rapport.status.StatusEntity;
import social.rapport.web.WebServer;

/**
 * One attachment on the edit page of a post: its alt text to change and a box to take it off. The
 * form sends `media[i][id]`, `media[i][description]` and `media[i][remove]`; a form without them (a
 * post with no media) leaves the media as they are.
 */
public record EditedMedia(String id, String kind, String previewUrl, String description, boolean remove) {
    /** The post's attachments as its author is shown them (addresses made by the media service). */
    static List<EditedMedia> of(StatusEntity post) {
        List<EditedMedia> out = new ArrayList<>();
        if (post.mediaAttachments() == null) return out;
        for (Object o : post.mediaAttachments()) {
            JsonNode m = WebServer.JSON.valueToTree(o);
            String preview = m.path("preview_url").asText("");
            out.add(new EditedMedia(
                    m.path("id").asText(),
                    m.path("type").asText(""),
                    preview.isEmpty() ? null : preview,
                    m.path("description").asText(""),
                    false));
        }
        return out;
    }

    /** The attachments as the form last sent them, to show again with an error: what was typed, what was ticked. */
    static List<EditedMedia> entered(List<EditedMedia> shown, List<Map<String, String>> sent) {
        List<EditedMedia> out = new ArrayList<>();
        for (EditedMedia m : shown) {
            Map<String, String> row = sent.stream()
                    .filter(r -> m.id().equals(r.get("id")))
                    .findFirst()
                    .orElse(null);
            if (row == null) {
                out.add(m);
                continue;
            }
            String d = row.get("description");
            out.add(new EditedMedia(
                    m.id(), m.kind(), m.previewUrl(), d == null ? "" : d, "1".equals(row.get("remove"))));
        }
        return out;
    }

    /** The post's media after the edit, in their order (null: the form named none, nothing changes). */
    static List<String> kept(List<Map<String, String>> sent) {
        if (sent.isEmpty()) return null;
        return sent.stream()
                .filter(r -> !"1".equals(r.get("remove")))
                .map(r -> r.get("id") == null ? "" : r.get("id"))
                .toList();
    }

    /** The alt text of each kept attachment, as sent. */
    static List<PostMedia.Attribute> descriptions(List<Map<String, String>> sent) {
        return sent.stream()
                .filter(r -> !"1".equals(r.get("remove")) && r.get("id") != null)
                .map(r -> new PostMedia.Attribute(
                        r.get("id"), r.get("description") == null ? "" : r.get("description"), null))
                .toList();
    }

    public boolean image() {
        return previewUrl != null && !kind.equals("audio");
    }
}
