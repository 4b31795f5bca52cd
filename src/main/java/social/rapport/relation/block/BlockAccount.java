package social.rapport.relation.block;

import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.relation.connect.ConnectionStore;
import social.rapport.relation.connect.InvitationStore;
import social.rapport.relation.follow.FollowStore;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Blocks an account: follows and requests, open invitations and the connection end in both
 * directions, and from then on each sees the other as absent. Blocking again changes nothing.
 */
public final class BlockAccount {
    private final Database db;
    private final Visible visible;
    private final BlockStore blocks;
    private final FollowStore follows;
    private final InvitationStore invitations;
    private final ConnectionStore connections;
    private final Relationships relationships;

    public BlockAccount(
            Database db,
            Visible visible,
            BlockStore blocks,
            FollowStore follows,
            InvitationStore invitations,
            ConnectionStore connections,
            Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.blocks = blocks;
        this.follows = follows;
        this.invitations = invitations;
        this.connections = connections;
        this.relationships = relationships;
    }

    public Relationship block(int viewer, int targetId) {
        db.writeVoid(tx -> {
            if (blocks.blocks(tx.handle(), viewer, targetId)) return;
            visible.account(tx.handle(), viewer, targetId);
            if (targetId == viewer) throw Problem.invalid("id", "You cannot block yourself");
            unfollow(tx, viewer, targetId);
            unfollow(tx, targetId, viewer);
            invitations.deleteOpenBetween(tx, viewer, targetId);
            if (connections.delete(tx, viewer, targetId)) tx.emit(new RelationEvents.Disconnected(viewer, targetId));
            blocks.block(tx, viewer, targetId);
            tx.emit(new RelationEvents.Blocked(viewer, targetId));
        });
        return relationships.with(viewer, targetId);
    }

    private void unfollow(Tx tx, int follower, int followed) {
        if (follows.delete(tx, follower, followed)) tx.emit(new RelationEvents.Unfollowed(follower, followed));
    }
}
