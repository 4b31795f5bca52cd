package social.rapport.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import social.rapport.audience.Audience;
import social.rapport.audience.ReplyPolicy;
import social.rapport.store.Tx;

/** SQL for posts and what hangs on them. Decides nothing about who may see them. */
final class StatusStore {
    static final String COLUMNS =
            "id, account_id, kind, title, source, html, spoiler_text, sensitive, language, audience,"
                    + " reply_policy, in_reply_to_id, in_reply_to_account_id, reblog_of_id, quote_of_id,"
                    + " created_at, edited_at, quote_policy";
    private static final RowMapper<Status> MAPPER = (rs, ctx) -> new Status(
            rs.getLong("id"),
            rs.getInt("account_id"),
            Status.Kind.valueOf(rs.getString("kind").toUpperCase()),
            rs.getString("title"),
            rs.getString("source"),
            rs.getString("html"),
            rs.getString("spoiler_text"),
            rs.getBoolean("sensitive"),
            rs.getString("language"),
            audience(rs.getString("audience")),
            ReplyPolicy.parse(rs.getString("reply_policy")).orElse(ReplyPolicy.EVERYONE),
            rs.getLong("in_reply_to_id"),
            rs.getInt("in_reply_to_account_id"),
            rs.getLong("reblog_of_id"),
            rs.getLong("quote_of_id"),
            rs.getLong("created_at"),
            rs.getLong("edited_at"),
            Set.of(),
            List.of(),
            social.rapport.audience.QuotePolicy.parse(rs.getString("quote_policy"))
                    .orElse(social.rapport.audience.QuotePolicy.NOBODY));

    /**
     * One version of a post, for its history. `mediaIds`: the uploads it carried, in order (null: not
     * recorded, for versions written before they were).
     */
    public record Version(
            String title,
            String source,
            String html,
            String spoilerText,
            boolean sensitive,
            long createdAt,
            List<Long> mediaIds) {}

    /** A saved row (favourite or bookmark) with its own time-ordered id, for paging. */
    public record Saved(long rowId, long statusId) {}

    public void insert(Tx tx, Status s) {
        tx.handle()
                .createUpdate("INSERT INTO statuses (" + COLUMNS + ") VALUES (:id, :a, :k, :t, :src, :html, :sp,"
                        + " :sens, :lang, :aud, :rp, :rt, :rta, :rb, :q, :c, NULL, :qp)")
                .bind("id", s.id())
                .bind("a", s.accountId())
                .bind("k", s.kind().name().toLowerCase())
                .bind("t", s.title())
                .bind("src", s.source())
                .bind("html", s.html())
                .bind("sp", s.spoilerText())
                .bind("sens", s.sensitive())
                .bind("lang", s.language())
                .bind("aud", s.audience().wire())
                .bind("rp", s.replyPolicy().wire())
                .bind("rt", nullIfZero(s.inReplyToId()))
                .bind("rta", s.inReplyToAccountId() == 0 ? null : s.inReplyToAccountId())
                .bind("rb", nullIfZero(s.reblogOfId()))
                .bind("q", nullIfZero(s.quoteOfId()))
                .bind("c", s.createdAt())
                .bind("qp", s.quotePolicy().wire())
                .execute();
        setMentionsAndTags(tx, s.id(), s.mentions(), s.tags());
    }

    private static Long nullIfZero(long v) {
        return v == 0 ? null : v;
    }

    public void setMentionsAndTags(Tx tx, long id, Set<Integer> mentions, List<String> tags) {
        Handle h = tx.handle();
        h.createUpdate("DELETE FROM status_mentions WHERE status_id = :id")
                .bind("id", id)
                .execute();
        h.createUpdate("DELETE FROM status_tags WHERE status_id = :id")
                .bind("id", id)
                .execute();
        for (int m : mentions) {
            h.createUpdate("INSERT INTO status_mentions (status_id, account_id) VALUES (:s, :a)")
                    .bind("s", id)
                    .bind("a", m)
                    .execute();
        }
        for (String t : new HashSet<>(tags)) {
            h.createUpdate("INSERT INTO status_tags (status_id, tag) VALUES (:s, :t)")
                    .bind("s", id)
                    .bind("t", t)
                    .execute();
        }
    }

    public void updateText(
            Tx tx, long id, String title, String source, String html, String spoiler, boolean sensitive) {
        tx.handle()
                .createUpdate("UPDATE statuses SET title = :t, source = :s, html = :h, spoiler_text = :sp,"
                        + " sensitive = :sens, edited_at = :now WHERE id = :id")
                .bind("t", title)
                .bind("s", source)
                .bind("h", html)
                .bind("sp", spoiler)
                .bind("sens", sensitive)
                .bind("now", tx.now())
                .bind("id", id)
                .execute();
    }

    public void setQuotePolicy(Tx tx, long id, social.rapport.audience.QuotePolicy policy) {
        tx.handle()
                .createUpdate("UPDATE statuses SET quote_policy = :q WHERE id = :id")
                .bind("q", policy.wire())
                .bind("id", id)
                .execute();
    }

    /** Changes the post's audience from `from` to `to`; false when its audience is no longer `from`. */
    public boolean changeAudience(Tx tx, long id, Audience from, Audience to) {
        return tx.handle()
                        .createUpdate("UPDATE statuses SET audience = :to WHERE id = :id AND audience = :from")
                        .bind("to", to.wire())
                        .bind("from", from.wire())
                        .bind("id", id)
                        .execute()
                == 1;
    }

    /** Deletes the post while its audience is `audience`; false when it is gone or changed. */
    public boolean deleteWithAudience(Tx tx, long id, Audience audience) {
        return tx.handle()
                        .createUpdate("DELETE FROM statuses WHERE id = :id AND audience = :aud")
                        .bind("aud", audience.wire())
                        .bind("id", id)
                        .execute()
                == 1;
    }

    public void delete(Tx tx, long id) {
        tx.handle()
                .createUpdate("DELETE FROM statuses WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    public Optional<Status> byId(Handle h, long id) {
        return Optional.ofNullable(byIds(h, List.of(id)).get(id));
    }

    /** Posts by id with their mentions and tags; missing ids are simply absent from the map. */
    public Map<Long, Status> byIds(Handle h, Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        List<Status> rows = h.createQuery("SELECT " + COLUMNS + " FROM statuses WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(new HashSet<>(ids)))
                .map(MAPPER)
                .list();
        return withDetails(h, rows);
    }

    private Map<Long, Status> withDetails(Handle h, List<Status> rows) {
        Map<Long, Status> out = new LinkedHashMap<>();
        if (rows.isEmpty()) return out;
        List<Long> ids = rows.stream().map(Status::id).toList();
        Map<Long, Set<Integer>> mentions = new HashMap<>();
        h.createQuery("SELECT status_id, account_id FROM status_mentions WHERE status_id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e -> mentions.computeIfAbsent(e.getKey(), k -> new HashSet<>())
                        .add(e.getValue()));
        Map<Long, List<String>> tags = new HashMap<>();
        h.createQuery("SELECT status_id, tag FROM status_tags WHERE status_id IN (<ids>) ORDER BY tag")
                .bindList("ids", ids)
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e ->
                        tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        for (Status s : rows) {
            out.put(
                    s.id(),
                    s.withMentionsAndTags(
                            mentions.getOrDefault(s.id(), Set.of()), tags.getOrDefault(s.id(), List.of())));
        }
        return out;
    }

    private List<Status> query(Handle h, String where, Map<String, Object> binds, String order, int limit) {
        var q = h.createQuery(
                "SELECT " + COLUMNS + " FROM statuses WHERE " + where + " ORDER BY " + order + " LIMIT " + limit);
        binds.forEach(q::bind);
        return new ArrayList<>(withDetails(h, q.map(MAPPER).list()).values());
    }

    /** Posts that are not reblogs, by id above `afterId`, oldest first: for rebuilding the search index. */
    public List<Status> originalsAfter(Handle h, long afterId, int limit) {
        return query(h, "reblog_of_id IS NULL AND id > :after", Map.of("after", afterId), "id", limit);
    }

    /** Which of the posts the account replied to, reblogged, favourited or bookmarked. */
    public Set<Long> touchedBy(Handle h, int accountId, Collection<Long> ids) {
        if (ids.isEmpty()) return Set.of();
        return new HashSet<>(h.createQuery("SELECT in_reply_to_id FROM statuses WHERE account_id = :a"
                        + " AND in_reply_to_id IN (<ids>)"
                        + " UNION SELECT reblog_of_id FROM statuses WHERE account_id = :a AND reblog_of_id IN (<ids>)"
                        + " UNION SELECT status_id FROM favourites WHERE account_id = :a AND status_id IN (<ids>)"
                        + " UNION SELECT status_id FROM bookmarks WHERE account_id = :a AND status_id IN (<ids>)")
                .bind("a", accountId)
                .bindList("ids", List.copyOf(ids))
                .mapTo(Long.class)
                .list());
    }

    /** Replies to any of the posts. */
    public List<Status> repliesTo(Handle h, Collection<Long> parents) {
        if (parents.isEmpty()) return List.of();
        var rows = h.createQuery("SELECT " + COLUMNS + " FROM statuses WHERE in_reply_to_id IN (<ids>)")
                .bindList("ids", List.copyOf(parents))
                .map(MAPPER)
                .list();
        return new ArrayList<>(withDetails(h, rows).values());
    }

    /** Reblogs of any of the posts. */
    public List<Status> reblogsOf(Handle h, Collection<Long> originals) {
        if (originals.isEmpty()) return List.of();
        var rows = h.createQuery("SELECT " + COLUMNS + " FROM statuses WHERE reblog_of_id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(originals))
                .map(MAPPER)
                .list();
        return new ArrayList<>(withDetails(h, rows).values());
    }

    /**
     * What hangs on a page of posts, in one query: each reply and reblog of them (with what the
     * audience policy needs to decide on it), who favourited them, and which of them the viewer has
     * bookmarked or pinned. The caller counts only what the policy lets the viewer see.
     */
    public Related related(Handle h, Collection<Long> ids, int viewer) {
        Related out = new Related(
                new ArrayList<>(),
                new ArrayList<>(),
                new HashMap<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>());
        if (ids.isEmpty()) return out;
        List<Long> list = List.copyOf(new HashSet<>(ids));
        List<Light> needMentions = new ArrayList<>();
        h.createQuery("SELECT 'r' AS k, in_reply_to_id AS t, id, account_id, audience FROM statuses"
                        + " WHERE in_reply_to_id IN (<ids>)"
                        + " UNION ALL SELECT 'b', reblog_of_id, id, account_id, audience FROM statuses"
                        + " WHERE reblog_of_id IN (<ids>)"
                        + " UNION ALL SELECT 'f', status_id, id, account_id, NULL FROM favourites WHERE status_id IN (<ids>)"
                        + " UNION ALL SELECT 'm', status_id, id, account_id, NULL FROM bookmarks"
                        + " WHERE account_id = :v AND status_id IN (<ids>)"
                        + " UNION ALL SELECT 'p', status_id, status_id, account_id, NULL FROM pins"
                        + " WHERE account_id = :v AND status_id IN (<ids>)"
                        + " UNION ALL SELECT 'c', root_id, root_id, account_id, NULL FROM conversation_mutes"
                        + " WHERE account_id = :v")
                .bindList("ids", list)
                .bind("v", viewer)
                .map((rs, c) -> {
                    String kind = rs.getString(1);
                    long target = rs.getLong(2);
                    long id = rs.getLong(3);
                    int account = rs.getInt(4);
                    switch (kind) {
                        case "r", "b" -> {
                            Light l = new Light(id, account, target, audience(rs.getString(5)), new HashSet<>());
                            (kind.equals("r") ? out.replies() : out.reblogs()).add(l);
                            if (l.audience().has(social.rapport.audience.Grant.Kind.MENTIONED)) needMentions.add(l);
                        }
                        case "f" ->
                            out.favouritedBy()
                                    .computeIfAbsent(target, k -> new ArrayList<>())
                                    .add(account);
                        case "m" -> out.bookmarked().add(target);
                        case "c" -> out.mutedRoots().add(target);
                        default -> out.pinned().add(target);
                    }
                    return kind;
                })
                .list();
        if (!needMentions.isEmpty()) {
            Map<Long, Light> byId = new HashMap<>();
            for (Light l : needMentions) byId.put(l.id(), l);
            h.createQuery("SELECT status_id, account_id FROM status_mentions WHERE status_id IN (<ids>)")
                    .bindList("ids", List.copyOf(byId.keySet()))
                    .map((rs, c) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                    .forEach(e -> byId.get(e.getKey()).mentioned().add(e.getValue()));
        }
        return out;
    }

    /** A reply or reblog reduced to what the audience policy asks about it; `target` is the post it hangs on. */
    public record Light(long id, int owner, long target, Audience audience, Set<Integer> mentioned)
            implements social.rapport.audience.AudiencePolicy.Visible {}

    /**
     * What {@link #related} found. `favouritedBy` holds, per post, the accounts that favourited it in
     * no particular order; `bookmarked` and `pinned` are the viewer's own among the page;
     * `mutedRoots` the first posts of every conversation the viewer muted.
     */
    public record Related(
            List<Light> replies,
            List<Light> reblogs,
            Map<Long, List<Integer>> favouritedBy,
            Set<Long> bookmarked,
            Set<Long> pinned,
            Set<Long> mutedRoots) {}

    private static final com.github.benmanes.caffeine.cache.Cache<String, Audience> AUDIENCES =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(10_000)
                    .build();

    /** Stored audiences parsed once: they are immutable values shared by every row that has them. */
    static Audience audience(String wire) {
        return AUDIENCES.get(wire, Audience::fromWire);
    }

    /** This server's posts, reblogs not counted (for the instance documents). */
    public int countPosts(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM statuses WHERE reblog_of_id IS NULL")
                .mapTo(Integer.class)
                .one();
    }

    public Optional<Long> reblogBy(Handle h, int accountId, long originalId) {
        return h.createQuery("SELECT id FROM statuses WHERE account_id = :a AND reblog_of_id = :o")
                .bind("a", accountId)
                .bind("o", originalId)
                .mapTo(Long.class)
                .findOne();
    }

    /** A page of an account's posts and reblogs between the cursors, newest first (or oldest first). */
    public List<Status> byAccount(Handle h, int accountId, Cursor c) {
        return query(
                h,
                "account_id = :a AND " + c.where(),
                Map.of("a", accountId, "max", c.maxId(), "min", c.minId()),
                c.order(),
                c.limit());
    }

    /** Public posts (a rough pre-filter on the stored audience; the policy decides). */
    public List<Status> listed(Handle h, Cursor c) {
        return query(
                h,
                "audience LIKE '%public%' AND reblog_of_id IS NULL AND " + c.where(),
                Map.of("max", c.maxId(), "min", c.minId()),
                c.order(),
                c.limit());
    }

    /** Posts to one group (a group's post names that group alone), reposts of them included. */
    public List<Status> inGroup(Handle h, long groupId, Cursor c) {
        return query(
                h,
                "audience = :aud AND " + c.where(),
                Map.of("aud", "group:" + groupId, "max", c.maxId(), "min", c.minId()),
                c.order(),
                c.limit());
    }

    /** Posts to one group held for its moderators. */
    public List<Status> heldInGroup(Handle h, long groupId, Cursor c) {
        return query(
                h,
                "audience = :aud AND " + c.where(),
                Map.of("aud", "held:" + groupId, "max", c.maxId(), "min", c.minId()),
                c.order(),
                c.limit());
    }

    public List<Status> tagged(Handle h, String tag, Cursor c) {
        return query(
                h,
                "audience LIKE '%public%' AND id IN (SELECT status_id FROM status_tags WHERE tag = :tag) AND "
                        + c.where(),
                Map.of("tag", tag, "max", c.maxId(), "min", c.minId()),
                c.order(),
                c.limit());
    }

    /**
     * The first post of each post's thread: its replies followed up through `in_reply_to_id` (a
     * parent since deleted ends the walk at its id).
     */
    public Map<Long, Long> roots(Handle h, Collection<Long> ids) {
        Map<Long, Long> at = new HashMap<>();
        for (long id : ids) at.put(id, id);
        Set<Long> open = new HashSet<>(ids);
        for (int depth = 0; depth < 256 && !open.isEmpty(); depth++) {
            Map<Long, Long> up = new HashMap<>();
            h.createQuery("SELECT id, in_reply_to_id FROM statuses WHERE id IN (<ids>) AND in_reply_to_id IS NOT NULL")
                    .bindList("ids", List.copyOf(open))
                    .map((rs, c) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(e -> up.put(e.getKey(), e.getValue()));
            Set<Long> next = new HashSet<>();
            for (Map.Entry<Long, Long> e : at.entrySet()) {
                Long parent = up.get(e.getValue());
                if (parent != null && open.contains(e.getValue())) {
                    e.setValue(parent);
                    next.add(parent);
                }
            }
            open = next;
        }
        return at;
    }

    public List<Version> versions(Handle h, long id) {
        return h.createQuery("SELECT title, source, html, spoiler_text, sensitive, created_at, media_ids"
                        + " FROM status_edits WHERE status_id = :id ORDER BY id")
                .bind("id", id)
                .map((rs, c) -> new Version(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getLong(6),
                        mediaIds(rs.getString(7))))
                .list();
    }

    public void insertVersion(Tx tx, long id, Version v) {
        tx.handle()
                .createUpdate("INSERT INTO status_edits (status_id, title, source, html, spoiler_text, sensitive,"
                        + " created_at, media_ids) VALUES (:id, :t, :s, :h, :sp, :sens, :c, :m)")
                .bind("id", id)
                .bind("t", v.title())
                .bind("s", v.source())
                .bind("h", v.html())
                .bind("sp", v.spoilerText())
                .bind("sens", v.sensitive())
                .bind("c", v.createdAt())
                .bind(
                        "m",
                        v.mediaIds() == null
                                ? null
                                : String.join(
                                        ",",
                                        v.mediaIds().stream()
                                                .map(String::valueOf)
                                                .toList()))
                .execute();
    }

    private static List<Long> mediaIds(String stored) {
        if (stored == null) return null;
        if (stored.isEmpty()) return List.of();
        return java.util.Arrays.stream(stored.split(",")).map(Long::parseLong).toList();
    }

    // ---- favourites and bookmarks share one shape ----

    /** Adds a favourite or bookmark; false when it was already there. */
    public boolean save(Tx tx, String table, long rowId, int accountId, long statusId) {
        return tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore(
                                        table, "id, account_id, status_id", ":r, :a, :s", "account_id, status_id"))
                        .bind("r", rowId)
                        .bind("a", accountId)
                        .bind("s", statusId)
                        .execute()
                > 0;
    }

    public boolean unsave(Tx tx, String table, int accountId, long statusId) {
        return tx.handle()
                        .createUpdate("DELETE FROM " + table + " WHERE account_id = :a AND status_id = :s")
                        .bind("a", accountId)
                        .bind("s", statusId)
                        .execute()
                > 0;
    }

    /** Which of the posts the account has saved in the table. */
    public Set<Long> savedAmong(Handle h, String table, int accountId, Collection<Long> ids) {
        if (ids.isEmpty() || accountId <= 0) return Set.of();
        return new HashSet<>(
                h.createQuery("SELECT status_id FROM " + table + " WHERE account_id = :a AND status_id IN (<ids>)")
                        .bind("a", accountId)
                        .bindList("ids", List.copyOf(ids))
                        .mapTo(Long.class)
                        .list());
    }

    /** Who saved each post, oldest first. */
    public Map<Long, List<Integer>> saversOf(Handle h, String table, Collection<Long> ids) {
        Map<Long, List<Integer>> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        h.createQuery("SELECT status_id, account_id FROM " + table + " WHERE status_id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(ids))
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    public List<Saved> savedPage(Handle h, String table, int accountId, Cursor c) {
        return h.createQuery("SELECT id, status_id FROM " + table + " WHERE account_id = :a AND " + c.where()
                        + " ORDER BY " + c.order() + " LIMIT " + c.limit())
                .bind("a", accountId)
                .bind("max", c.maxId())
                .bind("min", c.minId())
                .map((rs, x) -> new Saved(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    // ---- pins ----

    public boolean pin(Tx tx, int accountId, long statusId) {
        return tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore(
                                        "pins",
                                        "account_id, status_id, created_at",
                                        ":a, :s, :c",
                                        "account_id, status_id"))
                        .bind("a", accountId)
                        .bind("s", statusId)
                        .bind("c", tx.now())
                        .execute()
                > 0;
    }

    public boolean unpin(Tx tx, int accountId, long statusId) {
        return tx.handle()
                        .createUpdate("DELETE FROM pins WHERE account_id = :a AND status_id = :s")
                        .bind("a", accountId)
                        .bind("s", statusId)
                        .execute()
                > 0;
    }

    public List<Long> pinned(Handle h, int accountId) {
        return h.createQuery(
                        "SELECT status_id FROM pins WHERE account_id = :a ORDER BY created_at DESC, status_id DESC")
                .bind("a", accountId)
                .mapTo(Long.class)
                .list();
    }
}
