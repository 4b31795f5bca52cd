package social.rapport.status;

import java.util.Optional;

/**
 * Where posts are shown, as Mastodon's filters name it: a filter applies only where its contexts say.
 * Home covers the home timeline and the user stream; public the public and hashtag timelines and
 * streams; account a profile's posts; thread a post's context; notifications the notifications.
 */
public enum FilterContext {
    HOME("home"),
    NOTIFICATIONS("notifications"),
    PUBLIC("public"),
    THREAD("thread"),
    ACCOUNT("account");

    private final String wire;

    FilterContext(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<FilterContext> parse(String s) {
        for (FilterContext c : values()) if (c.wire.equals(s)) return Optional.of(c);
        return Optional.empty();
    }
}
