package social.rapport.group;

import java.util.EnumSet;
import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.status.DeleteStatus;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * What a group's moderators, admins and owner do: answer requests, give roles and hand the group on,
 * remove and ban members, remove posts. One acts only on those of a lower role. Each action holds the
 * actor's own row in its transaction, so a demotion at the same moment is either seen or waited for.
 */
public final class ModerateGroup {
    static final Set<Membership.Role> MODERATORS =
            EnumSet.of(Membership.Role.MODERATOR, Membership.Role.ADMIN, Membership.Role.OWNER);
    static final Set<Membership.Role> ADMINS = EnumSet.of(Membership.Role.ADMIN, Membership.Role.OWNER);

    private final Database db;
    private final GroupStore store;
    private final DeleteStatus deletes;

    public ModerateGroup(Database db, GroupStore store, DeleteStatus deletes) {
        this.db = db;
        this.store = store;
        this.deletes = deletes;
    }

    public void approve(int actor, long groupId, int account) {
        answer(actor, groupId, account, true);
    }

    public void decline(int actor, long groupId, int account) {
        answer(actor, groupId, account, false);
    }

    private void answer(int actor, long groupId, int account, boolean approve) {
        db.write(tx -> {
            acting(tx, actor, groupId, Membership.Role.MODERATOR);
            boolean done = approve
                    ? store.move(tx, groupId, account, Membership.State.REQUESTED, Membership.State.MEMBER)
                    : store.remove(tx, groupId, account, Membership.State.REQUESTED);
            if (!done) throw Problem.notFound();
            tx.emit(new GroupEvents.Changed(groupId));
            return null;
        });
    }

    /**
     * Gives a member a role. An admin makes moderators and members of those below them; the owner
     * also makes admins, and hands the group on with `owner` (becoming an admin).
     */
    public Membership role(int actor, long groupId, int account, String roleName) {
        Membership.Role role = Membership.Role.parse(roleName == null ? "" : roleName.strip())
                .orElseThrow(() -> Problem.invalid("role", "A role is owner, admin, moderator or member"));
        return db.write(tx -> {
            Membership me = acting(tx, actor, groupId, Membership.Role.ADMIN);
            Membership them = target(tx, groupId, account, me);
            if (!them.member()) throw Problem.invalid("account_id", "Not a member of this group");
            if (role.atLeast(Membership.Role.ADMIN) && me.role() != Membership.Role.OWNER) {
                throw Problem.forbidden("Only the owner gives this role");
            }
            if (role == Membership.Role.OWNER) {
                Group g = store.byId(tx.handle(), groupId).orElseThrow(Problem::notFound);
                store.setRole(tx, groupId, actor, Membership.Role.ADMIN);
                store.update(
                        tx,
                        new Group(
                                g.id(),
                                account,
                                g.name(),
                                g.handle(),
                                g.description(),
                                g.rules(),
                                g.kind(),
                                g.membersVisible(),
                                g.createdAt()));
            }
            store.setRole(tx, groupId, account, role);
            tx.emit(new GroupEvents.Changed(groupId));
            return store.membership(tx.handle(), groupId, account).orElseThrow();
        });
    }

    /** Takes a member out of the group (they may ask or be invited again). */
    public void remove(int actor, long groupId, int account) {
        db.write(tx -> {
            Membership me = acting(tx, actor, groupId, Membership.Role.MODERATOR);
            Membership them = target(tx, groupId, account, me);
            if (!them.member()) throw Problem.notFound();
            store.remove(tx, groupId, account, Membership.State.MEMBER);
            tx.emit(new GroupEvents.Changed(groupId));
            return null;
        });
    }

    /** Bans an account (a member or not): it is out, cannot join again, and cannot read a private group. */
    public void ban(int actor, long groupId, int account) {
        db.write(tx -> {
            Membership me = acting(tx, actor, groupId, Membership.Role.MODERATOR);
            store.membership(tx.handle(), groupId, account).ifPresent(them -> {
                if (them.member() && them.role().atLeast(me.role())) {
                    throw Problem.forbidden("You can act only on members below your role");
                }
            });
            if (account == actor) throw Problem.invalid("account_id", "You cannot ban yourself");
            store.put(tx, groupId, account, Membership.State.BANNED, Membership.Role.MEMBER, actor);
            tx.emit(new GroupEvents.Changed(groupId));
            return null;
        });
    }

    public void unban(int actor, long groupId, int account) {
        db.write(tx -> {
            acting(tx, actor, groupId, Membership.Role.MODERATOR);
            if (!store.remove(tx, groupId, account, Membership.State.BANNED)) throw Problem.notFound();
            tx.emit(new GroupEvents.Changed(groupId));
            return null;
        });
    }

    /** Removes a post to the group (a moderator's decision; the author is not asked). */
    public void removePost(int actor, long groupId, long statusId) {
        db.write(tx -> {
            acting(tx, actor, groupId, Membership.Role.MODERATOR);
            deletes.removeFromGroup(tx, actor, groupId, statusId);
            return null;
        });
    }

    /** The actor's row, held, when they have at least `role`; 404 for a group they may not know, 403 otherwise. */
    private Membership acting(Tx tx, int actor, long groupId, Membership.Role role) {
        GroupSight s = GroupSight.of(tx.handle(), store, actor, groupId);
        s.require(role);
        Set<Membership.Role> allowed = EnumSet.noneOf(Membership.Role.class);
        for (Membership.Role r : Membership.Role.values()) if (r.atLeast(role)) allowed.add(r);
        if (!store.hold(tx, groupId, actor, allowed)) throw Problem.forbidden("Your role in this group changed");
        return store.membership(tx.handle(), groupId, actor).orElseThrow();
    }

    /** The target's row; one may act only on those below one's own role. */
    private Membership target(Tx tx, long groupId, int account, Membership me) {
        Membership them = store.membership(tx.handle(), groupId, account).orElseThrow(Problem::notFound);
        if (account == me.accountId() || them.member() && them.role().atLeast(me.role())) {
            throw Problem.forbidden("You can act only on members below your role");
        }
        return them;
    }
}
