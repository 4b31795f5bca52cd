package social.rapport.group;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.core.Problem;

/**
 * A group as one viewer may know it, with the viewer's row in it. A secret group is known only to its
 * members and the people it invited; to everyone else (a banned account too) it is missing, 404.
 */
record GroupSight(Group group, Optional<Membership> mine) {
    static GroupSight of(Handle h, GroupStore store, int viewer, long groupId) {
        Group g = store.byId(h, groupId).orElseThrow(Problem::notFound);
        Optional<Membership> m = viewer > 0 ? store.membership(h, groupId, viewer) : Optional.empty();
        if (g.kind() == Group.Kind.SECRET) {
            boolean known = m.map(x -> x.state() == Membership.State.MEMBER || x.state() == Membership.State.INVITED)
                    .orElse(false);
            if (!known) throw Problem.notFound();
        }
        return new GroupSight(g, m);
    }

    boolean atLeast(Membership.Role role) {
        return mine.map(m -> m.atLeast(role)).orElse(false);
    }

    boolean member() {
        return mine.map(Membership::member).orElse(false);
    }

    /** May the viewer see the member list, by the group's setting? */
    boolean seesMembers() {
        return group.membersVisible() == Group.MembersVisible.MEMBERS ? member() : atLeast(Membership.Role.ADMIN);
    }

    /** The viewer must hold at least `role`; a member below it is refused, anyone else too. */
    void require(Membership.Role role) {
        if (!atLeast(role)) throw Problem.forbidden("Only the group's " + role.wire() + "s and above may do this");
    }
}
