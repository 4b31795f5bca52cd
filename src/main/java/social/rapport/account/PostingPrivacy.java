package social.rapport.account;

/**
 * The default audience of a person's new posts as Mastodon apps know it: one of its visibilities. The
 * posts feature owns the default (which may be richer: circles, connections); this is its nearest
 * visibility, so an app's composer starts no wider than the person chose.
 */
public interface PostingPrivacy {
    /** Mastodon's nearest visibility (public, unlisted, private or direct) of the default audience. */
    String of(int accountId);

    /** Makes `visibility` (public, unlisted or private) the default audience; anything else is a 422. */
    void set(int accountId, String visibility);
}
