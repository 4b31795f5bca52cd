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

    /** Whether new posts are marked sensitive, and their language (ISO 639-1, or null), when not said. */
    record Extras(boolean sensitive, String language) {
        public static final Extras NONE = new Extras(false, null);
    }

    Extras extras(int accountId);

    /** Changes what is given (null keeps it); a language that is not two letters a–z is a 422. */
    void setExtras(int accountId, Boolean sensitive, String language);

    /** A language as apps send it: two letters, any case; blank means none. Anything else is a 422. */
    static String language(String field, String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!v.matches("[a-z]{2}"))
            throw social.rapport.core.Problem.invalid(field, "language must be an ISO 639-1 code");
        return v;
    }
}
