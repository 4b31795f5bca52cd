package social.rapport.notify;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for announcements, their dismissals and reactions. */
final class AnnouncementStore {
    private static final String COLUMNS = "id, text, starts_at, ends_at, all_day, published_at, updated_at";

    record Row(long id, String text, Long startsAt, Long endsAt, boolean allDay, long publishedAt, long updatedAt) {}

    record Count(long announcementId, String name, int count, boolean me) {}

    void insert(Tx tx, Row r) {
        tx.handle()
                .createUpdate("INSERT INTO announcements (" + COLUMNS + ") VALUES (:id, :text, :s, :e, :d, :p, :u)")
                .bind("id", r.id())
                .bind("text", r.text())
                .bind("s", r.startsAt())
                .bind("e", r.endsAt())
                .bind("d", r.allDay())
                .bind("p", r.publishedAt())
                .bind("u", r.updatedAt())
                .execute();
    }

    boolean delete(Tx tx, long id) {
        return tx.handle()
                        .createUpdate("DELETE FROM announcements WHERE id = :id")
                        .bind("id", id)
                        .execute()
                > 0;
    }

    /** Those not ended by `now`, newest first; all of them when `now` is 0. */
    List<Row> current(Handle h, long now) {
        return h.createQuery("SELECT " + COLUMNS + " FROM announcements WHERE :now = 0 OR ends_at IS NULL "
                        + "OR ends_at > :now ORDER BY id DESC")
                .bind("now", now)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    Optional<Row> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM announcements WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    List<Long> dismissed(Handle h, int account) {
        return h.createQuery("SELECT announcement_id FROM announcement_dismissals WHERE account_id = :a")
                .bind("a", account)
                .mapTo(Long.class)
                .list();
    }

    void dismiss(Tx tx, long id, int account) {
        tx.handle()
                .createUpdate("INSERT INTO announcement_dismissals (announcement_id, account_id) VALUES (:id, :a) "
                        + "ON CONFLICT (announcement_id, account_id) DO NOTHING")
                .bind("id", id)
                .bind("a", account)
                .execute();
    }

    /** Whether the row was new (a second identical reaction changes nothing). */
    boolean react(Tx tx, long id, int account, String name, long now) {
        return tx.handle()
                        .createUpdate("INSERT INTO announcement_reactions (announcement_id, account_id, name, "
                                + "created_at) VALUES (:id, :a, :n, :now) "
                                + "ON CONFLICT (announcement_id, account_id, name) DO NOTHING")
                        .bind("id", id)
                        .bind("a", account)
                        .bind("n", name)
                        .bind("now", now)
                        .execute()
                > 0;
    }

    boolean unreact(Tx tx, long id, int account, String name) {
        return tx.handle()
                        .createUpdate("DELETE FROM announcement_reactions WHERE announcement_id = :id "
                                + "AND account_id = :a AND name = :n")
                        .bind("id", id)
                        .bind("a", account)
                        .bind("n", name)
                        .execute()
                > 0;
    }

    /** Each emoji's count on each announcement, and whether `account` left it; in the order first left. */
    List<Count> counts(Handle h, int account) {
        return h.createQuery("SELECT announcement_id, name, COUNT(*) AS n, "
                        + "SUM(CASE WHEN account_id = :a THEN 1 ELSE 0 END) AS mine, MIN(created_at) AS first "
                        + "FROM announcement_reactions GROUP BY announcement_id, name ORDER BY first, name")
                .bind("a", account)
                .map((rs, ctx) -> new Count(
                        rs.getLong("announcement_id"), rs.getString("name"), rs.getInt("n"), rs.getInt("mine") > 0))
                .list();
    }

    int count(Handle h, long id, String name) {
        return h.createQuery("SELECT COUNT(*) FROM announcement_reactions WHERE announcement_id = :id AND name = :n")
                .bind("id", id)
                .bind("n", name)
                .mapTo(Integer.class)
                .one();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long s = rs.getLong("starts_at");
        Long startsAt = rs.wasNull() ? null : s;
        long e = rs.getLong("ends_at");
        Long endsAt = rs.wasNull() ? null : e;
        return new Row(
                rs.getLong("id"),
                rs.getString("text"),
                startsAt,
                endsAt,
                rs.getBoolean("all_day"),
                rs.getLong("published_at"),
                rs.getLong("updated_at"));
    }
}
