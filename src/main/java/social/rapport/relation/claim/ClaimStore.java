package social.rapport.relation.claim;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import social.rapport.store.Tx;

/** SQL for claims, recommendations and moderation flags. */
public final class ClaimStore {
    private static final RowMapper<Claim> CLAIM = (rs, c) -> new Claim(
            rs.getLong("id"),
            rs.getInt("author_id"),
            rs.getInt("subject_id"),
            rs.getString("kind"),
            rs.getString("detail"),
            rs.getString("state"),
            rs.getLong("created_at"));
    private static final RowMapper<Recommendation> REC = (rs, c) -> new Recommendation(
            rs.getLong("id"),
            rs.getInt("author_id"),
            rs.getInt("subject_id"),
            rs.getString("text"),
            rs.getString("state"),
            rs.getLong("created_at"));
    private static final String CLAIMS =
            "SELECT id, author_id, subject_id, kind, detail, state, created_at FROM claims";
    private static final String RECS = "SELECT id, author_id, subject_id, text, state, created_at FROM recommendations";

    public long insertClaim(Tx tx, int author, int subject, String kind, String detail) {
        return tx.handle()
                .createQuery("INSERT INTO claims (author_id, subject_id, kind, detail, state, created_at)"
                        + " VALUES (:a, :s, :k, :d, 'pending', :t) RETURNING id")
                .bind("a", author)
                .bind("s", subject)
                .bind("k", kind)
                .bind("d", detail)
                .bind("t", tx.now())
                .mapTo(Long.class)
                .one();
    }

    public Optional<Claim> claim(Handle h, long id) {
        return h.createQuery(CLAIMS + " WHERE id = :id")
                .bind("id", id)
                .map(CLAIM)
                .findOne();
    }

    public boolean decideClaim(Tx tx, long id, String state) {
        return tx.handle()
                        .createUpdate(
                                "UPDATE claims SET state = :s, decided_at = :t WHERE id = :id AND state = 'pending'")
                        .bind("s", state)
                        .bind("t", tx.now())
                        .bind("id", id)
                        .execute()
                == 1;
    }

    public List<Claim> claimsAbout(Handle h, int subject, String state) {
        return h.createQuery(CLAIMS + " WHERE subject_id = :s AND state = :st ORDER BY id DESC LIMIT 200")
                .bind("s", subject)
                .bind("st", state)
                .map(CLAIM)
                .list();
    }

    public List<Claim> claimsBy(Handle h, int author) {
        return h.createQuery(CLAIMS + " WHERE author_id = :a ORDER BY id DESC LIMIT 200")
                .bind("a", author)
                .map(CLAIM)
                .list();
    }

    public int declinedSince(Handle h, int author, long since) {
        return h.createQuery("SELECT COUNT(*) FROM claims WHERE author_id = :a AND state = 'declined'"
                        + " AND decided_at > :since")
                .bind("a", author)
                .bind("since", since)
                .mapTo(Integer.class)
                .one();
    }

    public boolean flaggedSince(Handle h, int account, String reason, long since) {
        return h.createQuery("SELECT COUNT(*) FROM moderation_flags WHERE account_id = :a AND reason = :r"
                                + " AND created_at > :since")
                        .bind("a", account)
                        .bind("r", reason)
                        .bind("since", since)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    public void flag(Tx tx, int account, String reason) {
        tx.handle()
                .createUpdate("INSERT INTO moderation_flags (account_id, reason, created_at) VALUES (:a, :r, :t)")
                .bind("a", account)
                .bind("r", reason)
                .bind("t", tx.now())
                .execute();
    }

    public List<String> flags(Handle h, int account) {
        return h.createQuery("SELECT reason FROM moderation_flags WHERE account_id = :a ORDER BY id")
                .bind("a", account)
                .mapTo(String.class)
                .list();
    }

    public long insertRecommendation(Tx tx, int author, int subject, String text) {
        return tx.handle()
                .createQuery("INSERT INTO recommendations (author_id, subject_id, text, state, created_at,"
                        + " updated_at) VALUES (:a, :s, :x, 'pending', :t, :t) RETURNING id")
                .bind("a", author)
                .bind("s", subject)
                .bind("x", text)
                .bind("t", tx.now())
                .mapTo(Long.class)
                .one();
    }

    public Optional<Recommendation> recommendation(Handle h, long id) {
        return h.createQuery(RECS + " WHERE id = :id").bind("id", id).map(REC).findOne();
    }

    public void setRecommendation(Tx tx, long id, String state, String text) {
        tx.handle()
                .createUpdate("UPDATE recommendations SET state = :s, text = :x, updated_at = :t WHERE id = :id")
                .bind("s", state)
                .bind("x", text)
                .bind("t", tx.now())
                .bind("id", id)
                .execute();
    }

    public List<Recommendation> recommendationsAbout(Handle h, int subject, List<String> states) {
        return h.createQuery(RECS + " WHERE subject_id = :s AND state IN (<st>) ORDER BY id DESC LIMIT 200")
                .bind("s", subject)
                .bindList("st", states)
                .map(REC)
                .list();
    }

    public List<Recommendation> recommendationsBy(Handle h, int author) {
        return h.createQuery(RECS + " WHERE author_id = :a ORDER BY id DESC LIMIT 200")
                .bind("a", author)
                .map(REC)
                .list();
    }
}
