package social.rapport.account;

import java.util.List;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Deletes one's own account after checking the password: every session and token ends with it; its
 * files (profile pictures and media) are removed by the durable reaction to its event.
 */
public final class DeleteAccount {
    private final Database db;
    private final AccountStore accounts;
    private final WebSessions sessions;
    private final Tokens tokens;
    private final PasswordAttempts attempts;

    public DeleteAccount(
            Database db, AccountStore accounts, WebSessions sessions, Tokens tokens, PasswordAttempts attempts) {
        this.attempts = attempts;
        this.db = db;
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** ip is the caller's address, counted with every other check of a password. */
    public void delete(int accountId, String password, String ip) {
        String stored = db.read(h -> accounts.passwordHash(h, accountId));
        if (stored == null) throw Problem.notFound();
        if (password == null || password.isEmpty()) throw Problem.invalid("password", "Password can't be blank");
        attempts.check(accountId, ip);
        if (password.length() > 1024 || !Passwords.verify(password, stored)) {
            throw Problem.invalid("password", "Password is wrong");
        }
        db.writeVoid(tx -> {
            sessions.endAll(tx, accountId, 0);
            tokens.revokeAll(tx, accountId, 0);
            List<String> images = accounts.delete(tx, accountId);
            tx.emit(new AccountEvents.Deleted(accountId, images));
        });
    }
}
