package social.rapport.list;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * Puts accounts on one of the owner's lists: only people the owner follows or is connected with,
 * each once, up to the limit of members. One bad id anywhere in the request adds nobody. The members
 * are never told.
 */
public final class AddToList {
    private final Database db;
    private final ListStore lists;
    private final Visible visible;
    private final Followed followed;
    private final ListLimits limits;

    public AddToList(Database db, ListStore lists, Visible visible, Followed followed, ListLimits limits) {
        this.db = db;
        this.lists = lists;
        this.visible = visible;
        this.followed = followed;
        this.limits = limits;
    }

    public void add(int owner, long listId, List<Integer> accountIds) {
        if (accountIds.isEmpty()) throw Problem.invalid("account_ids", "account_ids is required");
        Set<Integer> ids = new LinkedHashSet<>(accountIds);
        db.writeVoid(tx -> {
            // Locking the list's row checks that it is the owner's and counts concurrent adds one after the other.
            if (!lists.lock(tx, owner, listId)) throw Problem.notFound();
            for (int id : ids) {
                visible.account(tx.handle(), owner, id);
                if (!followed.test(tx.handle(), owner, id)) {
                    throw Problem.invalid(
                            "account_ids",
                            "Validation failed: You can only add accounts you follow or are connected with");
                }
            }
            for (int id : ids) {
                if (!lists.addMember(tx, listId, id)) {
                    throw Problem.invalid("account_ids", "Validation failed: Account has already been taken");
                }
            }
            if (lists.memberCount(tx.handle(), listId) > limits.members()) {
                throw Problem.unprocessable(
                        "Validation failed: A list holds at most " + limits.members() + " accounts");
            }
        });
    }
}
