package social.rapport.push;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import social.rapport.account.AccountEntity;
import social.rapport.notify.NotificationEntity;
import social.rapport.status.StatusEntity;

/**
 * Mastodon's push payload, made only from the Notification entity the recipient would be shown by
 * the API at the moment of sending (so nothing the recipient may not see), plus the recipient's own
 * access token, which Mastodon sends so that the app knows whose notification it is.
 */
final class PushMessages {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_BODY = 140;

    record Payload(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("preferred_locale") String preferredLocale,
            @JsonProperty("notification_id") String notificationId,
            @JsonProperty("notification_type") String notificationType,
            @JsonProperty("icon") String icon,
            @JsonProperty("title") String title,
            @JsonProperty("body") String body) {}

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("mention", "%s mentioned you"),
            Map.entry("status", "%s just posted"),
            Map.entry("reblog", "%s boosted your post"),
            Map.entry("follow", "%s followed you"),
            Map.entry("follow_request", "%s has requested to follow you"),
            Map.entry("favourite", "%s favourited your post"),
            Map.entry("poll", "A poll by %s has ended"),
            Map.entry("update", "%s edited a post"),
            Map.entry("quote", "%s quoted your post"),
            Map.entry("invitation", "%s invited you to connect"),
            Map.entry("invitation_accepted", "%s accepted your invitation"),
            Map.entry("claim", "%s made a claim about you"),
            Map.entry("recommendation", "%s wrote a recommendation for you"));

    private PushMessages() {}

    static byte[] payload(NotificationEntity n, String accessToken) {
        AccountEntity from = n.account();
        String name = from.displayName() == null || from.displayName().isBlank() ? from.acct() : from.displayName();
        String title = clip(String.format(TITLES.getOrDefault(n.type(), "%s sent you a notification"), name), 100);
        Payload p = new Payload(accessToken, "en", n.id(), n.type(), from.avatar(), title, body(n.status()));
        try {
            byte[] out = JSON.writeValueAsString(p).getBytes(StandardCharsets.UTF_8);
            if (out.length <= Aes128gcm.MAX_PLAINTEXT) return out;
            // Only an unusually long avatar address can make it too long for one message.
            Payload shorter = new Payload(accessToken, "en", n.id(), n.type(), "", title, body(n.status()));
            return JSON.writeValueAsString(shorter).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The post's text, or its content warning instead when it has one, as Mastodon shows it. */
    private static String body(StatusEntity s) {
        if (s == null) return "";
        if (s.spoilerText() != null && !s.spoilerText().isBlank()) return clip(s.spoilerText(), MAX_BODY);
        String html = s.content() == null ? "" : s.content();
        String text = html.replaceAll("<br\\s*/?>|</p>", " ")
                .replaceAll("<[^>]*>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ");
        return clip(text, MAX_BODY);
    }

    static String clip(String text, int max) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= max) return t;
        return t.substring(0, t.offsetByCodePoints(0, max - 1)) + "…";
    }
}
