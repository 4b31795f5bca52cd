package social.rapport.account;

import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Gives an account the role user, moderator or admin. Only an administrator may, and not for their
 * own account, so a server never loses its last admin by a slip of the hand.
 */
public final class SetRole {
    public static final Set<String> ROLES = Set.of("user", "moderator", "admin");
    private final Database db;
    private final AccountStore accounts;

    public SetRole(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    public Account set(Account actor, int accountId, String role) {
        if (actor == null || !actor.admin()) throw Problem.notFound();
        if (actor.id() == accountId) throw Problem.invalid("role", "You cannot change your own role");
        if (role == null || !ROLES.contains(role)) throw Problem.invalid("role", "Role must be user, moderator or admin");
        return db.write(tx -> {
            accounts.byId(tx.handle(), accountId).orElseThrow(Problem::notFound);
            accounts.setRole(tx, accountId, role);
            tx.emit(new AccountEvents.Updated(accountId));
            return accounts.byId(tx.handle(), accountId).orElseThrow();
        });
    }
}
