package social.rapport.account;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * A moderator or administrator suspends an account (after reports, say) or lifts the suspension. A
 * suspended account cannot sign in, its tokens stop working, its streams close, and everything it
 * wrote disappears for everyone, as if it did not exist; lifting the suspension brings it all back.
 * Administrators cannot be suspended (demote first), moderators only by an administrator, and nobody
 * suspends themselves. To anyone but a moderator or administrator this does not exist.
 */
public final class SuspendAccount {
    private final Database db;
    private final AccountStore accounts;

    public SuspendAccount(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    public Account suspend(int actorId, int accountId) {
        return db.write(tx -> {
            Account target = target(actorId, accountId, tx.handle());
            if (!target.active()) throw Problem.unprocessable("Only an active account can be suspended");
            accounts.setState(tx, accountId, "suspended");
            tx.emit(new AccountEvents.Suspended(accountId));
            return accounts.byId(tx.handle(), accountId).orElseThrow();
        });
    }

    public Account unsuspend(int actorId, int accountId) {
        return db.write(tx -> {
            Account target = target(actorId, accountId, tx.handle());
            if (!"suspended".equals(target.state())) throw Problem.unprocessable("The account is not suspended");
            accounts.setState(tx, accountId, "active");
            tx.emit(new AccountEvents.Updated(accountId));
            return accounts.byId(tx.handle(), accountId).orElseThrow();
        });
    }

    private Account target(int actorId, int accountId, org.jdbi.v3.core.Handle h) {
        Account actor = accounts.byId(h, actorId).orElse(null);
        if (actor == null || !moderates(actor)) throw Problem.notFound();
        Account target = accounts.byId(h, accountId).orElseThrow(Problem::notFound);
        if (target.id() == actor.id()) throw Problem.unprocessable("You cannot suspend yourself");
        if (target.admin()) throw Problem.unprocessable("An administrator cannot be suspended; change the role first");
        if ("moderator".equals(target.role()) && !actor.admin()) {
            throw Problem.unprocessable("Only an administrator can suspend a moderator");
        }
        return target;
    }

    private static boolean moderates(Account a) {
        return a.active() && (a.admin() || "moderator".equals(a.role()));
    }
}
