package social.rapport.search;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * SQL for finding accounts and hashtags by the start of their names. A rough pre-filter only: it
 * decides nothing about who may see what; the audience policy has the last word.
 */
final class SearchStore {
    /** A hashtag on a post, for counting the posts a viewer may see under each tag. */
    record TagUse(String tag, long statusId) {}

    /**
     * Ids of active accounts whose handle or display name (or a word in it) starts with `q`
     * (lower case): the exact handle first, then handles, then display names, by handle.
     */
    List<Integer> accountIds(Handle h, String q, int offset, int limit) {
        String p = like(q) + "%";
        return h.createQuery("SELECT id FROM accounts WHERE state = 'active' AND (handle_lower LIKE :p ESCAPE '!'"
                        + " OR LOWER(display_name) LIKE :p ESCAPE '!' OR LOWER(display_name) LIKE :w ESCAPE '!')"
                        + " ORDER BY CASE WHEN handle_lower = :q THEN 0 WHEN handle_lower LIKE :p ESCAPE '!' THEN 1"
                        + " ELSE 2 END, handle_lower LIMIT :l OFFSET :o")
                .bind("p", p)
                .bind("w", "% " + p)
                .bind("q", q)
                .bind("l", limit)
                .bind("o", offset)
                .mapTo(Integer.class)
                .list();
    }

    /** The most recent uses of tags starting with `prefix` on posts stored as public, newest first. */
    List<TagUse> tagUses(Handle h, String prefix, int limit) {
        return h.createQuery("SELECT t.tag, t.status_id FROM status_tags t JOIN statuses s ON s.id = t.status_id"
                        + " WHERE t.tag LIKE :p ESCAPE '!' AND s.audience LIKE '%public%' AND s.reblog_of_id IS NULL"
                        + " ORDER BY t.status_id DESC LIMIT :l")
                .bind("p", like(prefix) + "%")
                .bind("l", limit)
                .map((rs, c) -> new TagUse(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** Escapes LIKE's wildcards (with `!`, as a backslash would confuse the statement parser) so text matches as written. */
    static String like(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
