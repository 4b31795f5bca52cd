package social.rapport.group;

import social.rapport.core.Problem;
import social.rapport.status.Cursor;
import social.rapport.status.HeldPosts;
import social.rapport.status.StatusEntity;
import social.rapport.store.Database;
import social.rapport.store.Tx;
import social.rapport.timeline.GroupStatuses;
import social.rapport.timeline.LinkedPage;

/**
 * The posts held for a group's moderators ({@link MentionLimits}): the moderators list them, and
 * release or reject each. The moderator's row is held in the transaction, so a demotion at the same
 * moment is seen or waited for; the post's own change is conditional (see {@link HeldPosts}).
 */
public final class GroupHeldPosts {
    private final Database db;
    private final GroupStore store;
    private final HeldPosts held;
    private final GroupStatuses statuses;

    public GroupHeldPosts(Database db, GroupStore store, HeldPosts held, GroupStatuses statuses) {
        this.db = db;
        this.store = store;
        this.held = held;
        this.statuses = statuses;
    }

    /** The held posts, newest first: to the group's moderators and above; 404 or 403 to anyone else. */
    public LinkedPage<StatusEntity> page(int viewer, long groupId, Cursor cursor) {
        db.read(h -> {
            GroupSight.of(h, store, viewer, groupId).require(Membership.Role.MODERATOR);
            return null;
        });
        return statuses.held(viewer, groupId, cursor);
    }

    public void release(int moderator, long groupId, long statusId) {
        db.write(tx -> {
            acting(tx, moderator, groupId);
            return held.release(tx, moderator, groupId, statusId);
        });
    }

    public void reject(int moderator, long groupId, long statusId) {
        db.write(tx -> {
            acting(tx, moderator, groupId);
            return held.reject(tx, moderator, groupId, statusId);
        });
    }

    private void acting(Tx tx, int actor, long groupId) {
        GroupSight.of(tx.handle(), store, actor, groupId).require(Membership.Role.MODERATOR);
        if (!store.hold(tx, groupId, actor, ModerateGroup.MODERATORS)) {
            throw Problem.forbidden("Your role in this group changed");
        }
    }
}
