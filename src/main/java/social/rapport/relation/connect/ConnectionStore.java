package social.rapport.relation.connect;

import java.util.List;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for connections: one row per pair, lower id first, so a pair is connected at most once. */
public final class ConnectionStore {
    /** Inserts the pair unless connected; answers whether it inserted. */
    public boolean insert(Tx tx, int a, int b) {
        return tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore(
                                        "connections",
                                        "low_id, high_id, created_at",
                                        ":lo, :hi, :t",
                                        "low_id, high_id"))
                        .bind("lo", Math.min(a, b))
                        .bind("hi", Math.max(a, b))
                        .bind("t", tx.now())
                        .execute()
                == 1;
    }

    public boolean delete(Tx tx, int a, int b) {
        return tx.handle()
                        .createUpdate("DELETE FROM connections WHERE low_id = :lo AND high_id = :hi")
                        .bind("lo", Math.min(a, b))
                        .bind("hi", Math.max(a, b))
                        .execute()
                == 1;
    }

    public boolean connected(Handle h, int a, int b) {
        return h.createQuery("SELECT COUNT(*) FROM connections WHERE low_id = :lo AND high_id = :hi")
                        .bind("lo", Math.min(a, b))
                        .bind("hi", Math.max(a, b))
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    public int count(Handle h, int account) {
        return h.createQuery("SELECT COUNT(*) FROM connections WHERE low_id = :a OR high_id = :a")
                .bind("a", account)
                .mapTo(Integer.class)
                .one();
    }

    public List<Integer> of(Handle h, int account) {
        return h.createQuery("SELECT high_id FROM connections WHERE low_id = :a UNION SELECT low_id FROM connections"
                        + " WHERE high_id = :a")
                .bind("a", account)
                .mapTo(Integer.class)
                .list();
    }

    /** Each connection of the account with when it began (epoch millis). */
    public java.util.Map<Integer, Long> since(Handle h, int account) {
        java.util.Map<Integer, Long> out = new java.util.HashMap<>();
        h.createQuery("SELECT CASE WHEN low_id = :a THEN high_id ELSE low_id END AS other, created_at"
                        + " FROM connections WHERE low_id = :a OR high_id = :a")
                .bind("a", account)
                .map((rs, c) -> new long[] {rs.getInt("other"), rs.getLong("created_at")})
                .forEach(r -> out.put((int) r[0], r[1]));
        return out;
    }
}
