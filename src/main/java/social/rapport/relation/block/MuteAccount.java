package social.rapport.relation.block;

import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * Mutes an account, optionally for a while: it disappears from the muter's timelines (and, unless
 * asked otherwise, notifications) and nothing else changes. Muting again replaces the mute.
 */
public final class MuteAccount {
    public static final long MAX_DURATION_SECONDS = 366L * 24 * 3600 * 10;
    private final Database db;
    private final Visible visible;
    private final BlockStore blocks;
    private final Relationships relationships;

    public MuteAccount(Database db, Visible visible, BlockStore blocks, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.blocks = blocks;
        this.relationships = relationships;
    }

    /** durationSeconds 0 mutes without end. */
    public Relationship mute(int viewer, int targetId, boolean notifications, long durationSeconds) {
        if (durationSeconds < 0 || durationSeconds > MAX_DURATION_SECONDS) {
            throw Problem.invalid("duration", "duration is a number of seconds, 0 for no end");
        }
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, targetId);
            if (targetId == viewer) throw Problem.invalid("id", "You cannot mute yourself");
            Long expires = durationSeconds == 0 ? null : tx.now() + durationSeconds * 1000;
            blocks.mute(tx, viewer, targetId, notifications, expires);
            tx.emit(new RelationEvents.Muted(viewer, targetId, notifications, expires == null ? 0 : expires));
        });
        return relationships.with(viewer, targetId);
    }
}
