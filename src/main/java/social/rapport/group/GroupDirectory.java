package social.rapport.group;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import social.rapport.audience.GroupMembers;
import social.rapport.store.Database;

/**
 * The groups' members and kinds in memory, for the audience policy's `group:<id>` grant. Loaded from
 * the store at start (with the moderators, who see the posts held for them); each committed change reads its group back (a deleted group drops out). Holds
 * nothing else: membership is never part of the social graph.
 */
public final class GroupDirectory implements GroupMembers {
    private record Entry(boolean open, Set<Integer> members, Set<Integer> moderators) {}

    private final Database db;
    private final GroupStore store;
    private final Map<Long, Entry> groups = new ConcurrentHashMap<>();

    private GroupDirectory(Database db, GroupStore store) {
        this.db = db;
        this.store = store;
    }

    public static GroupDirectory load(Database db, GroupStore store) {
        GroupDirectory d = new GroupDirectory(db, store);
        db.read(h -> {
            for (Group g : store.all(h)) d.groups.put(g.id(), d.entry(h, g));
            return null;
        });
        return d;
    }

    private Entry entry(org.jdbi.v3.core.Handle h, Group g) {
        return new Entry(
                g.kind() == Group.Kind.PUBLIC,
                Set.copyOf(store.memberIds(h, g.id())),
                Set.copyOf(store.moderatorIds(h, g.id())));
    }

    /**
     * The reaction to a committed change: the group as the store has it now. One at a time, reading and
     * keeping together: two changes committed at once each read after their own commit, so whichever
     * reads last has both, and keeps them last; an older reading never overwrites a newer one.
     */
    public synchronized void changed(GroupEvents.Changed e) {
        db.read(h -> {
            store.byId(h, e.groupId())
                    .ifPresentOrElse(g -> groups.put(g.id(), entry(h, g)), () -> groups.remove(e.groupId()));
            return null;
        });
    }

    @Override
    public boolean member(long groupId, int account) {
        Entry e = groups.get(groupId);
        return e != null && e.members().contains(account);
    }

    @Override
    public boolean moderator(long groupId, int account) {
        Entry e = groups.get(groupId);
        return e != null && e.moderators().contains(account);
    }

    @Override
    public boolean open(long groupId) {
        Entry e = groups.get(groupId);
        return e != null && e.open();
    }
}
