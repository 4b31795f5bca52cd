package social.rapport.group;

import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Changes a group (its admins) or deletes it (its owner). The handle never changes. */
public final class ChangeGroup {
    private final Database db;
    private final GroupStore store;

    public ChangeGroup(Database db, GroupStore store) {
        this.db = db;
        this.store = store;
    }

    public Group update(int actor, long groupId, CreateGroup.Request r) {
        return db.write(tx -> {
            GroupSight s = GroupSight.of(tx.handle(), store, actor, groupId);
            s.require(Membership.Role.ADMIN);
            if (!store.hold(tx, groupId, actor, Set.of(Membership.Role.ADMIN, Membership.Role.OWNER))) {
                throw Problem.notFound();
            }
            Group g = s.group();
            Group.Kind kind = GroupFields.kind(r.kind(), g.kind());
            // Members wrote for the group as it was: a private group's posts never become public,
            // nor does a secret group become findable.
            if (g.kind().opensTo(kind)) {
                throw Problem.invalid(
                        "kind", "A " + g.kind().wire() + " group can become more private, never more open");
            }
            Group changed = g.with(
                    r.name() == null ? g.name() : GroupFields.name(r.name()),
                    r.description() == null
                            ? g.description()
                            : GroupFields.text("description", r.description(), GroupFields.DESCRIPTION),
                    r.rules() == null ? g.rules() : GroupFields.text("rules", r.rules(), GroupFields.RULES),
                    kind,
                    GroupFields.visible(r.membersVisible(), g.membersVisible()));
            store.update(tx, changed);
            tx.emit(new GroupEvents.Changed(groupId));
            return changed;
        });
    }

    /** Deletes the group with its members; its posts are then seen by their authors alone. */
    public void delete(int actor, long groupId) {
        db.write(tx -> {
            GroupSight.of(tx.handle(), store, actor, groupId).require(Membership.Role.OWNER);
            if (!store.hold(tx, groupId, actor, Set.of(Membership.Role.OWNER))) throw Problem.notFound();
            store.delete(tx, groupId);
            tx.emit(new GroupEvents.Changed(groupId));
            return null;
        });
    }
}
