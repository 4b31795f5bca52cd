package social.rapport.relation.block;

import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for blocks and mutes. */
public final class BlockStore {
    public boolean block(Tx tx, int blocker, int blocked) {
        return tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore(
                                        "blocks",
                                        "blocker_id, blocked_id, created_at",
                                        ":a, :b, :t",
                                        "blocker_id, blocked_id"))
                        .bind("a", blocker)
                        .bind("b", blocked)
                        .bind("t", tx.now())
                        .execute()
                == 1;
    }

    public boolean unblock(Tx tx, int blocker, int blocked) {
        return tx.handle()
                        .createUpdate("DELETE FROM blocks WHERE blocker_id = :a AND blocked_id = :b")
                        .bind("a", blocker)
                        .bind("b", blocked)
                        .execute()
                == 1;
    }

    public boolean blocks(Handle h, int blocker, int blocked) {
        return h.createQuery("SELECT COUNT(*) FROM blocks WHERE blocker_id = :a AND blocked_id = :b")
                        .bind("a", blocker)
                        .bind("b", blocked)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** Sets the mute, replacing an earlier one; expiresAt null for no end. */
    public void mute(Tx tx, int muter, int muted, boolean notifications, Long expiresAt) {
        unmute(tx, muter, muted);
        tx.handle()
                .createUpdate("INSERT INTO mutes (muter_id, muted_id, notifications, expires_at, created_at)"
                        + " VALUES (:a, :b, :n, :e, :t)")
                .bind("a", muter)
                .bind("b", muted)
                .bind("n", notifications)
                .bind("e", expiresAt)
                .bind("t", tx.now())
                .execute();
    }

    public boolean unmute(Tx tx, int muter, int muted) {
        return tx.handle()
                        .createUpdate("DELETE FROM mutes WHERE muter_id = :a AND muted_id = :b")
                        .bind("a", muter)
                        .bind("b", muted)
                        .execute()
                == 1;
    }

    /** Whether the live mute also hides notifications; false when there is no live mute. */
    public boolean mutesNotifications(Handle h, int muter, int muted, long now) {
        return h.createQuery("SELECT notifications FROM mutes WHERE muter_id = :a AND muted_id = :b"
                        + " AND (expires_at IS NULL OR expires_at > :now)")
                .bind("a", muter)
                .bind("b", muted)
                .bind("now", now)
                .mapTo(Boolean.class)
                .findOne()
                .orElse(false);
    }

    /** When the mute ends; empty when it has no end or there is none. */
    public java.util.Optional<Long> muteExpiry(Handle h, int muter, int muted) {
        var found = h.createQuery("SELECT expires_at FROM mutes WHERE muter_id = :a AND muted_id = :b")
                .bind("a", muter)
                .bind("b", muted)
                .mapTo(Long.class)
                .list();
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.ofNullable(found.get(0));
    }
}
