package social.rapport.account;

import java.util.List;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/** The accounts of this server, newest first, for its administrators only; to anyone else it does not exist. */
public final class ListAccounts {
    public static final int PAGE = 100;
    private final Database db;
    private final AccountStore accounts;

    public ListAccounts(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    public List<Account> list(Account actor, int beforeId) {
        if (actor == null || !actor.admin()) throw Problem.notFound();
        return db.read(h -> accounts.newest(h, Math.max(0, beforeId), PAGE));
    }
}
