package social.rapport.relation.follow;

import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** A locked account accepts a request: the requester becomes an approved follower. */
public final class AuthorizeFollowRequest {
    private final Database db;
    private final Visible visible;
    private final FollowStore follows;
    private final Relationships relationships;

    public AuthorizeFollowRequest(Database db, Visible visible, FollowStore follows, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.follows = follows;
        this.relationships = relationships;
    }

    public Relationship authorize(int viewer, int requesterId) {
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, requesterId);
            if (!follows.approve(tx, requesterId, viewer)) throw Problem.notFound();
            tx.emit(new RelationEvents.Followed(requesterId, viewer));
        });
        return relationships.with(viewer, requesterId);
    }
}
