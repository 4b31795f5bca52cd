package social.rapport.notify;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import social.rapport.status.Cursor;
import social.rapport.store.Tx;

/** SQL for notifications and their policies. Decides nothing about who may see what. */
public final class NotificationStore {
    private static final String COLUMNS =
            "id, account_id, type, from_account_id, COALESCE(status_id, 0) AS status_id, object_id, filtered, created_at";

    /** What a list asks for; null and empty mean no restriction. */
    /**
     * What to list. `types` empty means every type; `noneOfTheseTypes` says the caller asked only for types
     * this server does not know, so nothing matches (as Mastodon answers).
     */
    public record Filter(
            List<String> types,
            List<String> excludeTypes,
            int fromAccountId,
            boolean filtered,
            boolean noneOfTheseTypes) {
        public Filter(List<String> types, List<String> excludeTypes, int fromAccountId, boolean filtered) {
            this(types, excludeTypes, fromAccountId, filtered, false);
        }
    }

    public void insert(Tx tx, Notification n) {
        tx.handle()
                .createUpdate("INSERT INTO notifications (id, account_id, type, from_account_id, status_id, object_id, "
                        + "filtered, created_at) VALUES (:id, :a, :t, :f, :s, :o, :fl, :c)")
                .bind("id", n.id())
                .bind("a", n.accountId())
                .bind("t", n.type())
                .bind("f", n.fromAccountId())
                .bind("s", n.statusId() == 0 ? null : n.statusId())
                .bind("o", n.objectId())
                .bind("fl", n.filtered())
                .bind("c", n.createdAt())
                .execute();
    }

    public boolean exists(Handle h, int account, String type, int from, long statusId) {
        return h.createQuery("SELECT COUNT(*) FROM notifications WHERE account_id = :a AND type = :t "
                                + "AND from_account_id = :f AND COALESCE(status_id, 0) = :s")
                        .bind("a", account)
                        .bind("t", type)
                        .bind("f", from)
                        .bind("s", statusId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** Removes what one actor caused: by type and actor, optionally narrowed to a post or an object. */
    public int remove(Tx tx, String type, int from, int account, long statusId, long objectId) {
        StringBuilder sql = new StringBuilder("DELETE FROM notifications WHERE type = :t AND from_account_id = :f");
        if (account > 0) sql.append(" AND account_id = :a");
        if (statusId > 0) sql.append(" AND status_id = :s");
        if (objectId > 0) sql.append(" AND object_id = :o");
        return tx.handle()
                .createUpdate(sql.toString())
                .bind("t", type)
                .bind("f", from)
                .bind("a", account)
                .bind("s", statusId)
                .bind("o", objectId)
                .execute();
    }

    public Optional<Notification> byId(Handle h, int account, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM notifications WHERE id = :id AND account_id = :a")
                .bind("id", id)
                .bind("a", account)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    public List<Notification> page(Handle h, int account, Filter f, Cursor c) {
        if (f.noneOfTheseTypes()) return List.of();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
                + " FROM notifications WHERE account_id = :a AND filtered = :fl AND id < :max AND id > :min");
        if (f.types() != null && !f.types().isEmpty()) sql.append(" AND type IN (<types>)");
        if (f.excludeTypes() != null && !f.excludeTypes().isEmpty()) sql.append(" AND type NOT IN (<ex>)");
        if (f.fromAccountId() > 0) sql.append(" AND from_account_id = :from");
        sql.append(c.ascending() ? " ORDER BY id ASC" : " ORDER BY id DESC").append(" LIMIT :lim");
        Query q = h.createQuery(sql.toString())
                .bind("a", account)
                .bind("fl", f.filtered())
                .bind("max", c.maxId())
                .bind("min", c.minId())
                .bind("from", f.fromAccountId())
                .bind("lim", c.limit());
        if (f.types() != null && !f.types().isEmpty()) q.bindList("types", f.types());
        if (f.excludeTypes() != null && !f.excludeTypes().isEmpty()) q.bindList("ex", f.excludeTypes());
        return q.map((rs, ctx) -> row(rs)).list();
    }

    /**
     * The main list's rows of one kind that fall in a time window, newest first, optionally about one
     * post and from one actor: the members of a notification group.
     */
    public List<Notification> window(
            Handle h, int account, String type, long statusId, int fromAccountId, long from, long until) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notifications WHERE account_id = :a "
                + "AND filtered = FALSE AND type = :t AND created_at >= :from AND created_at < :until");
        if (statusId > 0) sql.append(" AND status_id = :s");
        if (fromAccountId > 0) sql.append(" AND from_account_id = :f");
        return h.createQuery(sql.append(" ORDER BY id DESC").toString())
                .bind("a", account)
                .bind("t", type)
                .bind("from", from)
                .bind("until", until)
                .bind("s", statusId)
                .bind("f", fromAccountId)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    public int dismissAll(Tx tx, int account, List<Long> ids) {
        if (ids.isEmpty()) return 0;
        return tx.handle()
                .createUpdate("DELETE FROM notifications WHERE account_id = :a AND id IN (<ids>)")
                .bind("a", account)
                .bindList("ids", ids)
                .execute();
    }

    /** The id of the newest notification in the main list, 0 when there is none. */
    public long newestId(Handle h, int account) {
        return h.createQuery(
                        "SELECT COALESCE(MAX(id), 0) FROM notifications WHERE account_id = :a AND filtered = FALSE")
                .bind("a", account)
                .mapTo(Long.class)
                .one();
    }

    public boolean dismiss(Tx tx, int account, long id) {
        return tx.handle()
                        .createUpdate("DELETE FROM notifications WHERE id = :id AND account_id = :a")
                        .bind("id", id)
                        .bind("a", account)
                        .execute()
                > 0;
    }

    public int clear(Tx tx, int account) {
        return tx.handle()
                .createUpdate("DELETE FROM notifications WHERE account_id = :a")
                .bind("a", account)
                .execute();
    }

    public Optional<NotificationPolicy> policy(Handle h, int account) {
        return h.createQuery("SELECT for_not_following, for_not_followers, for_new_accounts, for_private_mentions, "
                        + "for_limited_accounts FROM notification_policies WHERE account_id = :a")
                .bind("a", account)
                .map((rs, ctx) -> new NotificationPolicy(
                        action(rs.getString(1)),
                        action(rs.getString(2)),
                        action(rs.getString(3)),
                        action(rs.getString(4)),
                        action(rs.getString(5))))
                .findOne();
    }

    public void savePolicy(Tx tx, int account, NotificationPolicy p) {
        tx.handle()
                .createUpdate("DELETE FROM notification_policies WHERE account_id = :a")
                .bind("a", account)
                .execute();
        tx.handle()
                .createUpdate(
                        "INSERT INTO notification_policies (account_id, for_not_following, for_not_followers, "
                                + "for_new_accounts, for_private_mentions, for_limited_accounts) VALUES (:a, :n1, :n2, :n3, :n4, :n5)")
                .bind("a", account)
                .bind("n1", p.forNotFollowing().wire())
                .bind("n2", p.forNotFollowers().wire())
                .bind("n3", p.forNewAccounts().wire())
                .bind("n4", p.forPrivateMentions().wire())
                .bind("n5", p.forLimitedAccounts().wire())
                .execute();
    }

    private static NotificationPolicy.Action action(String stored) {
        return NotificationPolicy.Action.valueOf(stored.toUpperCase(java.util.Locale.ROOT));
    }

    private static Notification row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Notification(
                rs.getLong("id"),
                rs.getInt("account_id"),
                rs.getString("type"),
                rs.getInt("from_account_id"),
                rs.getLong("status_id"),
                rs.getLong("object_id"),
                rs.getBoolean("filtered"),
                rs.getLong("created_at"));
    }
}
