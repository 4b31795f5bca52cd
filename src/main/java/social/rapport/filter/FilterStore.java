package social.rapport.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Dialect;
import social.rapport.store.Tx;

/** The filters' tables. Every read is by owner: another person's filter is simply not found. */
final class FilterStore {

    /** Every filter of the owner, oldest first, with its keywords and posts. */
    List<Filter> byAccount(Handle h, int owner) {
        List<Filter> bare = h.createQuery("SELECT id, account_id, title, contexts, action, expires_at FROM filters"
                        + " WHERE account_id = :a ORDER BY id")
                .bind("a", owner)
                .map((rs, c) -> row(rs))
                .list();
        return withParts(h, bare);
    }

    /** The owner's filters in force at `now`, with their keywords and posts; none read when there are none. */
    List<Filter> active(Handle h, int owner, long now) {
        List<Filter> bare = h.createQuery("SELECT id, account_id, title, contexts, action, expires_at FROM filters"
                        + " WHERE account_id = :a AND (expires_at IS NULL OR expires_at > :now) ORDER BY id")
                .bind("a", owner)
                .bind("now", now)
                .map((rs, c) -> row(rs))
                .list();
        return withParts(h, bare);
    }

    Optional<Filter> byId(Handle h, int owner, long id) {
        List<Filter> bare = h.createQuery("SELECT id, account_id, title, contexts, action, expires_at FROM filters"
                        + " WHERE account_id = :a AND id = :id")
                .bind("a", owner)
                .bind("id", id)
                .map((rs, c) -> row(rs))
                .list();
        return withParts(h, bare).stream().findFirst();
    }

    /**
     * On PostgreSQL, holds the owner's account row until the transaction ends, so that two requests
     * at once count the owner's filters one after the other (SQLite has one writer anyway).
     */
    void lockOwner(Tx tx, int owner) {
        if (tx.dialect() != Dialect.POSTGRES) return;
        tx.handle()
                .createQuery("SELECT id FROM accounts WHERE id = :a FOR UPDATE")
                .bind("a", owner)
                .mapTo(Integer.class)
                .list();
    }

    int count(Handle h, int owner) {
        return h.createQuery("SELECT COUNT(*) FROM filters WHERE account_id = :a")
                .bind("a", owner)
                .mapTo(Integer.class)
                .one();
    }

    long insert(Tx tx, int owner, String title, List<String> contexts, String action, long expiresAt) {
        return tx.handle()
                .createQuery("INSERT INTO filters (account_id, title, contexts, action, expires_at, created_at)"
                        + " VALUES (:a, :t, :c, :x, :e, :now) RETURNING id")
                .bind("a", owner)
                .bind("t", title)
                .bind("c", String.join(" ", contexts))
                .bind("x", action)
                .bind("e", expiresAt == 0 ? null : expiresAt)
                .bind("now", tx.now())
                .mapTo(Long.class)
                .one();
    }

    void update(Tx tx, Filter f) {
        tx.handle()
                .createUpdate("UPDATE filters SET title = :t, contexts = :c, action = :x, expires_at = :e"
                        + " WHERE id = :id AND account_id = :a")
                .bind("t", f.title())
                .bind("c", String.join(" ", f.contexts()))
                .bind("x", f.action())
                .bind("e", f.expiresAt() == 0 ? null : f.expiresAt())
                .bind("id", f.id())
                .bind("a", f.accountId())
                .execute();
    }

    void delete(Tx tx, int owner, long id) {
        tx.handle()
                .createUpdate("DELETE FROM filters WHERE id = :id AND account_id = :a")
                .bind("id", id)
                .bind("a", owner)
                .execute();
    }

    // ---- keywords ----

    long insertKeyword(Tx tx, long filterId, String keyword, boolean wholeWord) {
        return tx.handle()
                .createQuery("INSERT INTO filter_keywords (filter_id, keyword, whole_word, created_at)"
                        + " VALUES (:f, :k, :w, :now) RETURNING id")
                .bind("f", filterId)
                .bind("k", keyword)
                .bind("w", wholeWord)
                .bind("now", tx.now())
                .mapTo(Long.class)
                .one();
    }

    /** The keyword when its filter is the owner's. */
    Optional<Filter.Keyword> keyword(Handle h, int owner, long id) {
        return h.createQuery("SELECT k.id, k.filter_id, k.keyword, k.whole_word FROM filter_keywords k"
                        + " JOIN filters f ON f.id = k.filter_id WHERE k.id = :id AND f.account_id = :a")
                .bind("id", id)
                .bind("a", owner)
                .map((rs, c) -> new Filter.Keyword(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
                .findOne();
    }

    void updateKeyword(Tx tx, Filter.Keyword k) {
        tx.handle()
                .createUpdate("UPDATE filter_keywords SET keyword = :k, whole_word = :w WHERE id = :id")
                .bind("k", k.keyword())
                .bind("w", k.wholeWord())
                .bind("id", k.id())
                .execute();
    }

    void deleteKeyword(Tx tx, long id) {
        tx.handle()
                .createUpdate("DELETE FROM filter_keywords WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    int countKeywords(Handle h, long filterId) {
        return h.createQuery("SELECT COUNT(*) FROM filter_keywords WHERE filter_id = :f")
                .bind("f", filterId)
                .mapTo(Integer.class)
                .one();
    }

    // ---- posts ----

    /** The new row's id, or 0 when the post is in the filter already. */
    long insertPost(Tx tx, long filterId, long statusId) {
        return tx.handle()
                .createQuery(tx.dialect()
                                .insertIgnore(
                                        "filter_statuses",
                                        "filter_id, status_id, created_at",
                                        ":f, :s, :now",
                                        "filter_id, status_id")
                        + " RETURNING id")
                .bind("f", filterId)
                .bind("s", statusId)
                .bind("now", tx.now())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    Optional<Filter.Post> post(Handle h, int owner, long id) {
        return h.createQuery("SELECT p.id, p.filter_id, p.status_id FROM filter_statuses p"
                        + " JOIN filters f ON f.id = p.filter_id WHERE p.id = :id AND f.account_id = :a")
                .bind("id", id)
                .bind("a", owner)
                .map((rs, c) -> new Filter.Post(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .findOne();
    }

    void deletePost(Tx tx, long id) {
        tx.handle()
                .createUpdate("DELETE FROM filter_statuses WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    int countPosts(Handle h, long filterId) {
        return h.createQuery("SELECT COUNT(*) FROM filter_statuses WHERE filter_id = :f")
                .bind("f", filterId)
                .mapTo(Integer.class)
                .one();
    }

    /** Holds the filter's row until the transaction ends (PostgreSQL), so its parts are counted one writer at a time. */
    void lockFilter(Tx tx, long filterId) {
        if (tx.dialect() != Dialect.POSTGRES) return;
        tx.handle()
                .createQuery("SELECT id FROM filters WHERE id = :f FOR UPDATE")
                .bind("f", filterId)
                .mapTo(Long.class)
                .list();
    }

    // ----

    private static Filter row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long expires = rs.getLong(6);
        String contexts = rs.getString(4);
        return new Filter(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                contexts.isEmpty() ? List.of() : Arrays.asList(contexts.split(" ")),
                rs.getString(5),
                rs.wasNull() ? 0 : expires,
                List.of(),
                List.of());
    }

    private List<Filter> withParts(Handle h, List<Filter> bare) {
        if (bare.isEmpty()) return bare;
        List<Long> ids = bare.stream().map(Filter::id).toList();
        Map<Long, List<Filter.Keyword>> keywords = new HashMap<>();
        h.createQuery("SELECT id, filter_id, keyword, whole_word FROM filter_keywords WHERE filter_id IN (<ids>)"
                        + " ORDER BY id")
                .bindList("ids", ids)
                .map((rs, c) -> new Filter.Keyword(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
                .forEach(k -> keywords.computeIfAbsent(k.filterId(), x -> new ArrayList<>())
                        .add(k));
        Map<Long, List<Filter.Post>> posts = new HashMap<>();
        h.createQuery("SELECT id, filter_id, status_id FROM filter_statuses WHERE filter_id IN (<ids>) ORDER BY id")
                .bindList("ids", ids)
                .map((rs, c) -> new Filter.Post(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .forEach(p -> posts.computeIfAbsent(p.filterId(), x -> new ArrayList<>())
                        .add(p));
        List<Filter> out = new ArrayList<>(bare.size());
        for (Filter f : bare) {
            out.add(f.with(
                    List.copyOf(keywords.getOrDefault(f.id(), List.of())),
                    List.copyOf(posts.getOrDefault(f.id(), List.of()))));
        }
        return out;
    }
}
