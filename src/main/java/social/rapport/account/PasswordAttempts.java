package social.rapport.account;

/**
 * Asked before any password of an account is checked (signing in, changing the password, deleting
 * the account), so that every guess, by any route, draws on the same per-account bucket, known by
 * the account's id whatever login named it, and on the per-address bucket. Throws a 429 when over.
 */
@FunctionalInterface
public interface PasswordAttempts {
    /** ip is null when the caller has already counted this attempt against the address. */
    void check(int accountId, String ip);
}
