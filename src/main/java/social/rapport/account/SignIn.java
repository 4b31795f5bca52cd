package social.rapport.account;

import java.util.Optional;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Checks a handle or email and a password. An unknown login costs the same hashing as a known one
 * (checked against Passwords.DUMMY), so timing does not tell who has an account. Whether an account
 * is pending or suspended is told only to someone who knows its password.
 */
public final class SignIn {
    static final String WRONG = "Invalid handle, email or password";
    private final Database db;
    private final AccountStore accounts;
    private final PasswordAttempts attempts;

    public SignIn(Database db, AccountStore accounts, PasswordAttempts attempts) {
        this.db = db;
        this.accounts = accounts;
        this.attempts = attempts;
    }

    /** The caller counts the attempt against the address and the login as typed; this counts it against the account. */
    public Account signIn(String login, String password) {
        String l = login == null ? "" : login.strip();
        if (l.startsWith("@")) l = l.substring(1);
        String key = l;
        Optional<Account> found = key.isEmpty() || key.length() > 320
                ? Optional.empty()
                : db.read(h -> key.contains("@") ? accounts.byEmail(h, key) : accounts.byHandle(h, key));
        found.ifPresent(a -> attempts.check(a.id(), null));
        String hash =
                found.map(a -> db.read(h -> accounts.passwordHash(h, a.id()))).orElse(Passwords.DUMMY);
        boolean ok = password != null && password.length() <= 1024 && Passwords.verify(password, hash);
        if (found.isEmpty() || !ok) throw Problem.unauthorized(WRONG);
        Account a = found.get();
        switch (a.state()) {
            case "active" -> {
                return a;
            }
            case "pending" -> throw Problem.forbidden("Your account is waiting for approval by an administrator");
            case ConfirmEmail.UNCONFIRMED ->
                throw Problem.forbidden("Confirm your email address first: open the link we sent to it");
            case "suspended" -> throw Problem.forbidden("Your account is suspended");
            default -> throw Problem.unauthorized(WRONG);
        }
    }
}
