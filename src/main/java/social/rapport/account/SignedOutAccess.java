package social.rapport.account;

import social.rapport.core.Problem;

/**
 * What signed-out visitors may do on this instance: see profiles and posts (yes by default, as on
 * Mastodon) and search (no by default). Kept in the settings table and held in memory, so that the
 * audience policy asks without touching the database; only administrators change it.
 */
public final class SignedOutAccess {
    static final String PROFILES = "signed_out_profiles";
    static final String SEARCH = "signed_out_search";

    /** The two answers, as the admin API and page show them. */
    public record View(boolean profiles, boolean search) {}

    private final Settings settings;
    private volatile boolean profiles;
    private volatile boolean search;

    public SignedOutAccess(Settings settings) {
        this.settings = settings;
        this.profiles = settings.get(PROFILES).map(Boolean::parseBoolean).orElse(true);
        this.search = settings.get(SEARCH).map(Boolean::parseBoolean).orElse(false);
    }

    /** May signed-out visitors see profiles, accounts and posts at all? */
    public boolean profiles() {
        return profiles;
    }

    /** May signed-out visitors search? */
    public boolean search() {
        return search;
    }

    /** For an administrator (`admin`); anyone else is answered as if nothing were here. */
    public View current(boolean admin) {
        if (!admin) throw Problem.notFound();
        return new View(profiles, search);
    }

    /** Null leaves a setting as it is. Anyone but an administrator is answered as if nothing were here. */
    public View set(boolean admin, Boolean seeProfiles, Boolean maySearch) {
        if (!admin) throw Problem.notFound();
        if (seeProfiles != null) {
            settings.set(PROFILES, Boolean.toString(seeProfiles));
            profiles = seeProfiles;
        }
        if (maySearch != null) {
            settings.set(SEARCH, Boolean.toString(maySearch));
            search = maySearch;
        }
        return new View(profiles, search);
    }
}
