package social.rapport.page;

import social.rapport.account.Account;

/**
 * What every page template receives: its title, the signed-in person (null when nobody is), the
 * CSRF token every form carries, and a notice after a redirect.
 */
public record Page(String title, Account viewer, String csrf, String notice, int unread) {
    public boolean signedIn() {
        return viewer != null;
    }

    public boolean admin() {
        return viewer != null && viewer.admin();
    }

    /** A moderator or an administrator: whoever reads the reports. */
    public boolean moderator() {
        return viewer != null && (viewer.admin() || "moderator".equals(viewer.role()));
    }

    /** "@handle", written here because a bare @ starts a directive in jte templates. */
    public static String at(String handle) {
        return "@" + handle;
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    /** A time as people read it. */
    public static String when(long epochMillis) {
        return WHEN.format(java.time.Instant.ofEpochMilli(epochMillis));
    }

    /** The public profile path of a handle. */
    public static String profilePath(String handle) {
        return "/@" + handle;
    }
}
