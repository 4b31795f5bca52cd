package social.rapport.account;

import java.util.Optional;
import social.rapport.store.Database;

/**
 * Finds an account by handle for showing it. Only active accounts are shown: a pending, suspended
 * or deleted one is answered exactly like one that never existed.
 */
public final class LookupAccount {
    private final Database db;
    private final AccountStore accounts;

    public LookupAccount(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    public Optional<Account> byHandle(String handle) {
        if (handle == null || handle.isEmpty() || handle.length() > 30) return Optional.empty();
        return db.read(h -> accounts.byHandle(h, handle)).filter(Account::active);
    }

    public Optional<Account> byId(int id) {
        return db.read(h -> accounts.byId(h, id)).filter(Account::active);
    }
}
