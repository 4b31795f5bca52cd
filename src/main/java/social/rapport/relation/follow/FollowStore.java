package social.rapport.relation.follow;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for follows and follow requests. A row is 'pending' until approved, then 'approved'. */
public final class FollowStore {
    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    /** The follows an account made, for the daily limit; kept after an unfollow. */
    public static final String LOG_TIMES =
            "SELECT created_at AS t FROM follow_log WHERE account_id = :account AND created_at > :since";

    public Optional<String> state(Handle h, int follower, int followed) {
        return h.createQuery("SELECT state FROM follows WHERE follower_id = :a AND followed_id = :b")
                .bind("a", follower)
                .bind("b", followed)
                .mapTo(String.class)
                .findOne();
    }

    /** The note sent with a request that is still pending. */
    public Optional<String> pendingNote(Handle h, int follower, int followed) {
        return h.createQuery(
                        "SELECT note FROM follows WHERE follower_id = :a AND followed_id = :b AND state = 'pending'")
                .bind("a", follower)
                .bind("b", followed)
                .mapTo(String.class)
                .findOne();
    }

    /** Inserts unless a row exists; answers whether it inserted. */
    public boolean insert(Tx tx, int follower, int followed, String state, String note) {
        return tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore(
                                        "follows",
                                        "follower_id, followed_id, state, note, created_at",
                                        ":a, :b, :s, :n, :t",
                                        "follower_id, followed_id"))
                        .bind("a", follower)
                        .bind("b", followed)
                        .bind("s", state)
                        .bind("n", note)
                        .bind("t", tx.now())
                        .execute()
                == 1;
    }

    public boolean approve(Tx tx, int follower, int followed) {
        return tx.handle()
                        .createUpdate("UPDATE follows SET state = 'approved' WHERE follower_id = :a"
                                + " AND followed_id = :b AND state = 'pending'")
                        .bind("a", follower)
                        .bind("b", followed)
                        .execute()
                == 1;
    }

    /** Makes an approved follow whatever was there (used when two accounts connect). */
    public boolean ensureApproved(Tx tx, int follower, int followed) {
        if (approve(tx, follower, followed)) return true;
        return insert(tx, follower, followed, APPROVED, "");
    }

    public boolean delete(Tx tx, int follower, int followed) {
        return tx.handle()
                        .createUpdate("DELETE FROM follows WHERE follower_id = :a AND followed_id = :b")
                        .bind("a", follower)
                        .bind("b", followed)
                        .execute()
                == 1;
    }

    public void log(Tx tx, int account) {
        tx.handle()
                .createUpdate("INSERT INTO follow_log (account_id, created_at) VALUES (:a, :t)")
                .bind("a", account)
                .bind("t", tx.now())
                .execute();
    }

    /** Who asks to follow the account, newest first. */
    public List<Integer> pendingFollowers(Handle h, int followed) {
        return h.createQuery("SELECT follower_id FROM follows WHERE followed_id = :b AND state = 'pending'"
                        + " ORDER BY created_at DESC, follower_id DESC")
                .bind("b", followed)
                .mapTo(Integer.class)
                .list();
    }

    /** Whom the account asked to follow and is still waiting for. */
    public List<Integer> pendingFollowing(Handle h, int follower) {
        return h.createQuery("SELECT followed_id FROM follows WHERE follower_id = :a AND state = 'pending'")
                .bind("a", follower)
                .mapTo(Integer.class)
                .list();
    }
}
