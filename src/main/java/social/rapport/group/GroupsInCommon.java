package social.rapport.group;

import java.time.Duration;
import social.rapport.store.Database;

/**
 * Screening's `group_in_common`: both are members of a group that is not public, the sender for at
 * least 30 days. Joining an open group, or any group the day before inviting, is no shared context.
 */
public final class GroupsInCommon {
    static final Duration SINCE = Duration.ofDays(30);

    private final Database db;
    private final GroupStore store;

    public GroupsInCommon(Database db, GroupStore store) {
        this.db = db;
        this.store = store;
    }

    public boolean shared(int sender, int target) {
        long before = db.clock().millis() - SINCE.toMillis();
        return db.read(h -> store.longSharedPrivateGroup(h, sender, target, before));
    }
}
