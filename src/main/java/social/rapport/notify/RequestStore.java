package social.rapport.notify;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.status.Cursor;
import social.rapport.store.Tx;

/** SQL for notification requests and the permissions accepting one leaves. Decides nothing about who may see what. */
final class RequestStore {
    private static final String COLUMNS = "id, account_id, from_account_id, created_at, updated_at";

    record Row(long id, int accountId, int fromAccountId, long createdAt, long updatedAt) {}

    /** One request per person and stranger: a second filtered notification only moves `updated_at`. */
    void upsert(Tx tx, long id, int account, int from, long now) {
        tx.handle()
                .createUpdate("INSERT INTO notification_requests (" + COLUMNS + ") VALUES (:id, :a, :f, :now, :now) "
                        + "ON CONFLICT (account_id, from_account_id) DO UPDATE SET updated_at = :now")
                .bind("id", id)
                .bind("a", account)
                .bind("f", from)
                .bind("now", now)
                .execute();
    }

    List<Row> page(Handle h, int account, Cursor c) {
        return h.createQuery("SELECT " + COLUMNS + " FROM notification_requests WHERE account_id = :a "
                        + "AND id < :max AND id > :min ORDER BY id " + (c.ascending() ? "ASC" : "DESC")
                        + " LIMIT :lim")
                .bind("a", account)
                .bind("max", c.maxId())
                .bind("min", c.minId())
                .bind("lim", c.limit())
                .map((rs, ctx) -> row(rs))
                .list();
    }

    Optional<Row> byId(Handle h, int account, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM notification_requests WHERE id = :id AND account_id = :a")
                .bind("id", id)
                .bind("a", account)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    void delete(Tx tx, int account, int from) {
        tx.handle()
                .createUpdate("DELETE FROM notification_requests WHERE account_id = :a AND from_account_id = :f")
                .bind("a", account)
                .bind("f", from)
                .execute();
    }

    void permit(Tx tx, int account, int from, long now) {
        tx.handle()
                .createUpdate("INSERT INTO notification_permissions (account_id, from_account_id, created_at) "
                        + "VALUES (:a, :f, :now) ON CONFLICT (account_id, from_account_id) DO NOTHING")
                .bind("a", account)
                .bind("f", from)
                .bind("now", now)
                .execute();
    }

    boolean permitted(Handle h, int account, int from) {
        return h.createQuery("SELECT COUNT(*) FROM notification_permissions WHERE account_id = :a "
                                + "AND from_account_id = :f")
                        .bind("a", account)
                        .bind("f", from)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** The stranger's filtered notifications, newest first. */
    List<Notification> filteredFrom(Handle h, NotificationStore store, int account, int from) {
        return store.page(
                h,
                account,
                new NotificationStore.Filter(List.of(), List.of(), from, true),
                new Cursor(Long.MAX_VALUE, 0, false, Integer.MAX_VALUE));
    }

    /** Accepting: the stranger's filtered notifications join the main list. */
    void unfilter(Tx tx, int account, int from) {
        tx.handle()
                .createUpdate("UPDATE notifications SET filtered = FALSE WHERE account_id = :a "
                        + "AND from_account_id = :f AND filtered = TRUE")
                .bind("a", account)
                .bind("f", from)
                .execute();
    }

    /** Dismissing: the stranger's filtered notifications are dropped. */
    void dropFiltered(Tx tx, int account, int from) {
        tx.handle()
                .createUpdate("DELETE FROM notifications WHERE account_id = :a AND from_account_id = :f "
                        + "AND filtered = TRUE")
                .bind("a", account)
                .bind("f", from)
                .execute();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getInt("account_id"),
                rs.getInt("from_account_id"),
                rs.getLong("created_at"),
                rs.getLong("updated_at"));
    }
}
