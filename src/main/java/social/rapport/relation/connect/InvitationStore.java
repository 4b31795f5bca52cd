package social.rapport.relation.connect;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import social.rapport.store.Tx;

/** SQL for invitations. An open invitation is 'pending' or 'filtered'; at most one per pair. */
public final class InvitationStore {
    private static final String COLUMNS =
            "id, sender_id, target_id, note, how_we_met, state, screening_reason," + " created_at, decided_at";
    private static final RowMapper<Invitation> MAPPER = (rs, c) -> new Invitation(
            rs.getLong("id"),
            rs.getInt("sender_id"),
            rs.getInt("target_id"),
            rs.getString("note"),
            rs.getString("how_we_met"),
            rs.getString("state"),
            rs.getString("screening_reason"),
            rs.getLong("created_at"),
            decidedAt(rs));

    private static Long decidedAt(java.sql.ResultSet rs) throws java.sql.SQLException {
        long at = rs.getLong("decided_at");
        return rs.wasNull() ? null : at;
    }
    /** Invitations an account sent, for the weekly limit (withdrawn ones count too). */
    public static final String SENT_TIMES =
            "SELECT created_at AS t FROM invitations WHERE sender_id = :account AND created_at > :since";

    public static final String OPEN = "('pending', 'filtered')";
    /**
     * Invitations still waiting as far as their sender can tell: open ones, and those the invitee
     * ignored or declined, which the sender is never told about. The sender may withdraw any of them.
     */
    public static final String WAITING_FOR_SENDER = "('pending', 'filtered', 'ignored', 'declined')";

    public long insert(Tx tx, int sender, int target, String note, String howWeMet, String state, String reason) {
        return tx.handle()
                .createQuery("INSERT INTO invitations (sender_id, target_id, pair_low, pair_high, note,"
                        + " how_we_met, state, screening_reason, created_at) VALUES (:s, :t, :lo, :hi, :n, :h, :st, :r, :c)"
                        + " RETURNING id")
                .bind("s", sender)
                .bind("t", target)
                .bind("lo", Math.min(sender, target))
                .bind("hi", Math.max(sender, target))
                .bind("n", note)
                .bind("h", howWeMet)
                .bind("st", state)
                .bind("r", reason)
                .bind("c", tx.now())
                .mapTo(Long.class)
                .one();
    }

    public Optional<Invitation> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM invitations WHERE id = :id")
                .bind("id", id)
                .map(MAPPER)
                .findOne();
    }

    /** The open invitation between two accounts, in either direction. */
    public Optional<Invitation> openBetween(Handle h, int a, int b) {
        return h.createQuery("SELECT " + COLUMNS + " FROM invitations WHERE pair_low = :lo AND pair_high = :hi"
                        + " AND state IN " + OPEN)
                .bind("lo", Math.min(a, b))
                .bind("hi", Math.max(a, b))
                .map(MAPPER)
                .findOne();
    }

    /**
     * When the sender's last invitation to the target was withdrawn or declined, for the re-invite
     * cooldown; empty when none was.
     */
    public Optional<Long> lastClosed(Handle h, int sender, int target) {
        return h.createQuery("SELECT MAX(decided_at) FROM invitations WHERE sender_id = :s AND target_id = :t"
                        + " AND state IN ('withdrawn', 'declined')")
                .bind("s", sender)
                .bind("t", target)
                .mapTo(Long.class)
                .findOne();
    }

    public int openSentCount(Handle h, int sender) {
        return h.createQuery("SELECT COUNT(*) FROM invitations WHERE sender_id = :s AND state IN " + OPEN)
                .bind("s", sender)
                .mapTo(Integer.class)
                .one();
    }

    /** Moves an open invitation to a final state; answers whether it was still open. */
    public boolean decide(Tx tx, long id, String state) {
        return tx.handle()
                        .createUpdate("UPDATE invitations SET state = :st, decided_at = :t WHERE id = :id"
                                + " AND state IN " + OPEN)
                        .bind("st", state)
                        .bind("t", tx.now())
                        .bind("id", id)
                        .execute()
                == 1;
    }

    /** The sender takes back an invitation that still looks waiting to them; answers whether it did. */
    public boolean withdraw(Tx tx, long id) {
        return tx.handle()
                        .createUpdate("UPDATE invitations SET state = 'withdrawn', decided_at = :t WHERE id = :id"
                                + " AND state IN " + WAITING_FOR_SENDER)
                        .bind("t", tx.now())
                        .bind("id", id)
                        .execute()
                == 1;
    }

    /** The sender's invitation to the target that the invitee ignored or declined, which looks waiting to the sender. */
    public Optional<Invitation> answeredUnseen(Handle h, int sender, int target) {
        return h.createQuery("SELECT " + COLUMNS + " FROM invitations WHERE sender_id = :s AND target_id = :t"
                        + " AND state IN ('ignored', 'declined') ORDER BY id DESC LIMIT 1")
                .bind("s", sender)
                .bind("t", target)
                .map(MAPPER)
                .findOne();
    }

    /** Ends every open invitation between two accounts (a block removes them). */
    public void deleteOpenBetween(Tx tx, int a, int b) {
        tx.handle()
                .createUpdate("DELETE FROM invitations WHERE pair_low = :lo AND pair_high = :hi AND state IN " + OPEN)
                .bind("lo", Math.min(a, b))
                .bind("hi", Math.max(a, b))
                .execute();
    }

    public List<Invitation> received(Handle h, int target, String state) {
        return h.createQuery("SELECT " + COLUMNS + " FROM invitations WHERE target_id = :t AND state = :st"
                        + " ORDER BY id DESC LIMIT 200")
                .bind("t", target)
                .bind("st", state)
                .map(MAPPER)
                .list();
    }

    /** What the sender sent and did not withdraw, newest first: waiting (as they see it) and accepted. */
    public List<Invitation> sent(Handle h, int sender) {
        return h.createQuery("SELECT " + COLUMNS + " FROM invitations WHERE sender_id = :s AND state <> 'withdrawn'"
                        + " ORDER BY id DESC LIMIT 200")
                .bind("s", sender)
                .map(MAPPER)
                .list();
    }

    /** How each of the others met the account, from the latest accepted invitation between them, either way. */
    public java.util.Map<Integer, String> howWeMet(Handle h, int account, List<Integer> others) {
        java.util.Map<Integer, String> out = new java.util.HashMap<>();
        if (others.isEmpty()) return out;
        h.createQuery("SELECT " + COLUMNS + " FROM invitations WHERE state = 'accepted'"
                        + " AND ((sender_id = :a AND target_id IN (<ids>)) OR (target_id = :a AND sender_id IN (<ids>)))"
                        + " ORDER BY id")
                .bind("a", account)
                .bindList("ids", others)
                .map(MAPPER)
                .forEach(i -> out.put(i.senderId() == account ? i.targetId() : i.senderId(), i.howWeMet()));
        return out;
    }
}
