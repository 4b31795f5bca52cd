package social.rapport.group;

import social.rapport.status.Cursor;
import social.rapport.status.StatusEntity;
import social.rapport.timeline.GroupStatuses;
import social.rapport.timeline.LinkedPage;

/**
 * A group's timeline: for a group the viewer may know of, its posts as the audience policy shows them
 * (a public group's to anyone, a private or secret group's to its members only).
 */
public final class GroupTimeline {
    private final ShowGroups show;
    private final GroupStatuses statuses;

    public GroupTimeline(ShowGroups show, GroupStatuses statuses) {
        this.show = show;
        this.statuses = statuses;
    }

    public LinkedPage<StatusEntity> page(int viewer, long groupId, Cursor cursor) {
        show.visible(viewer, groupId);
        return statuses.page(viewer, groupId, cursor);
    }
}
