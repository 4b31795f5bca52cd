package social.rapport.relation.block;

import social.rapport.relation.RelationEvents;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** Ends the viewer's mute of an account. */
public final class UnmuteAccount {
    private final Database db;
    private final Visible visible;
    private final BlockStore blocks;
    private final Relationships relationships;

    public UnmuteAccount(Database db, Visible visible, BlockStore blocks, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.blocks = blocks;
        this.relationships = relationships;
    }

    public Relationship unmute(int viewer, int targetId) {
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, targetId);
            if (blocks.unmute(tx, viewer, targetId)) tx.emit(new RelationEvents.Unmuted(viewer, targetId));
        });
        return relationships.with(viewer, targetId);
    }
}
