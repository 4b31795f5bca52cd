package social.rapport.relation.follow;

import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** A locked account turns a request down; the requester may ask again later. */
public final class RejectFollowRequest {
    private final Database db;
    private final Visible visible;
    private final FollowStore follows;
    private final Relationships relationships;

    public RejectFollowRequest(Database db, Visible visible, FollowStore follows, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.follows = follows;
        this.relationships = relationships;
    }

    public Relationship reject(int viewer, int requesterId) {
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, requesterId);
            boolean pending = follows.state(tx.handle(), requesterId, viewer)
                    .map(FollowStore.PENDING::equals)
                    .orElse(false);
            if (!pending) throw Problem.notFound();
            follows.delete(tx, requesterId, viewer);
            tx.emit(new RelationEvents.Unfollowed(requesterId, viewer));
        });
        return relationships.with(viewer, requesterId);
    }
}
