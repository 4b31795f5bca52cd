package social.rapport.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import social.rapport.core.Problem;
import social.rapport.mail.Mail;
import social.rapport.mail.MailQueue;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Password reset by email. Asking answers the same whether the address belongs to a member or not
 * (the caller says "if it does, a link is on its way"); for an active account it queues a mail with a
 * one-time link, valid an hour, in the transaction that stores the token's digest (never the token).
 * An account gets at most {@link #PER_ACCOUNT} links an hour, however its address is spelled: more
 * asks are answered alike and send nothing. Using a link sets the new password, voids every other
 * link of the account and ends every session and token, all in one transaction: the account's row is
 * locked first and the link taken by a conditional UPDATE, so a link used twice at once, or two links
 * at once, change the password once.
 */
public final class ResetPassword {
    public static final Duration VALID = Duration.ofHours(1);
    static final int PER_ACCOUNT = 3;
    public static final String INVALID = "This link is invalid, used or expired. Ask for a new one.";

    private final Database db;
    private final AccountStore accounts;
    private final WebSessions sessions;
    private final Tokens tokens;
    private final MailQueue mail;
    private final String baseUrl;
    private final String domain;

    public ResetPassword(
            Database db,
            AccountStore accounts,
            WebSessions sessions,
            Tokens tokens,
            MailQueue mail,
            String baseUrl,
            String domain) {
        this.db = db;
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.mail = mail;
        this.baseUrl = baseUrl;
        this.domain = domain;
    }

    /** Queues a reset link for the account with this email, if there is one that may sign in. */
    public void request(String email) {
        String e = email == null ? "" : email.strip();
        if (e.isEmpty() || e.length() > 254 || !e.contains("@")) throw Problem.invalid("email", "Email is invalid");
        db.writeVoid(tx -> {
            Optional<Account> found = accounts.byEmail(tx.handle(), e);
            if (found.isEmpty() || !found.get().active()) return;
            Account a = found.get();
            int recent = tx.handle()
                    .createQuery("SELECT COUNT(*) FROM password_resets WHERE account_id = :a AND created_at > :since")
                    .bind("a", a.id())
                    .bind("since", tx.now() - Duration.ofHours(1).toMillis())
                    .mapTo(Integer.class)
                    .one();
            if (recent >= PER_ACCOUNT) return;
            String token = Secrets.token();
            tx.handle()
                    .createUpdate("INSERT INTO password_resets (account_id, token_hash, created_at, expires_at)"
                            + " VALUES (:a, :h, :t, :x)")
                    .bind("a", a.id())
                    .bind("h", Secrets.sha256(token))
                    .bind("t", tx.now())
                    .bind("x", tx.now() + VALID.toMillis())
                    .execute();
            mail.add(tx, linkMail(a, token));
        });
    }

    /** Whether a link may still be used (the form is shown only then); its account is not told. */
    public boolean usable(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return false;
        String hash = Secrets.sha256(token);
        return db.read(h -> h.createQuery(
                                "SELECT COUNT(*) FROM password_resets WHERE token_hash = :h AND used_at IS NULL"
                                        + " AND expires_at > :now")
                        .bind("h", hash)
                        .bind("now", db.clock().millis())
                        .mapTo(Integer.class)
                        .one())
                > 0;
    }

    /** Sets a new password with a link; answers the account, whose every session and token has ended. */
    public Account reset(String token, String newPassword) {
        if (token == null || token.isEmpty() || token.length() > 200) throw Problem.invalid("token", INVALID);
        Passwords.require(newPassword);
        String hash = Passwords.hash(newPassword);
        String tokenHash = Secrets.sha256(token);
        return db.write(tx -> {
            Integer accountId = tx.handle()
                    .createQuery("SELECT account_id FROM password_resets WHERE token_hash = :h")
                    .bind("h", tokenHash)
                    .mapTo(Integer.class)
                    .findOne()
                    .orElseThrow(() -> Problem.invalid("token", INVALID));
            // The account's row first: two resets of one account at once wait here for each other.
            int active = tx.handle()
                    .createUpdate("UPDATE accounts SET updated_at = :t WHERE id = :a AND state = 'active'")
                    .bind("t", tx.now())
                    .bind("a", accountId)
                    .execute();
            int taken = tx.handle()
                    .createUpdate("UPDATE password_resets SET used_at = :t WHERE token_hash = :h AND used_at IS NULL"
                            + " AND expires_at > :t")
                    .bind("t", tx.now())
                    .bind("h", tokenHash)
                    .execute();
            if (active != 1 || taken != 1) throw Problem.invalid("token", INVALID);
            voidLinks(tx, accountId);
            accounts.setPasswordHash(tx, accountId, hash);
            sessions.endAll(tx, accountId, 0);
            tokens.revokeAll(tx, accountId, 0);
            tx.emit(new AccountEvents.CredentialsRevoked(accountId, 0, 0));
            Account a = accounts.byId(tx.handle(), accountId).orElseThrow();
            mail.add(tx, changedMail(a));
            return a;
        });
    }

    /** Every unused link of the account stops working (a password change by any route calls it). */
    static void voidLinks(Tx tx, int accountId) {
        tx.handle()
                .createUpdate("UPDATE password_resets SET used_at = :t WHERE account_id = :a AND used_at IS NULL")
                .bind("t", tx.now())
                .bind("a", accountId)
                .execute();
    }

    private Mail linkMail(Account a, String token) {
        String link = baseUrl + "/auth/password/reset?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return new Mail(
                a.email(),
                "Reset your password on " + domain,
                "Someone, hopefully you, asked to reset the password of @" + a.handle() + " on " + domain + ".\n\n"
                        + "To choose a new password, open this link within an hour:\n\n" + link + "\n\n"
                        + "The link works once. Using it signs you out everywhere else.\n"
                        + "If you did not ask for this, ignore this mail: your password stays as it is.\n");
    }

    private Mail changedMail(Account a) {
        return new Mail(
                a.email(),
                "Your password on " + domain + " was changed",
                "The password of @" + a.handle() + " on " + domain + " was just changed with a reset link,"
                        + " and every session and app was signed out.\n\n"
                        + "If this was not you, reset your password again at " + baseUrl
                        + "/auth/password/forgot and tell the server's administrators.\n");
    }
}
