package social.rapport.relation.follow;

import social.rapport.relation.RelationEvents;
import social.rapport.relation.Relationship;
import social.rapport.relation.Relationships;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** Removes someone from one's followers (Mastodon's remove_from_followers); they are not told. */
public final class RemoveFollower {
    private final Database db;
    private final Visible visible;
    private final FollowStore follows;
    private final Relationships relationships;

    public RemoveFollower(Database db, Visible visible, FollowStore follows, Relationships relationships) {
        this.db = db;
        this.visible = visible;
        this.follows = follows;
        this.relationships = relationships;
    }

    public Relationship remove(int viewer, int followerId) {
        db.writeVoid(tx -> {
            visible.account(tx.handle(), viewer, followerId);
            if (follows.delete(tx, followerId, viewer)) tx.emit(new RelationEvents.Unfollowed(followerId, viewer));
        });
        return relationships.with(viewer, followerId);
    }
}
