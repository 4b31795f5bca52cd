package social.rapport.group;

import social.rapport.core.Times;

/**
 * A group as the API shows it. `members_count` only to those who may see the member list;
 * `relationship` is the caller's own row (`state`: member, requested, invited, banned; `role`), null
 * when the group does not know them.
 */
public record GroupEntity(
        String id,
        String name,
        String handle,
        String description,
        String rules,
        String kind,
        String membersVisible,
        String createdAt,
        Integer membersCount,
        Relationship relationship) {

    public record Relationship(String state, String role, String since) {
        static Relationship of(Membership m) {
            return new Relationship(m.state().wire(), m.member() ? m.role().wire() : null, Times.iso(m.since()));
        }
    }

    static GroupEntity of(Group g, Membership mine, Integer membersCount) {
        return new GroupEntity(
                Long.toString(g.id()),
                g.name(),
                g.handle(),
                g.description(),
                g.rules(),
                g.kind().wire(),
                g.membersVisible().wire(),
                Times.iso(g.createdAt()),
                membersCount,
                mine == null ? null : Relationship.of(mine));
    }
}
