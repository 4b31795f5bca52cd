package social.rapport.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.status.StatusEvents;
import social.rapport.store.Database;

/**
 * Fills the in-memory index from the store at start; its reactions (registered by the App's table)
 * keep it current from committed post events.
 */
public final class RecentPostsFeed {
    private static final String ROWS =
            "SELECT s.id, s.account_id, s.audience, s.reblog_of_id, o.account_id, s.in_reply_to_account_id"
                    + " FROM statuses s LEFT JOIN statuses o ON o.id = s.reblog_of_id";
    /** The hashtags of posts stored as public, never reblogs (a rough pre-filter; the policy decides). */
    private static final String TAGS = "SELECT t.status_id, t.tag, s.account_id FROM status_tags t JOIN statuses s"
            + " ON s.id = t.status_id WHERE s.audience LIKE '%public%' AND s.reblog_of_id IS NULL";

    private final Database db;
    private final RecentPosts index;

    public RecentPostsFeed(Database db, RecentPosts index) {
        this.db = db;
        this.index = index;
    }

    public void created(StatusEvents.Created e) {
        reload(db, index, e.statusId());
    }

    public void edited(StatusEvents.Edited e) {
        reload(db, index, e.statusId());
    }

    public void deleted(StatusEvents.Deleted e) {
        index.remove(e.accountId(), e.statusId());
    }

    /** The index as the store holds it now. */
    public static RecentPosts start(Database db) {
        RecentPosts index = new RecentPosts();
        db.read(h -> {
            Map<Long, Set<Integer>> mentions = mentions(h, "s.audience LIKE '%mentioned%'", Map.of());
            h.createQuery(ROWS + " ORDER BY s.id")
                    .setFetchSize(10_000)
                    .map((rs, c) -> new RecentPosts.Meta(
                            rs.getLong(1),
                            rs.getInt(2),
                            index.audience(rs.getString(3)),
                            mentions.getOrDefault(rs.getLong(1), Set.of()),
                            rs.getLong(4),
                            rs.getInt(5),
                            rs.getInt(6)))
                    .forEach(index::add);
            Map<Long, Set<String>> tags = new HashMap<>();
            Map<Long, Integer> authors = new HashMap<>();
            h.createQuery(TAGS + " ORDER BY s.id")
                    .setFetchSize(10_000)
                    .map((rs, c) -> {
                        authors.put(rs.getLong(1), rs.getInt(3));
                        return Map.entry(rs.getLong(1), rs.getString(2));
                    })
                    .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new HashSet<>())
                            .add(e.getValue()));
            tags.forEach((id, t) -> {
                RecentPosts.Meta m = index.find(authors.get(id), id);
                if (m != null) index.tag(m, t);
            });
            return null;
        });
        return index;
    }

    private static Map<Long, Set<Integer>> mentions(Handle h, String where, Map<String, Object> binds) {
        Map<Long, Set<Integer>> out = new HashMap<>();
        var q = h.createQuery("SELECT m.status_id, m.account_id FROM status_mentions m JOIN statuses s"
                + " ON s.id = m.status_id WHERE " + where);
        binds.forEach(q::bind);
        q.map((rs, c) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return out;
    }

    private static void reload(Database db, RecentPosts index, long id) {
        db.read(h -> {
            Map<Long, Set<Integer>> mentions = mentions(h, "s.id = :id", Map.of("id", id));
            List<RecentPosts.Meta> rows = h.createQuery(ROWS + " WHERE s.id = :id")
                    .bind("id", id)
                    .map((rs, c) -> new RecentPosts.Meta(
                            rs.getLong(1),
                            rs.getInt(2),
                            index.audience(rs.getString(3)),
                            Set.copyOf(mentions.getOrDefault(id, Set.of())),
                            rs.getLong(4),
                            rs.getInt(5),
                            rs.getInt(6)))
                    .list();
            rows.forEach(index::add);
            Set<String> tags = new HashSet<>(h.createQuery(TAGS + " AND s.id = :id")
                    .bind("id", id)
                    .map((rs, c) -> rs.getString(2))
                    .list());
            for (RecentPosts.Meta m : rows) index.tag(m, tags);
            return null;
        });
    }
}
