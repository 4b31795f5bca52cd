package social.rapport.account;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import social.rapport.store.Database;

/**
 * Which accounts may be seen at all: every account that is not suspended, deleted or otherwise
 * inactive. Loaded at start and kept current from committed account events, so the audience policy
 * never asks the database.
 */
public final class VisibleAccounts {
    private final Set<Integer> hidden = ConcurrentHashMap.newKeySet();
    private final Database db;
    private final AccountStore accounts;

    public VisibleAccounts(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
        hidden.addAll(db.read(h -> h.createQuery("SELECT id FROM accounts WHERE state <> 'active'")
                .mapTo(Integer.class).list()));
        db.events().on(AccountEvents.Created.class, e -> recheck(e.accountId()));
        db.events().on(AccountEvents.Updated.class, e -> recheck(e.accountId()));
        db.events().on(AccountEvents.Suspended.class, e -> hidden.add(e.accountId()));
        db.events().on(AccountEvents.Deleted.class, e -> hidden.add(e.accountId()));
    }

    private void recheck(int id) {
        boolean active = db.read(h -> accounts.byId(h, id)).map(Account::active).orElse(false);
        if (active) hidden.remove(id);
        else hidden.add(id);
    }

    public boolean visible(int accountId) { return !hidden.contains(accountId); }
}
