package social.rapport.group;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import social.rapport.store.Tx;

/** SQL for groups and the accounts each knows (members, requests, invitations, bans). */
public final class GroupStore {
    private static final String COLUMNS =
            "id, owner_id, name, handle, description, rules, kind, members_visible, created_at";
    private static final RowMapper<Group> GROUP = (rs, c) -> new Group(
            rs.getLong(1),
            rs.getInt(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            Group.Kind.valueOf(rs.getString(7)),
            Group.MembersVisible.valueOf(rs.getString(8)),
            rs.getLong(9));
    private static final String MEMBER_COLUMNS = "group_id, account_id, state, role, since";
    private static final RowMapper<Membership> MEMBER = (rs, c) -> new Membership(
            rs.getLong(1),
            rs.getInt(2),
            Membership.State.valueOf(rs.getString(3)),
            Membership.Role.valueOf(rs.getString(4)),
            rs.getLong(5));

    public Optional<Group> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM social_groups WHERE id = :id")
                .bind("id", id)
                .map(GROUP)
                .findOne();
    }

    public Optional<Group> byHandle(Handle h, String handle) {
        return h.createQuery("SELECT " + COLUMNS + " FROM social_groups WHERE handle_lower = :hl")
                .bind("hl", handle.toLowerCase(Locale.ROOT))
                .map(GROUP)
                .findOne();
    }

    public long insert(
            Tx tx,
            int owner,
            String name,
            String handle,
            String description,
            String rules,
            Group.Kind kind,
            Group.MembersVisible visible) {
        return tx.handle()
                .createQuery("INSERT INTO social_groups (owner_id, name, handle, handle_lower, description, rules,"
                        + " kind, members_visible, created_at) VALUES (:o, :n, :h, :hl, :d, :r, :k, :v, :now)"
                        + " RETURNING id")
                .bind("o", owner)
                .bind("n", name)
                .bind("h", handle)
                .bind("hl", handle.toLowerCase(Locale.ROOT))
                .bind("d", description)
                .bind("r", rules)
                .bind("k", kind.name())
                .bind("v", visible.name())
                .bind("now", tx.now())
                .mapTo(Long.class)
                .one();
    }

    public boolean handleTaken(Handle h, String handle) {
        return h.createQuery("SELECT COUNT(*) FROM social_groups WHERE handle_lower = :hl")
                        .bind("hl", handle.toLowerCase(Locale.ROOT))
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    public void update(Tx tx, Group g) {
        tx.handle()
                .createUpdate("UPDATE social_groups SET name = :n, description = :d, rules = :r, kind = :k,"
                        + " members_visible = :v, owner_id = :o WHERE id = :id")
                .bind("n", g.name())
                .bind("d", g.description())
                .bind("r", g.rules())
                .bind("k", g.kind().name())
                .bind("v", g.membersVisible().name())
                .bind("o", g.ownerId())
                .bind("id", g.id())
                .execute();
    }

    public void delete(Tx tx, long id) {
        tx.handle()
                .createUpdate("DELETE FROM group_members WHERE group_id = :id")
                .bind("id", id)
                .execute();
        tx.handle()
                .createUpdate("DELETE FROM social_groups WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    public Optional<Membership> membership(Handle h, long group, int account) {
        return h.createQuery("SELECT " + MEMBER_COLUMNS + " FROM group_members WHERE group_id = :g AND account_id = :a")
                .bind("g", group)
                .bind("a", account)
                .map(MEMBER)
                .findOne();
    }

    /**
     * Holds `account`'s row until the transaction ends when it is a member with one of `roles` (any
     * role when empty): a conditional write, so that a removal, ban or demotion at the same moment
     * waits for this transaction or is seen by it. False when it is not such a member now.
     */
    public boolean hold(Tx tx, long group, int account, Set<Membership.Role> roles) {
        String roleClause = roles.isEmpty()
                ? ""
                : " AND role IN ("
                        + roles.stream().map(r -> "'" + r.name() + "'").collect(Collectors.joining(", ")) + ")";
        return tx.handle()
                        .createUpdate("UPDATE group_members SET held_at = :now WHERE group_id = :g"
                                + " AND account_id = :a AND state = 'MEMBER'" + roleClause)
                        .bind("now", tx.now())
                        .bind("g", group)
                        .bind("a", account)
                        .execute()
                == 1;
    }

    /** Holds the group's row until the transaction ends; false when it is gone. */
    public boolean lockGroup(Tx tx, long group) {
        return tx.handle()
                        .createUpdate("UPDATE social_groups SET name = name WHERE id = :g")
                        .bind("g", group)
                        .execute()
                == 1;
    }

    /** Sets the account's row (state, role, since), replacing any it had. */
    public void put(Tx tx, long group, int account, Membership.State state, Membership.Role role, int invitedBy) {
        tx.handle()
                .createUpdate("DELETE FROM group_members WHERE group_id = :g AND account_id = :a")
                .bind("g", group)
                .bind("a", account)
                .execute();
        tx.handle()
                .createUpdate("INSERT INTO group_members (group_id, account_id, state, role, invited_by, since)"
                        + " VALUES (:g, :a, :s, :r, :by, :now)")
                .bind("g", group)
                .bind("a", account)
                .bind("s", state.name())
                .bind("r", role.name())
                .bind("by", invitedBy)
                .bind("now", tx.now())
                .execute();
    }

    /** Changes a row's state from `from` to `to` (and the time it got there); false when it was not in `from`. */
    public boolean move(Tx tx, long group, int account, Membership.State from, Membership.State to) {
        return tx.handle()
                        .createUpdate("UPDATE group_members SET state = :to, since = :now WHERE group_id = :g"
                                + " AND account_id = :a AND state = :from")
                        .bind("to", to.name())
                        .bind("from", from.name())
                        .bind("now", tx.now())
                        .bind("g", group)
                        .bind("a", account)
                        .execute()
                == 1;
    }

    /** Sets a member's role; false when the account is not a member. */
    public boolean setRole(Tx tx, long group, int account, Membership.Role role) {
        return tx.handle()
                        .createUpdate("UPDATE group_members SET role = :r WHERE group_id = :g AND account_id = :a"
                                + " AND state = 'MEMBER'")
                        .bind("r", role.name())
                        .bind("g", group)
                        .bind("a", account)
                        .execute()
                == 1;
    }

    /** Removes the account's row when it is in `state`; false when it was not. */
    public boolean remove(Tx tx, long group, int account, Membership.State state) {
        return tx.handle()
                        .createUpdate(
                                "DELETE FROM group_members WHERE group_id = :g AND account_id = :a" + " AND state = :s")
                        .bind("g", group)
                        .bind("a", account)
                        .bind("s", state.name())
                        .execute()
                == 1;
    }

    /** Rows in one state, oldest first, after `afterAccount` (0 for the start), at most `limit`. */
    public List<Membership> inState(Handle h, long group, Membership.State state, int afterAccount, int limit) {
        return h.createQuery("SELECT " + MEMBER_COLUMNS + " FROM group_members WHERE group_id = :g AND state = :s"
                        + " AND account_id > :after ORDER BY account_id LIMIT " + limit)
                .bind("g", group)
                .bind("s", state.name())
                .bind("after", afterAccount)
                .map(MEMBER)
                .list();
    }

    /** The groups that know the account (a member, a request, an invitation), newest first; never bans. */
    public List<Group> of(Handle h, int account) {
        return h.createQuery(
                        "SELECT " + prefixed("g") + " FROM social_groups g JOIN group_members m ON m.group_id = g.id"
                                + " WHERE m.account_id = :a AND m.state <> 'BANNED' ORDER BY g.id DESC")
                .bind("a", account)
                .map(GROUP)
                .list();
    }

    /** Public and private groups whose name or handle holds `q`, at most `limit`; secret groups never. */
    public List<Group> search(Handle h, String q, int limit) {
        String like = "%"
                + q.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
        return h.createQuery("SELECT " + COLUMNS + " FROM social_groups WHERE kind <> 'SECRET' AND"
                        + " (LOWER(name) LIKE :q ESCAPE '!' OR handle_lower LIKE :q ESCAPE '!')"
                        + " ORDER BY id DESC LIMIT " + limit)
                .bind("q", like)
                .map(GROUP)
                .list();
    }

    /** Every group's kind and members, for the in-memory members at start. */
    public List<Group> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM social_groups")
                .map(GROUP)
                .list();
    }

    public List<Integer> memberIds(Handle h, long group) {
        return h.createQuery("SELECT account_id FROM group_members WHERE group_id = :g AND state = 'MEMBER'")
                .bind("g", group)
                .mapTo(Integer.class)
                .list();
    }

    /** Notes the strangers a member's post to the group names (see {@link MentionLimits}); each once. */
    public void recordStrangers(Tx tx, long group, int author, long statusId, Set<Integer> strangers) {
        var batch = tx.handle()
                .prepareBatch(tx.dialect()
                        .insertIgnore(
                                "group_stranger_mentions",
                                "group_id, account_id, status_id, stranger_id, at",
                                ":g, :a, :s, :p, :at",
                                "status_id, stranger_id"));
        for (int p : strangers) {
            batch.bind("g", group)
                    .bind("a", author)
                    .bind("s", statusId)
                    .bind("p", p)
                    .bind("at", tx.now())
                    .add();
        }
        batch.execute();
    }

    /** How many different strangers the member named in the group's posts since `since`. */
    public int strangersSince(Handle h, long group, int author, long since) {
        return h.createQuery("SELECT COUNT(DISTINCT stranger_id) FROM group_stranger_mentions"
                        + " WHERE group_id = :g AND account_id = :a AND at > :since")
                .bind("g", group)
                .bind("a", author)
                .bind("since", since)
                .mapTo(Integer.class)
                .one();
    }

    /** The members with the role of moderator or above. */
    public List<Integer> moderatorIds(Handle h, long group) {
        return h.createQuery("SELECT account_id FROM group_members WHERE group_id = :g AND state = 'MEMBER'"
                        + " AND role IN ('MODERATOR', 'ADMIN', 'OWNER')")
                .bind("g", group)
                .mapTo(Integer.class)
                .list();
    }

    /**
     * Is there a group that is not public in which both are members, `a` since `joinedBefore` or
     * earlier? (Screening's `group_in_common`.)
     */
    public boolean longSharedPrivateGroup(Handle h, int a, int b, long joinedBefore) {
        return h.createQuery("SELECT COUNT(*) FROM group_members ma JOIN group_members mb ON mb.group_id = ma.group_id"
                                + " JOIN social_groups g ON g.id = ma.group_id WHERE ma.account_id = :a AND"
                                + " mb.account_id = :b AND ma.state = 'MEMBER' AND mb.state = 'MEMBER' AND"
                                + " g.kind <> 'PUBLIC' AND ma.since <= :before")
                        .bind("a", a)
                        .bind("b", b)
                        .bind("before", joinedBefore)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    private static String prefixed(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(", "))
                .map(c -> alias + "." + c)
                .collect(Collectors.joining(", "));
    }
}
