package social.rapport.list;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Changes a list's title, replies policy or exclusivity; a field left out keeps its value. */
public final class UpdateList {
    private final Database db;
    private final ListStore lists;
    private final ListLimits limits;

    public UpdateList(Database db, ListStore lists, ListLimits limits) {
        this.db = db;
        this.lists = lists;
        this.limits = limits;
    }

    public PeopleList update(int owner, long id, CreateList.Request r) {
        return db.write(tx -> {
            PeopleList l = lists.owned(tx.handle(), owner, id).orElseThrow(Problem::notFound);
            PeopleList changed = new PeopleList(
                    l.id(),
                    owner,
                    r.title() == null ? l.title() : ListTitles.check(r.title(), limits),
                    RepliesPolicy.parse(r.repliesPolicy(), l.repliesPolicy()),
                    r.exclusive() == null ? l.exclusive() : r.exclusive());
            lists.update(tx, changed);
            return changed;
        });
    }
}
