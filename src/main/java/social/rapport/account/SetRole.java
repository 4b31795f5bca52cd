package social.rapport.account;

import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/** An operator gives an account the role of user, moderator or admin. */
public final class SetRole {
    public static final Set<String> ROLES = Set.of("user", "moderator", "admin");
    private final Database db;
    private final AccountStore accounts;

    public SetRole(Database db, AccountStore accounts) {
        this.db = db;
        this.accounts = accounts;
    }

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
}
