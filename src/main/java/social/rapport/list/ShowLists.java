package social.rapport.list;

import java.util.List;
import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The owner's lists: all, one, or those that hold an account. Nobody else ever reaches them. */
public final class ShowLists {
    private final Database db;
    private final ListStore lists;
    private final Visible visible;

    public ShowLists(Database db, ListStore lists, Visible visible) {
        this.db = db;
        this.lists = lists;
        this.visible = visible;
    }

    public List<PeopleList> all(int owner) {
        return db.read(h -> lists.of(h, owner));
    }

    public PeopleList one(int owner, long id) {
        return db.read(h -> lists.owned(h, owner, id).orElseThrow(Problem::notFound));
    }

    /** The owner's lists holding `account`; an account the owner may not see is a 404. */
    public List<PeopleList> containing(int owner, int account) {
        return db.read(h -> {
            visible.account(h, owner, account);
            return lists.containing(h, owner, account);
        });
    }
}
