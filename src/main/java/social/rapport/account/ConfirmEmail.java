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

    /** What a link moves its account to when it asks for a new address rather than confirming a sign-up. */
    static final String CHANGE = "change";

    /** A used link: the account as it is now, and whether the link changed its address. */
    public record Confirmed(Account account, boolean changedAddress) {}

    /** Stores a link for this account's address and queues it, in the sign-up's transaction. */
    void issue(Tx tx, Account a, String thenState) {
        String link = store(tx, a.id(), a.email(), thenState);
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

    /** A link to the new address that makes it the account's when used. */
    void issueChange(Tx tx, Account a, String newEmail) {
        String link = store(tx, a.id(), newEmail, CHANGE);
        mail.add(
                tx,
                new Mail(
                        newEmail,
                        "Confirm your new email address on " + domain,
                        "@" + a.handle() + " on " + domain + " asked to use this address from now on.\n\n"
                                + "To confirm it, open this link within 24 hours:\n\n" + link + "\n\n"
                                + "If you did not ask for this, ignore this mail: nothing changes without it.\n"));
    }

    /** The old address hears of a change asked for, and again when it is done. */
    void tellChangeAsked(Tx tx, Account a, String newEmail) {
        mail.add(
                tx,
                new Mail(
                        a.email(),
                        "A new email address was asked for on " + domain,
                        "Someone signed in as @" + a.handle() + " on " + domain + " asked to change the account's"
                                + " email address from this one to " + newEmail + ". It changes only when a link"
                                + " sent there is used.\n\nIf it was not you, change your password at " + baseUrl
                                + "/settings/password.\n"));
    }

    private String store(Tx tx, int accountId, String email, String thenState) {
        String token = Secrets.token();
        tx.handle()
                .createUpdate("INSERT INTO email_confirmations (account_id, email, then_state, token_hash, created_at,"
                        + " expires_at) VALUES (:a, :e, :s, :h, :t, :x)")
                .bind("a", accountId)
                .bind("e", email)
                .bind("s", thenState)
                .bind("h", Secrets.sha256(token))
                .bind("t", tx.now())
                .bind("x", tx.now() + VALID.toMillis())
                .execute();
        return baseUrl + "/auth/confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
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

    /**
     * Uses a link: the account it names stops waiting, or takes the new address (the old one is told);
     * answers it.
     */
    public Confirmed confirm(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) throw Problem.invalid("token", INVALID);
        String hash = Secrets.sha256(token);
        return db.write(tx -> {
            record Link(int accountId, String email, String thenState) {}
            Link link = tx.handle()
                    .createQuery("SELECT account_id, email, then_state FROM email_confirmations WHERE token_hash = :h")
                    .bind("h", hash)
                    .map((rs, ctx) -> new Link(rs.getInt(1), rs.getString(2), rs.getString(3)))
                    .findOne()
                    .orElseThrow(() -> Problem.invalid("token", INVALID));
            int taken = tx.handle()
                    .createUpdate("UPDATE email_confirmations SET used_at = :t WHERE token_hash = :h"
                            + " AND used_at IS NULL AND expires_at > :t")
                    .bind("t", tx.now())
                    .bind("h", hash)
                    .execute();
            if (taken != 1) throw Problem.invalid("token", INVALID);
            if (CHANGE.equals(link.thenState())) return changeAddress(tx, link.accountId(), link.email());
            int moved = tx.handle()
                    .createUpdate("UPDATE accounts SET state = :s, updated_at = :t WHERE id = :a AND state = :u")
                    .bind("s", link.thenState())
                    .bind("t", tx.now())
                    .bind("a", link.accountId())
                    .bind("u", UNCONFIRMED)
                    .execute();
            if (moved != 1) throw Problem.invalid("token", INVALID);
            tx.emit(new AccountEvents.Updated(link.accountId()));
            return new Confirmed(accounts.byId(tx.handle(), link.accountId()).orElseThrow(), false);
        });
    }

    /** The account (still active) takes the new address, unless someone took it since; other change links end. */
    private Confirmed changeAddress(Tx tx, int accountId, String email) {
        Account before = accounts.byId(tx.handle(), accountId)
                .filter(Account::active)
                .orElseThrow(() -> Problem.invalid("token", INVALID));
        if (accounts.byEmail(tx.handle(), email).isPresent()) throw Problem.invalid("token", INVALID);
        tx.handle()
                .createUpdate("UPDATE accounts SET email = :e, email_lower = :l, updated_at = :t WHERE id = :a")
                .bind("e", email)
                .bind("l", email.toLowerCase(java.util.Locale.ROOT))
                .bind("t", tx.now())
                .bind("a", accountId)
                .execute();
        tx.handle()
                .createUpdate("UPDATE email_confirmations SET used_at = :t WHERE account_id = :a AND used_at IS NULL"
                        + " AND then_state = :c")
                .bind("t", tx.now())
                .bind("a", accountId)
                .bind("c", CHANGE)
                .execute();
        mail.add(
                tx,
                new Mail(
                        before.email(),
                        "Your email address on " + domain + " was changed",
                        "The email address of @" + before.handle() + " on " + domain + " is now " + email
                                + ". Mail for the account goes there from now on.\n\nIf it was not you, tell the"
                                + " server's administrators.\n"));
        tx.emit(new AccountEvents.Updated(accountId));
        return new Confirmed(accounts.byId(tx.handle(), accountId).orElseThrow(), true);
    }
}
