package social.rapport.relation.note;

import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** Private notes about accounts: one per writer and account, read by its writer only. */
public final class NoteStore {
    /** The writer's note about `target`, "" when there is none. */
    public String of(Handle h, int writer, int target) {
        return h.createQuery("SELECT comment FROM account_notes WHERE account_id = :a AND target_id = :t")
                .bind("a", writer)
                .bind("t", target)
                .mapTo(String.class)
                .findOne()
                .orElse("");
    }

    /**
     * Replaces the note; an empty one removes it. One statement each, so two writes of the same note
     * at once cannot both insert.
     */
    void set(Tx tx, int writer, int target, String comment) {
        if (comment.isEmpty()) {
            tx.handle()
                    .createUpdate("DELETE FROM account_notes WHERE account_id = :a AND target_id = :t")
                    .bind("a", writer)
                    .bind("t", target)
                    .execute();
            return;
        }
        tx.handle()
                .createUpdate("INSERT INTO account_notes (account_id, target_id, comment, updated_at)"
                        + " VALUES (:a, :t, :c, :now) ON CONFLICT (account_id, target_id)"
                        + " DO UPDATE SET comment = excluded.comment, updated_at = excluded.updated_at")
                .bind("a", writer)
                .bind("t", target)
                .bind("c", comment)
                .bind("now", tx.now())
                .execute();
    }
}
