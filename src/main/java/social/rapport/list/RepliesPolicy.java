package social.rapport.list;

import java.util.Locale;
import social.rapport.core.Problem;

/** Which replies a list shows (Mastodon's `replies_policy`); a member's replies to themselves always show. */
public enum RepliesPolicy {
    /** Replies to anyone the owner follows or is connected with. */
    FOLLOWED,
    /** Replies to members of the list. */
    LIST,
    /** Replies to nobody but the owner. */
    NONE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** `given`, or `fallback` when absent; anything else is a 422. */
    public static RepliesPolicy parse(String given, RepliesPolicy fallback) {
        if (given == null || given.isBlank()) return fallback;
        for (RepliesPolicy p : values()) if (p.wire().equals(given.strip())) return p;
        throw Problem.invalid("replies_policy", "replies_policy must be followed, list or none");
    }
}
