package social.rapport.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Reading groups: one group, the caller's groups, search among findable groups (never a secret one),
 * a group's members (by the group's setting) and its requests (its moderators).
 */
public final class ShowGroups {
    static final int MAX_PAGE = 80;

    private final Database db;
    private final GroupStore store;
    private final AccountStore accounts;
    private final AudiencePolicy policy;

    public ShowGroups(Database db, GroupStore store, AccountStore accounts, AudiencePolicy policy) {
        this.db = db;
        this.store = store;
        this.accounts = accounts;
        this.policy = policy;
    }

    public GroupEntity one(int viewer, long groupId) {
        return db.read(h -> entity(h, GroupSight.of(h, store, viewer, groupId)));
    }

    /** A group by its id in digits, else by its handle; one the viewer may not know of is missing (404). */
    public GroupEntity byHandleOrId(int viewer, String handleOrId) {
        String key = handleOrId == null ? "" : handleOrId.strip();
        return db.read(h -> {
            Group g = (key.matches("[0-9]{1,18}") ? store.byId(h, Long.parseLong(key)) : Optional.<Group>empty())
                    .or(() -> store.byHandle(h, key))
                    .orElseThrow(Problem::notFound);
            return entity(h, GroupSight.of(h, store, viewer, g.id()));
        });
    }

    /** The caller's groups: member of, asked to join, invited to. */
    public List<GroupEntity> mine(int viewer) {
        return db.read(h -> {
            List<GroupEntity> out = new ArrayList<>();
            for (Group g : store.of(h, viewer)) out.add(entity(h, GroupSight.of(h, store, viewer, g.id())));
            return out;
        });
    }

    public List<GroupEntity> search(int viewer, String q, Integer limit) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) throw Problem.invalid("q", "Search for some words");
        int n = limit == null ? 20 : Math.max(1, Math.min(limit, 40));
        return db.read(h -> {
            List<GroupEntity> out = new ArrayList<>();
            for (Group g : store.search(h, query, n)) out.add(entity(h, GroupSight.of(h, store, viewer, g.id())));
            return out;
        });
    }

    /** Members (oldest account first after `after`), only for those the group's setting allows. */
    public List<Account> members(int viewer, long groupId, int after, Integer limit) {
        return db.read(h -> {
            GroupSight s = GroupSight.of(h, store, viewer, groupId);
            if (!s.seesMembers()) throw Problem.forbidden("This group shows its members to " + who(s.group()));
            return accountsOf(h, viewer, store.inState(h, groupId, Membership.State.MEMBER, after, size(limit)));
        });
    }

    /** People waiting to join, for the group's moderators. */
    public List<Account> requests(int viewer, long groupId, int after, Integer limit) {
        return db.read(h -> {
            GroupSight s = GroupSight.of(h, store, viewer, groupId);
            s.require(Membership.Role.MODERATOR);
            return accountsOf(h, viewer, store.inState(h, groupId, Membership.State.REQUESTED, after, size(limit)));
        });
    }

    /** The banned, for the group's moderators. */
    public List<Account> banned(int viewer, long groupId, int after, Integer limit) {
        return db.read(h -> {
            GroupSight s = GroupSight.of(h, store, viewer, groupId);
            s.require(Membership.Role.MODERATOR);
            return accountsOf(h, viewer, store.inState(h, groupId, Membership.State.BANNED, after, size(limit)));
        });
    }

    /** The group must be known to the viewer (a secret one only to its members and invitees). */
    public Group visible(int viewer, long groupId) {
        return db.read(h -> GroupSight.of(h, store, viewer, groupId).group());
    }

    private static int size(Integer limit) {
        return limit == null ? 40 : Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private static String who(Group g) {
        return g.membersVisible() == Group.MembersVisible.MEMBERS ? "its members" : "its admins";
    }

    private List<Account> accountsOf(Handle h, int viewer, List<Membership> rows) {
        return visible(h, viewer, rows.stream().map(Membership::accountId).toList());
    }

    /** The accounts of these ids the viewer may see, by id: the one rule of the lists and the count. */
    private List<Account> visible(Handle h, int viewer, List<Integer> ids) {
        List<Account> out = new ArrayList<>();
        for (Account a : accounts.byIds(h, ids)) {
            if (a.active() && policy.canSeeAccount(viewer, a.id())) out.add(a);
        }
        out.sort(java.util.Comparator.comparingInt(Account::id));
        return out;
    }

    private static int viewer(GroupSight s) {
        return s.mine().map(Membership::accountId).orElse(0);
    }

    private GroupEntity entity(Handle h, GroupSight s) {
        Integer count = null;
        if (s.seesMembers()) {
            // Counted as the member list shows them: a block, a suspension or a deletion hides one from both.
            count = visible(
                            h,
                            viewer(s),
                            List.copyOf(store.memberIds(h, s.group().id())))
                    .size();
        }
        return GroupEntity.of(s.group(), s.mine().orElse(null), count);
    }
}
