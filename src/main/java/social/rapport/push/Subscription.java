package social.rapport.push;

import java.util.Map;
import java.util.Set;

/**
 * One app's push subscription: where to send (the push service's endpoint), the keys to encrypt to,
 * which notification types to send and from whom (`policy`: all, followed, follower or none), and
 * whether the app reads RFC 8291 messages (`standard`) or the older `aesgcm` ones, as Mastodon asks.
 */
record Subscription(
        long id,
        long tokenId,
        int accountId,
        String endpoint,
        String p256dh,
        String auth,
        Map<String, Boolean> alerts,
        String policy,
        String accessToken,
        boolean standard) {

    static final Set<String> POLICIES = Set.of("all", "followed", "follower", "none");

    /**
     * Mastodon's alert names, then this server's own notification types. A type not listed here is
     * never pushed.
     */
    static final java.util.List<String> TYPES = java.util.List.of(
            "mention",
            "status",
            "reblog",
            "follow",
            "follow_request",
            "favourite",
            "poll",
            "update",
            "quote",
            "admin.sign_up",
            "admin.report",
            "invitation",
            "invitation_accepted",
            "claim",
            "recommendation");

    boolean wants(String type) {
        return Boolean.TRUE.equals(alerts.get(type));
    }
}
