package social.rapport.page;

import social.rapport.notify.NotificationEntity;

/** How the pages say what a notification is about, and where to answer it. */
public final class NotificationWords {
    private NotificationWords() {}

    /** What the person did, after their name: "mentioned you". */
    public static String said(NotificationEntity n) {
        return switch (n.type()) {
            case "mention" -> "mentioned you";
            case "reblog" -> "reposted your post";
            case "favourite" -> "liked your post";
            case "quote" -> "quoted your post";
            case "follow" -> "followed you";
            case "follow_request" -> "asked to follow you";
            case "update" -> "edited a post you interacted with";
            case "poll" -> "has a poll that ended";
            case "invitation" -> "invited you to connect";
            case "invitation_accepted" -> "accepted your invitation to connect";
            case "claim" -> "says you know each other, and asks you to confirm";
            case "recommendation" -> "wrote a recommendation for you";
            default -> n.type().replace('_', ' ');
        };
    }

    /** Where to answer it, when somewhere else than the post: the review queue or the inbox. */
    public static String answerAt(NotificationEntity n) {
        return switch (n.type()) {
            case "follow_request", "invitation" -> "/review";
            case "claim", "recommendation" -> "/inbox";
            default -> null;
        };
    }

    /** The path of a post on this site, from the entity's absolute URL. */
    public static String path(String url) {
        int at = url.indexOf("/@");
        return at < 0 ? url : url.substring(at);
    }
}
