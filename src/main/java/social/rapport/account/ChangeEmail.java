package social.rapport.account;

import java.util.Locale;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Changing one's email address: after the password, a link is mailed to the new address (valid 24
 * hours, once) and the old address is told; the address changes only when the link is used
 * ({@link ConfirmEmail#confirm}), and the old address is told again then. An address that already
 * belongs to someone is answered alike and gets no link, so the form never says whose it is.
 */
public final class ChangeEmail {
    private final Database db;
    private final AccountStore accounts;
    private final PasswordAttempts attempts;
    private final ConfirmEmail confirm;

    public ChangeEmail(Database db, AccountStore accounts, PasswordAttempts attempts, ConfirmEmail confirm) {
        this.db = db;
        this.accounts = accounts;
        this.attempts = attempts;
        this.confirm = confirm;
    }

    /** ip: the caller's address, counted with every other check of a password. */
    public void request(int accountId, String password, String newEmail, String ip) {
        String stored = db.read(h -> accounts.passwordHash(h, accountId));
        if (stored == null) throw Problem.notFound();
        String email = newEmail == null ? "" : newEmail.strip();
        if (!SignUp.validEmail(email)) throw Problem.invalid("email", "Email is invalid");
        if (password == null || password.isEmpty()) throw Problem.invalid("password", "Password can't be blank");
        attempts.check(accountId, ip);
        if (password.length() > 1024 || !Passwords.verify(password, stored)) {
            throw Problem.invalid("password", "Password is wrong");
        }
        db.writeVoid(tx -> {
            Account me = accounts.byId(tx.handle(), accountId).orElseThrow(Problem::notFound);
            if (me.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
                throw Problem.invalid("email", "That is already your address");
            }
            confirm.tellChangeAsked(tx, me, email);
            if (accounts.byEmail(tx.handle(), email).isPresent()) return;
            confirm.issueChange(tx, me, email);
        });
    }
}
