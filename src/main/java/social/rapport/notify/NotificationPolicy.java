package social.rapport.notify;

import java.util.Locale;
import social.rapport.core.Problem;

/** Mastodon's notification policy (v2): what to do with notifications from each kind of stranger. */
public record NotificationPolicy(
        Action forNotFollowing,
        Action forNotFollowers,
        Action forNewAccounts,
        Action forPrivateMentions,
        Action forLimitedAccounts) {
    /** Mastodon's defaults: everything accepted except private mentions and limited accounts. */
    public static final NotificationPolicy DEFAULT =
            new NotificationPolicy(Action.ACCEPT, Action.ACCEPT, Action.ACCEPT, Action.FILTER, Action.FILTER);

    public enum Action {
        ACCEPT,
        FILTER,
        DROP;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action parse(String field, String value) {
            for (Action a : values()) if (a.wire().equals(value)) return a;
            throw Problem.invalid(field, field + " must be accept, filter or drop");
        }

        /** The stricter of two answers. */
        Action and(Action other) {
            return ordinal() >= other.ordinal() ? this : other;
        }
    }
}
