package social.rapport.account;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Changes a password after checking the current one, and ends every other web session and token, so
 * whoever may have learned the old password is out. The session or token making the change is kept.
 */
public final class ChangePassword {
    private final Database db;
    private final AccountStore accounts;
    private final WebSessions sessions;
    private final Tokens tokens;
    private final PasswordAttempts attempts;

    public ChangePassword(
            Database db, AccountStore accounts, WebSessions sessions, Tokens tokens, PasswordAttempts attempts) {
        this.attempts = attempts;
        this.db = db;
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /**
     * keepSessionId and keepTokenId name the caller's own session or token (0 when none); ip is the
     * caller's address, counted with every other check of a password.
     */
    public void change(
            int accountId,
            String currentPassword,
            String newPassword,
            long keepSessionId,
            long keepTokenId,
            String ip) {
        String stored = db.read(h -> accounts.passwordHash(h, accountId));
        if (stored == null) throw Problem.notFound();
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw Problem.invalid("current_password", "Current password can't be blank");
        }
        attempts.check(accountId, ip);
        if (currentPassword.length() > 1024 || !Passwords.verify(currentPassword, stored)) {
            throw Problem.invalid("current_password", "Current password is wrong");
        }
        Passwords.require(newPassword);
        String hash = Passwords.hash(newPassword);
        db.writeVoid(tx -> {
            accounts.setPasswordHash(tx, accountId, hash);
            ResetPassword.voidLinks(tx, accountId);
            sessions.endAll(tx, accountId, keepSessionId);
            tokens.revokeAll(tx, accountId, keepTokenId);
            tx.emit(new AccountEvents.CredentialsRevoked(accountId, keepSessionId, keepTokenId));
        });
    }
}
