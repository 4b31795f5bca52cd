package social.rapport.testing;

/**
 * A world of services over a fresh database that can make accounts; {@link EachDatabase} fills a test's
 * {@code @Person int} fields through it, in the order declared.
 */
public interface People {
    /** A new active account with this handle; its id. */
    int account(String handle);
}
