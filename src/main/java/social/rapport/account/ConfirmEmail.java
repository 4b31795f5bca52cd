package social.rapport.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import social.rapport.core.Problem;
import social.rapport.mail.Mail;
import social.rapport.mail.MailQueue;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Confirming that a person owns the email address they signed up with: a one-time link, valid 24
 * hours, mailed in the sign-up's transaction and stored as a digest. Using it (a conditional UPDATE
 * of the link, then of the account, which must still wait for it) lets the account in. Someone who
 * signs up with an address that already belongs to a member is answered as any sign-up, and the
 * member is told by mail instead, so the form never says whose address it is.
 */
public final class ConfirmEmail {
    public static final Duration VALID = Duration.ofHours(24);
    public static final String UNCONFIRMED = "unconfirmed";
    public static final String INVALID = "This link is invalid, used or expired.";

    private final Database db;
    private final AccountStore accounts;
    private final MailQueue mail;
    private final String baseUrl;
    private final String domain;

    public ConfirmEmail(Database db, AccountStore accounts, MailQueue mail, String baseUrl, String domain) {
        this.db = db;
        this.accounts = accounts;
        this.mail = mail;
        this.baseUrl = baseUrl;
        this.domain = domain;
    }

    /** Stores a link for this account's address and queues it, in the sign-up's transaction. */
    void issue(Tx tx, Account a, String thenState) {
        String token = Secrets.token();
        tx.handle()
                .createUpdate("INSERT INTO email_confirmations (account_id, email, then_state, token_hash, created_at,"
                        + " expires_at) VALUES (:a, :e, :s, :h, :t, :x)")
                .bind("a", a.id())
                .bind("e", a.email())
                .bind("s", thenState)
                .bind("h", Secrets.sha256(token))
                .bind("t", tx.now())
                .bind("x", tx.now() + VALID.toMillis())
                .execute();
        String link = baseUrl + "/auth/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        mail.add(
                tx,
                new Mail(
                        a.email(),
                        "Confirm your email address on " + domain,
                        "Welcome to " + domain + ", @" + a.handle() + ".\n\n"
                                + "To confirm that this address is yours and start using your account, open this"
                                + " link within 24 hours:\n\n" + link + "\n\n"
                                + "If you did not sign up, ignore this mail: the account is not used without it.\n"));
    }

    /** Tells a member that someone tried to sign up with their address (nobody else learns it is theirs). */
    void tellTaken(Tx tx, Account owner) {
        mail.add(
                tx,
                new Mail(
                        owner.email(),
                        "Someone tried to sign up on " + domain + " with your address",
                        "Someone tried to create a new account on " + domain + " with this email address, which"
                                + " already belongs to @" + owner.handle() + ".\n\n"
                                + "If it was you, sign in at " + baseUrl + "/auth/sign_in instead; if you forgot"
                                + " your password, choose a new one at " + baseUrl + "/auth/password/forgot.\n"
                                + "If it was not you, ignore this mail: nothing changed.\n"));
    }

    /** Whether a link may still be used (the confirmation button is shown only then). */
    public boolean usable(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return false;
        String hash = Secrets.sha256(token);
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM email_confirmations WHERE token_hash = :h"
                                + " AND used_at IS NULL AND expires_at > :now")
                        .bind("h", hash)
                        .bind("now", db.clock().millis())
                        .mapTo(Integer.class)
                        .one())
                > 0;
    }

    /** Uses a link: the account it names stops waiting; answers it. */
    public Account confirm(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) throw Problem.invalid("token", INVALID);
        String hash = Secrets.sha256(token);
        return db.write(tx -> {
            record Link(int accountId, String thenState) {}
            Link link = tx.handle()
                    .createQuery("SELECT account_id, then_state FROM email_confirmations WHERE token_hash = :h")
                    .bind("h", hash)
                    .map((rs, ctx) -> new Link(rs.getInt(1), rs.getString(2)))
                    .findOne()
                    .orElseThrow(() -> Problem.invalid("token", INVALID));
            int taken = tx.handle()
                    .createUpdate("UPDATE email_confirmations SET used_at = :t WHERE token_hash = :h"
                            + " AND used_at IS NULL AND expires_at > :t")
                    .bind("t", tx.now())
                    .bind("h", hash)
                    .execute();
            int moved = tx.handle()
                    .createUpdate("UPDATE accounts SET state = :s, updated_at = :t WHERE id = :a AND state = :u")
                    .bind("s", link.thenState())
                    .bind("t", tx.now())
                    .bind("a", link.accountId())
                    .bind("u", UNCONFIRMED)
                    .execute();
            if (taken != 1 || moved != 1) throw Problem.invalid("token", INVALID);
            tx.emit(new AccountEvents.Updated(link.accountId()));
            return accounts.byId(tx.handle(), link.accountId()).orElseThrow();
        });
    }
}
