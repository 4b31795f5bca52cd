package social.rapport.account;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * An administrator lets a pending account in (registration mode "approval"). Only a pending account
 * can be approved; to anyone but an administrator this does not exist.
 */
public final class ApproveAccount {
    private final Database db;
    private final AccountStore accounts;

    public ApproveAccount(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    public Account approve(Account actor, int accountId) {
        if (actor == null || !actor.admin()) throw Problem.notFound();
        return db.write(tx -> {
            Account a = accounts.byId(tx.handle(), accountId).orElseThrow(Problem::notFound);
            if (!"pending".equals(a.state())) throw Problem.unprocessable("Only a pending account can be approved");
            accounts.setState(tx, accountId, "active");
            tx.emit(new AccountEvents.Updated(accountId));
            return accounts.byId(tx.handle(), accountId).orElseThrow();
        });
    }
}
