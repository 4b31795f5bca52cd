package social.rapport.notify;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for markers. */
public final class MarkerStore {
    private static final String COLUMNS = "timeline, last_read_id, version, updated_at";

    public List<Marker> of(Handle h, int account, List<String> timelines) {
        if (timelines.isEmpty()) return List.of();
        return h.createQuery("SELECT " + COLUMNS + " FROM markers WHERE account_id = :a AND timeline IN (<t>)")
                .bind("a", account)
                .bindList("t", timelines)
                .map((rs, c) -> row(rs))
                .list();
    }

    public Optional<Marker> one(Handle h, int account, String timeline) {
        return h.createQuery("SELECT " + COLUMNS + " FROM markers WHERE account_id = :a AND timeline = :t")
                .bind("a", account)
                .bind("t", timeline)
                .map((rs, c) -> row(rs))
                .findOne();
    }

    /** Saves the position, one version higher than the stored one. */
    public Marker save(Tx tx, int account, String timeline, long lastReadId) {
        int version = one(tx.handle(), account, timeline).map(Marker::version).orElse(0) + 1;
        tx.handle()
                .createUpdate("DELETE FROM markers WHERE account_id = :a AND timeline = :t")
                .bind("a", account)
                .bind("t", timeline)
                .execute();
        tx.handle()
                .createUpdate("INSERT INTO markers (account_id, timeline, last_read_id, version, updated_at) "
                        + "VALUES (:a, :t, :l, :v, :u)")
                .bind("a", account)
                .bind("t", timeline)
                .bind("l", lastReadId)
                .bind("v", version)
                .bind("u", tx.now())
                .execute();
        return new Marker(timeline, lastReadId, version, tx.now());
    }

    private static Marker row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Marker(
                rs.getString("timeline"), rs.getLong("last_read_id"), rs.getInt("version"), rs.getLong("updated_at"));
    }
}
