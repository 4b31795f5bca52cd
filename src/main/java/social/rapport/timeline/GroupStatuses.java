package social.rapport.timeline;

import java.util.List;
import social.rapport.status.Cursor;
import social.rapport.status.FilterContext;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * A group's posts and reposts that the viewer may see, newest first: each through the audience
 * policy, which admits a group's post to its members (to anyone for a public group). Whether the
 * viewer may know of the group at all is the groups feature's to decide before asking.
 */
public final class GroupStatuses {
    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;

    public GroupStatuses(Database db, StatusAccess access, StatusViews views) {
        this.db = db;
        this.access = access;
        this.views = views;
    }

    public LinkedPage<StatusEntity> page(int viewer, long groupId, Cursor cursor) {
        return db.read(h -> {
            List<Status> page = Scan.collect(cursor, c -> access.inGroup(h, viewer, groupId, c));
            return LinkedPages.of(views.render(h, viewer, page, FilterContext.PUBLIC), page, Status::id);
        });
    }

    /** The group's posts held for its moderators, as the policy shows them (to the moderators and authors). */
    public LinkedPage<StatusEntity> held(int viewer, long groupId, Cursor cursor) {
        return db.read(h -> {
            List<Status> page = Scan.collect(cursor, c -> access.heldInGroup(h, viewer, groupId, c));
            return LinkedPages.of(views.render(h, viewer, page, FilterContext.PUBLIC), page, Status::id);
        });
    }
}
