package social.rapport.list;

import java.util.List;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Takes accounts off one of the owner's lists; an account that is not on it changes nothing. */
public final class RemoveFromList {
    private final Database db;
    private final ListStore lists;

    public RemoveFromList(Database db, ListStore lists) {
        this.db = db;
        this.lists = lists;
    }

    public void remove(int owner, long listId, List<Integer> accountIds) {
        if (accountIds.isEmpty()) throw Problem.invalid("account_ids", "account_ids is required");
        db.writeVoid(tx -> {
            if (!lists.lock(tx, owner, listId)) throw Problem.notFound();
            for (int id : accountIds) lists.removeMember(tx, listId, id);
        });
    }
}
