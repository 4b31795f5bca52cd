package social.rapport.list;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Deletes one of the owner's lists with its members; someone else's list is a 404. */
public final class DeleteList {
    private final Database db;
    private final ListStore lists;

    public DeleteList(Database db, ListStore lists) {
        this.db = db;
        this.lists = lists;
    }

    public void delete(int owner, long id) {
        db.writeVoid(tx -> {
            if (!lists.lock(tx, owner, id)) throw Problem.notFound();
            lists.delete(tx, id);
        });
    }
}
