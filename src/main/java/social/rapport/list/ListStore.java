package social.rapport.list;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import social.rapport.store.Tx;

/** SQL for lists and their members. Every read of a list is by its owner. */
public final class ListStore {
    private static final String COLUMNS = "id, account_id, title, replies_policy, is_exclusive";
    private static final RowMapper<PeopleList> ROW = (rs, c) -> new PeopleList(
            rs.getLong(1), rs.getInt(2), rs.getString(3), RepliesPolicy.valueOf(rs.getString(4)), rs.getBoolean(5));

    public List<PeopleList> of(Handle h, int owner) {
        return h.createQuery("SELECT " + COLUMNS + " FROM lists WHERE account_id = :o ORDER BY id")
                .bind("o", owner)
                .map(ROW)
                .list();
    }

    /** The list when `owner` owns it; someone else's list is answered like a missing one. */
    public Optional<PeopleList> owned(Handle h, int owner, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM lists WHERE id = :id AND account_id = :o")
                .bind("id", id)
                .bind("o", owner)
                .map(ROW)
                .findOne();
    }

    /** The owner's lists that hold `member`. */
    public List<PeopleList> containing(Handle h, int owner, int member) {
        return h.createQuery("SELECT " + COLUMNS + " FROM lists WHERE account_id = :o AND id IN"
                        + " (SELECT list_id FROM list_accounts WHERE account_id = :m) ORDER BY id")
                .bind("o", owner)
                .bind("m", member)
                .map(ROW)
                .list();
    }

    public int count(Handle h, int owner) {
        return h.createQuery("SELECT COUNT(*) FROM lists WHERE account_id = :o")
                .bind("o", owner)
                .mapTo(Integer.class)
                .one();
    }

    /**
     * Holds the owner's row until the transaction ends, so that two creates at once are counted one
     * after the other (SQLite has one writer anyway).
     */
    public void lockOwner(Tx tx, int owner) {
        tx.handle()
                .createUpdate("UPDATE accounts SET id = id WHERE id = :o")
                .bind("o", owner)
                .execute();
    }

    /** Holds the list's row until the transaction ends; false when the owner has no such list. */
    public boolean lock(Tx tx, int owner, long id) {
        return tx.handle()
                        .createUpdate("UPDATE lists SET title = title WHERE id = :id AND account_id = :o")
                        .bind("id", id)
                        .bind("o", owner)
                        .execute()
                == 1;
    }

    public long insert(Tx tx, int owner, String title, RepliesPolicy policy, boolean exclusive) {
        return tx.handle()
                .createQuery("INSERT INTO lists (account_id, title, replies_policy, is_exclusive, created_at)"
                        + " VALUES (:o, :t, :p, :x, :now) RETURNING id")
                .bind("o", owner)
                .bind("t", title)
                .bind("p", policy.name())
                .bind("x", exclusive)
                .bind("now", tx.now())
                .mapTo(Long.class)
                .one();
    }

    public void update(Tx tx, PeopleList l) {
        tx.handle()
                .createUpdate("UPDATE lists SET title = :t, replies_policy = :p, is_exclusive = :x WHERE id = :id")
                .bind("t", l.title())
                .bind("p", l.repliesPolicy().name())
                .bind("x", l.exclusive())
                .bind("id", l.id())
                .execute();
    }

    public void delete(Tx tx, long id) {
        tx.handle()
                .createUpdate("DELETE FROM lists WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    /** False when the account was on the list already. */
    public boolean addMember(Tx tx, long list, int member) {
        return tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore("list_accounts", "list_id, account_id", ":l, :m", "list_id, account_id"))
                        .bind("l", list)
                        .bind("m", member)
                        .execute()
                == 1;
    }

    public void removeMember(Tx tx, long list, int member) {
        tx.handle()
                .createUpdate("DELETE FROM list_accounts WHERE list_id = :l AND account_id = :m")
                .bind("l", list)
                .bind("m", member)
                .execute();
    }

    /** Takes `member` off every list `owner` keeps. */
    public void removeFromAll(Tx tx, int owner, int member) {
        tx.handle()
                .createUpdate("DELETE FROM list_accounts WHERE account_id = :m"
                        + " AND list_id IN (SELECT id FROM lists WHERE account_id = :o)")
                .bind("m", member)
                .bind("o", owner)
                .execute();
    }

    public int memberCount(Handle h, long list) {
        return h.createQuery("SELECT COUNT(*) FROM list_accounts WHERE list_id = :l")
                .bind("l", list)
                .mapTo(Integer.class)
                .one();
    }

    /** The list's members, ascending. */
    public int[] members(Handle h, long list) {
        return h
                .createQuery("SELECT account_id FROM list_accounts WHERE list_id = :l ORDER BY account_id")
                .bind("l", list)
                .mapTo(Integer.class)
                .stream()
                .mapToInt(Integer::intValue)
                .toArray();
    }

    public boolean isMember(Handle h, long list, int account) {
        return h.createQuery("SELECT COUNT(*) FROM list_accounts WHERE list_id = :l AND account_id = :a")
                        .bind("l", list)
                        .bind("a", account)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** Everyone on any of the owner's exclusive lists, ascending, each once. */
    public int[] exclusiveMembers(Handle h, int owner) {
        return h
                .createQuery("SELECT DISTINCT la.account_id FROM list_accounts la JOIN lists l ON l.id = la.list_id"
                        + " WHERE l.account_id = :o AND l.is_exclusive = :x ORDER BY la.account_id")
                .bind("o", owner)
                .bind("x", true)
                .mapTo(Integer.class)
                .stream()
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
