package social.rapport.status;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.Audience;

/** The hashtag uses of stored posts, for Tag history, featured tags and their suggestions. */
final class TagUseStore {
    private TagUseStore() {}

    /** A use of a hashtag on a post stored as public (a rough pre-filter; the policy decides). */
    record TagRow(String tag, long id, int owner, Audience audience, long createdAt)
            implements social.rapport.audience.AudiencePolicy.Visible {
        public Set<Integer> mentioned() {
            return Set.of();
        }
    }

    /**
     * Uses of the tags on posts stored as public (never reblogs) from `fromId` on, newest first;
     * only `author`'s when it is not 0.
     */
    static List<TagRow> publicTagUses(Handle h, Collection<String> tags, int author, long fromId, int limit) {
        if (tags.isEmpty()) return List.of();
        return h.createQuery("SELECT t.tag, s.id, s.account_id, s.audience, s.created_at FROM status_tags t"
                        + " JOIN statuses s ON s.id = t.status_id WHERE t.tag IN (<tags>) AND t.status_id >= :from"
                        + " AND s.audience LIKE '%public%' AND s.reblog_of_id IS NULL"
                        + (author == 0 ? "" : " AND s.account_id = :a")
                        + " ORDER BY s.id DESC LIMIT " + limit)
                .bindList("tags", List.copyOf(tags))
                .bind("from", fromId)
                .bind("a", author)
                .map((rs, c) -> new TagRow(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        StatusStore.audience(rs.getString(4)),
                        rs.getLong(5)))
                .list();
    }

    /** The account's own hashtags by how many of its posts carry them, most used first. */
    static List<Map.Entry<String, Integer>> ownTagCounts(Handle h, int account, int limit) {
        return h.createQuery("SELECT t.tag, COUNT(*) AS n FROM status_tags t JOIN statuses s ON s.id = t.status_id"
                        + " WHERE s.account_id = :a GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT " + limit)
                .bind("a", account)
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list();
    }
}
