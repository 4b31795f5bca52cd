package social.rapport.relation.follow;

import social.rapport.relation.RelationEvents;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** Stops following an account, or withdraws a pending request. A connection stays. */
public final class UnfollowAccount {
    private final Database db;
    private final Visible visible;
    private final FollowStore follows;
    private final Relationships relationships;

    public UnfollowAccount(Database db, Visible visible, FollowStore follows, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.follows = follows;
        this.relationships = relationships;
    }

    public Relationship unfollow(int viewer, int targetId) {
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, targetId);
            if (follows.delete(tx, viewer, targetId)) tx.emit(new RelationEvents.Unfollowed(viewer, targetId));
        });
        return relationships.with(viewer, targetId);
    }
}
