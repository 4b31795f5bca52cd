package social.rapport.list;

import java.util.List;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.relation.AccountPage;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** One page of a list's members, by account id like every account list, as the owner may find them. */
public final class ListMembers {
    private final Database db;
    private final ListStore lists;
    private final Visible visible;

    public ListMembers(Database db, ListStore lists, Visible visible) {
        this.db = db;
        this.lists = lists;
        this.visible = visible;
    }

    public List<Account> page(int owner, long listId, AccountPage page) {
        return db.read(h -> {
            lists.owned(h, owner, listId).orElseThrow(Problem::notFound);
            return visible.accountsToManage(h, owner, page.slice(lists.members(h, listId)));
        });
    }
}
