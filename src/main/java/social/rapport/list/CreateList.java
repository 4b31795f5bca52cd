package social.rapport.list;

import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/** Makes a new list for its owner, up to the limit of lists per person. */
public final class CreateList {
    /** What a create asks for; null fields take Mastodon's defaults (replies to list members, not exclusive). */
    public record Request(String title, String repliesPolicy, Boolean exclusive) {}

    private final Database db;
    private final ListStore lists;
    private final ListLimits limits;

    public CreateList(Database db, ListStore lists, ListLimits limits) {
        this.db = db;
        this.lists = lists;
        this.limits = limits;
    }

    public PeopleList create(int owner, Request r) {
        return db.write(tx -> create(tx, owner, r));
    }

    /** Creates within a transaction the caller holds (to record an idempotency key with the list). */
    public PeopleList create(Tx tx, int owner, Request r) {
        String title = ListTitles.check(r.title(), limits);
        RepliesPolicy policy = RepliesPolicy.parse(r.repliesPolicy(), RepliesPolicy.LIST);
        boolean exclusive = Boolean.TRUE.equals(r.exclusive());
        lists.lockOwner(tx, owner);
        if (lists.count(tx.handle(), owner) >= limits.lists()) {
            throw Problem.unprocessable("Validation failed: You cannot have more than " + limits.lists() + " lists");
        }
        return new PeopleList(lists.insert(tx, owner, title, policy, exclusive), owner, title, policy, exclusive);
    }
}
