package social.rapport.status.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Dialect;
import social.rapport.store.Tx;

/** Scheduled posts, each visible to its owner only: every read here is by owner, but the publisher's. */
final class ScheduledStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String COLUMNS = "id, account_id, scheduled_at, params";

    void insert(Tx tx, Scheduled s) {
        tx.handle()
                .createUpdate(
                        "INSERT INTO scheduled_statuses (" + COLUMNS + ", created_at) VALUES (:i, :a, :at, :p, :t)")
                .bind("i", s.id())
                .bind("a", s.accountId())
                .bind("at", s.scheduledAt())
                .bind("p", json(s.params()))
                .bind("t", tx.now())
                .execute();
    }

    Optional<Scheduled> byId(Handle h, int owner, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM scheduled_statuses WHERE id = :i AND account_id = :a")
                .bind("i", id)
                .bind("a", owner)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    /** The owner's scheduled posts with ids in (minId, maxId), newest id first (oldest first when ascending). */
    List<Scheduled> page(Handle h, int owner, long maxId, long minId, boolean ascending, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM scheduled_statuses WHERE account_id = :a AND id < :max"
                        + " AND id > :min ORDER BY id " + (ascending ? "ASC" : "DESC") + " LIMIT :n")
                .bind("a", owner)
                .bind("max", maxId)
                .bind("min", minId)
                .bind("n", limit)
                .map((rs, ctx) -> row(rs))
                .list();
    }

    boolean reschedule(Tx tx, int owner, long id, long at) {
        return tx.handle()
                        .createUpdate(
                                "UPDATE scheduled_statuses SET scheduled_at = :at WHERE id = :i AND account_id = :a")
                        .bind("at", at)
                        .bind("i", id)
                        .bind("a", owner)
                        .execute()
                == 1;
    }

    boolean delete(Tx tx, int owner, long id) {
        return tx.handle()
                        .createUpdate("DELETE FROM scheduled_statuses WHERE id = :i AND account_id = :a")
                        .bind("i", id)
                        .bind("a", owner)
                        .execute()
                == 1;
    }

    /**
     * Counts the owner's scheduled posts, all of them and those due within [dayStart, dayEnd). On
     * PostgreSQL the owner's account row is locked first, so that two schedules at once count one
     * after the other (SQLite has one writer).
     */
    int[] counts(Tx tx, int owner, long dayStart, long dayEnd, long except) {
        if (tx.dialect() == Dialect.POSTGRES) {
            tx.handle()
                    .createQuery("SELECT id FROM accounts WHERE id = :a FOR UPDATE")
                    .bind("a", owner)
                    .mapTo(Integer.class)
                    .findOne();
        }
        return tx.handle()
                .createQuery("SELECT COUNT(*), COALESCE(SUM(CASE WHEN scheduled_at >= :s AND scheduled_at < :e"
                        + " THEN 1 ELSE 0 END), 0) FROM scheduled_statuses WHERE account_id = :a AND id <> :x")
                .bind("a", owner)
                .bind("s", dayStart)
                .bind("e", dayEnd)
                .bind("x", except)
                .map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .one();
    }

    /** Ids of posts due by `now`, earliest first, for the publisher. */
    List<Long> due(Handle h, long now, int limit) {
        return h.createQuery("SELECT id FROM scheduled_statuses WHERE scheduled_at <= :now"
                        + " ORDER BY scheduled_at, id LIMIT :n")
                .bind("now", now)
                .bind("n", limit)
                .mapTo(Long.class)
                .list();
    }

    /**
     * Takes a due post out of the schedule in the publishing transaction: only one publisher (of
     * several servers, or runs) gets the row; the others find it gone.
     */
    Optional<Scheduled> claim(Tx tx, long id) {
        return tx.handle()
                .createQuery(
                        "DELETE FROM scheduled_statuses WHERE id = :i AND scheduled_at <= :now RETURNING " + COLUMNS)
                .bind("i", id)
                .bind("now", tx.now())
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    private static Scheduled row(java.sql.ResultSet rs) throws java.sql.SQLException {
        try {
            return new Scheduled(
                    rs.getLong(1), rs.getInt(2), rs.getLong(3), JSON.readValue(rs.getString(4), ScheduledParams.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable scheduled post " + rs.getLong(1), e);
        }
    }

    private static String json(ScheduledParams p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
