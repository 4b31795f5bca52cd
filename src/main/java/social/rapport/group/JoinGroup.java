package social.rapport.group;

import java.util.Optional;
import java.util.Set;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Joining and leaving a group, and inviting to it. A public group is joined at once; a private one
 * by a request that its moderators answer, or by accepting an invitation; a secret one only by
 * invitation. A banned account cannot join again. An invitation gives no reach: one may invite only
 * people who follow one or are connected with one, so a group never opens a way to strangers.
 */
public final class JoinGroup {
    private final Database db;
    private final GroupStore store;
    private final AudiencePolicy policy;

    public JoinGroup(Database db, GroupStore store, AudiencePolicy policy) {
        this.db = db;
        this.store = store;
        this.policy = policy;
    }

    /** Joins (or asks to join); answers the caller's row afterwards. */
    public Membership join(int actor, long groupId) {
        return db.write(tx -> {
            GroupSight s = GroupSight.of(tx.handle(), store, actor, groupId);
            if (!store.lockGroup(tx, groupId)) throw Problem.notFound();
            Optional<Membership> mine = store.membership(tx.handle(), groupId, actor);
            Membership.State state = mine.map(Membership::state).orElse(null);
            if (state == Membership.State.BANNED) throw Problem.forbidden("You cannot join this group");
            if (state == Membership.State.MEMBER || state == Membership.State.REQUESTED) return mine.get();
            if (state == Membership.State.INVITED) {
                store.move(tx, groupId, actor, Membership.State.INVITED, Membership.State.MEMBER);
            } else if (s.group().kind() == Group.Kind.PUBLIC) {
                store.put(tx, groupId, actor, Membership.State.MEMBER, Membership.Role.MEMBER, 0);
            } else {
                store.put(tx, groupId, actor, Membership.State.REQUESTED, Membership.Role.MEMBER, 0);
            }
            tx.emit(new GroupEvents.Changed(groupId));
            return store.membership(tx.handle(), groupId, actor).orElseThrow();
        });
    }

    /** Leaves the group, or withdraws a request, or declines an invitation. The owner hands the group on first. */
    public void leave(int actor, long groupId) {
        db.write(tx -> {
            GroupSight s = GroupSight.of(tx.handle(), store, actor, groupId);
            Membership m = s.mine().orElseThrow(() -> Problem.unprocessable("You are not in this group"));
            if (m.state() == Membership.State.BANNED) throw Problem.unprocessable("You are not in this group");
            if (m.member() && m.role() == Membership.Role.OWNER) {
                throw Problem.unprocessable("The owner hands the group to another member before leaving");
            }
            if (store.remove(tx, groupId, actor, m.state())) tx.emit(new GroupEvents.Changed(groupId));
            return null;
        });
    }

    /**
     * Invites `target`: any member of a public group, a moderator or above of a private or secret one.
     * The invitee joins by joining; nobody is told but the invitee, who finds it among their groups.
     */
    public Membership invite(int actor, long groupId, int target) {
        return db.write(tx -> {
            GroupSight s = GroupSight.of(tx.handle(), store, actor, groupId);
            s.require(s.group().kind() == Group.Kind.PUBLIC ? Membership.Role.MEMBER : Membership.Role.MODERATOR);
            if (!policy.canSeeAccount(actor, target) || target == actor) throw Problem.notFound();
            var rel = policy.relations();
            if (!rel.follows(target, actor) && !rel.connected(target, actor)) {
                throw Problem.invalid(
                        "account_id", "You can invite only people who follow you or are connected with you");
            }
            hold(tx, s, actor);
            Optional<Membership> theirs = store.membership(tx.handle(), groupId, target);
            Membership.State state = theirs.map(Membership::state).orElse(null);
            if (state == Membership.State.MEMBER) throw Problem.invalid("account_id", "Already a member");
            if (state == Membership.State.BANNED) throw Problem.invalid("account_id", "This account is banned here");
            if (state == Membership.State.REQUESTED) {
                store.move(tx, groupId, target, Membership.State.REQUESTED, Membership.State.MEMBER);
            } else if (state == null) {
                store.put(tx, groupId, target, Membership.State.INVITED, Membership.Role.MEMBER, actor);
            }
            tx.emit(new GroupEvents.Changed(groupId));
            return store.membership(tx.handle(), groupId, target).orElseThrow();
        });
    }

    private void hold(Tx tx, GroupSight s, int actor) {
        boolean ok = s.group().kind() == Group.Kind.PUBLIC
                ? store.hold(tx, s.group().id(), actor, Set.of())
                : store.hold(tx, s.group().id(), actor, ModerateGroup.MODERATORS);
        if (!ok) throw Problem.forbidden("You are no longer allowed to invite to this group");
    }
}
