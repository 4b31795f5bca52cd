package social.rapport.tag;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for followed and featured hashtags: each person's own, read by them or shown through the policy. */
final class TagStore {
    /** A followed or featured tag with its row id (for paging and deleting). */
    record Row(long id, int accountId, String tag, long createdAt) {}

    /** Follows the tag; false when it was already followed. One statement, so two at once insert once. */
    boolean follow(Tx tx, int account, String tag) {
        return tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore(
                                        "tag_follows",
                                        "account_id, tag, created_at",
                                        ":a, :t, :now",
                                        "account_id, tag"))
                        .bind("a", account)
                        .bind("t", tag)
                        .bind("now", tx.now())
                        .execute()
                > 0;
    }

    boolean unfollow(Tx tx, int account, String tag) {
        return tx.handle()
                        .createUpdate("DELETE FROM tag_follows WHERE account_id = :a AND tag = :t")
                        .bind("a", account)
                        .bind("t", tag)
                        .execute()
                > 0;
    }

    /** Every follow of every account, for the in-memory list at start. */
    Map<Integer, Set<String>> allFollows(Handle h) {
        Map<Integer, Set<String>> out = new HashMap<>();
        h.createQuery("SELECT account_id, tag FROM tag_follows")
                .map((rs, c) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return out;
    }

    boolean follows(Handle h, int account, String tag) {
        return h.createQuery("SELECT COUNT(*) FROM tag_follows WHERE account_id = :a AND tag = :t")
                        .bind("a", account)
                        .bind("t", tag)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** The account's followed tags between the ids (exclusive), newest first or, ascending, oldest first. */
    List<Row> followedPage(Handle h, int account, long maxId, long minId, boolean ascending, int limit) {
        return h.createQuery("SELECT id, account_id, tag, created_at FROM tag_follows WHERE account_id = :a"
                        + " AND id < :max AND id > :min ORDER BY id " + (ascending ? "ASC" : "DESC") + " LIMIT "
                        + limit)
                .bind("a", account)
                .bind("max", maxId)
                .bind("min", minId)
                .map((rs, c) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    // ---- featured tags ----

    /** Features the tag unless it already is (answering the row either way). */
    Row feature(Tx tx, int account, String tag) {
        tx.handle()
                .createUpdate(tx.dialect()
                        .insertIgnore(
                                "featured_tags", "account_id, tag, created_at", ":a, :t, :now", "account_id, tag"))
                .bind("a", account)
                .bind("t", tag)
                .bind("now", tx.now())
                .execute();
        return featured(tx.handle(), account).stream()
                .filter(r -> r.tag().equals(tag))
                .findFirst()
                .orElseThrow();
    }

    boolean unfeature(Tx tx, int account, long id) {
        return tx.handle()
                        .createUpdate("DELETE FROM featured_tags WHERE account_id = :a AND id = :id")
                        .bind("a", account)
                        .bind("id", id)
                        .execute()
                > 0;
    }

    /** The account's featured tags, oldest first. */
    List<Row> featured(Handle h, int account) {
        return h.createQuery(
                        "SELECT id, account_id, tag, created_at FROM featured_tags WHERE account_id = :a ORDER BY id")
                .bind("a", account)
                .map((rs, c) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    Optional<Row> featuredTag(Handle h, int account, String tag) {
        return featured(h, account).stream().filter(r -> r.tag().equals(tag)).findFirst();
    }
}
