package social.rapport.account;

import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Gives an account the role of user, moderator or admin: an operator from the command line, or an
 * administrator from the admin pages. An administrator may not change their own role, so a server
 * never loses its last admin by a slip of the hand; to anyone else the admin pages do not exist.
 */
public final class SetRole {
    public static final Set<String> ROLES = Set.of("user", "moderator", "admin");
    private final Database db;
    private final AccountStore accounts;

    public SetRole(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /** From the command line, by handle. */
    public Account set(String handle, String role) {
        if (!ROLES.contains(role)) throw Problem.invalid("role", "Role must be user, moderator or admin");
        return db.write(tx -> {
            Account a = accounts.byHandle(tx.handle(), handle == null ? "" : handle.strip())
                    .orElseThrow(() -> Problem.invalid("name", "No account is called " + handle));
            accounts.setRole(tx, a.id(), role);
            tx.emit(new AccountEvents.Updated(a.id()));
            return accounts.byId(tx.handle(), a.id()).orElseThrow();
        });
    }

    /** From the admin pages, by account id. */
    public Account byAdmin(Account actor, int accountId, String role) {
        if (actor == null || !actor.admin()) throw Problem.notFound();
        if (actor.id() == accountId) throw Problem.invalid("role", "You cannot change your own role");
        if (role == null || !ROLES.contains(role))
            throw Problem.invalid("role", "Role must be user, moderator or admin");
        return db.write(tx -> {
            accounts.byId(tx.handle(), accountId).orElseThrow(Problem::notFound);
            accounts.setRole(tx, accountId, role);
            tx.emit(new AccountEvents.Updated(accountId));
            return accounts.byId(tx.handle(), accountId).orElseThrow();
        });
    }
}
