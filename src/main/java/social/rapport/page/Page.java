package social.rapport.page;

import social.rapport.account.Account;

/**
 * What every page template receives: its title, the signed-in person (null when nobody is), the
 * CSRF token every form carries, a notice after a redirect, the unread count and the path asked
 * for (so the navigation can mark where one is).
 */
public record Page(String title, Account viewer, String csrf, String notice, int unread, String path) {
    /**
     * "page" when the path asked for is `section` or lies under it (for aria-current), else null;
     * "/" matches home alone.
     */
    public String current(String section) {
        if (path == null) return null;
        boolean here = section.equals("/") ? path.equals("/") : path.equals(section) || path.startsWith(section + "/");
        return here ? "page" : null;
    }

    /** The same page marking no place in the navigation. */
    public Page withoutPath() {
        return new Page(title, viewer, csrf, notice, unread, null);
    }

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

    /** The address of a person's avatar as the pages show it (the same picture the API gives). */
    public static String avatar(Account a) {
        return social.rapport.account.AccountEntity.avatar(a, "");
    }

    /**
     * The avatar an API entity gives, as the pages show it: an image on this server by its path (so
     * it loads whatever name the browser used to reach the server), any other by its full address.
     */
    public static String avatar(social.rapport.account.AccountEntity e) {
        String own = "/@" + e.acct();
        if (e.url() == null || !e.url().endsWith(own)) return e.avatar();
        String base = e.url().substring(0, e.url().length() - own.length());
        return e.avatar().startsWith(base + "/") ? e.avatar().substring(base.length()) : e.avatar();
    }

    /** The address of a person's profile header as the pages show it. */
    public static String header(Account a) {
        return social.rapport.account.AccountEntity.header(a, "");
    }

    /** The address of the signed-in person's avatar, or null when nobody is signed in. */
    public String viewerAvatar() {
        return viewer == null ? null : avatar(viewer);
    }

    /** The public profile path of a handle. */
    public static String profilePath(String handle) {
        return "/@" + handle;
    }
}
