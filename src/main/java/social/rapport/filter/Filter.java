package social.rapport.filter;

import java.util.List;

/**
 * A person's filter as stored: where it applies (`contexts`, Mastodon's names), what it does
 * (`warn`, `hide` or `blur`), until when (0: always), its keywords and the posts it names.
 */
public record Filter(
        long id,
        int accountId,
        String title,
        List<String> contexts,
        String action,
        long expiresAt,
        List<Keyword> keywords,
        List<Post> statuses) {

    public record Keyword(long id, long filterId, String keyword, boolean wholeWord) {}

    /** A post the filter names (Mastodon's FilterStatus). */
    public record Post(long id, long filterId, long statusId) {}

    public boolean expired(long now) {
        return expiresAt != 0 && expiresAt <= now;
    }

    Filter with(List<Keyword> k, List<Post> s) {
        return new Filter(id, accountId, title, contexts, action, expiresAt, k, s);
    }
}
