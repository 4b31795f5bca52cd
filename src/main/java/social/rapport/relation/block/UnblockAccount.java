package social.rapport.relation.block;

import social.rapport.relation.RelationEvents;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** Lifts the viewer's block. Nothing the block ended comes back by itself. */
public final class UnblockAccount {
    private final Database db;
    private final Visible visible;
    private final BlockStore blocks;
    private final Relationships relationships;

    public UnblockAccount(Database db, Visible visible, BlockStore blocks, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.blocks = blocks;
        this.relationships = relationships;
    }

    public Relationship unblock(int viewer, int targetId) {
        db.writeVoid(tx -> {
            if (blocks.unblock(tx, viewer, targetId)) tx.emit(new RelationEvents.Unblocked(viewer, targetId));
            else visible.account(tx.handle(), viewer, targetId);
        });
        return relationships.with(viewer, targetId);
    }
}
