package social.rapport.tag;

import social.rapport.store.Database;

/**
 * Follows or unfollows a hashtag: its public posts then come into (or leave) the follower's home
 * and user stream. Following again, or unfollowing a tag one does not follow, changes nothing.
 */
public final class FollowTag {
    private final Database db;
    private final TagStore store;
    private final ShowTags show;

    FollowTag(Database db, TagStore store, ShowTags show) {
        this.db = db;
        this.store = store;
        this.show = show;
    }

    public TagEntity follow(int viewer, String name) {
        String tag = TagNames.parse(name, "name");
        db.writeVoid(tx -> {
            if (store.follow(tx, viewer, tag)) tx.emit(new TagEvents.Followed(viewer, tag));
        });
        return show.show(viewer, tag);
    }

    public TagEntity unfollow(int viewer, String name) {
        String tag = TagNames.parse(name, "name");
        db.writeVoid(tx -> {
            if (store.unfollow(tx, viewer, tag)) tx.emit(new TagEvents.Unfollowed(viewer, tag));
        });
        return show.show(viewer, tag);
    }
}
