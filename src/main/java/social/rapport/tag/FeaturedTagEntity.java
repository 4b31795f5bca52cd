package social.rapport.tag;

/**
 * Mastodon's FeaturedTag: `statuses_count` and `last_status_at` (a UTC date, null when none) come
 * only from the account's public posts with the tag that the viewer may see.
 */
public record FeaturedTagEntity(String id, String name, String url, int statusesCount, String lastStatusAt) {}
