package social.rapport.core;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Mastodon's OAuth scopes: top-level `read`, `write`, `follow`, `push`, `admin:read`, `admin:write`
 * and granular ones such as `read:accounts`. A top-level scope grants every granular scope beneath it;
 * `follow` grants the follow, block and mute scopes as Mastodon defines.
 */
public final class Scopes {
    public static final String ALL_WEB = "*";
    private static final Set<String> TOP =
            Set.of("read", "write", "follow", "push", "admin:read", "admin:write", "profile");
    private static final Set<String> GRANULAR = Set.of(
            "read:accounts",
            "read:blocks",
            "read:bookmarks",
            "read:favourites",
            "read:filters",
            "read:follows",
            "read:lists",
            "read:mutes",
            "read:notifications",
            "read:search",
            "read:statuses",
            "write:accounts",
            "write:blocks",
            "write:bookmarks",
            "write:conversations",
            "write:favourites",
            "write:filters",
            "write:follows",
            "write:lists",
            "write:media",
            "write:mutes",
            "write:notifications",
            "write:reports",
            "write:statuses",
            "admin:read:accounts",
            "admin:read:reports",
            "admin:write:accounts",
            "admin:write:reports");
    private static final Set<String> FOLLOW_GRANTS =
            Set.of("read:blocks", "write:blocks", "read:follows", "write:follows", "read:mutes", "write:mutes");

    private Scopes() {}

    /** Every scope, top-level first, for discovery documents. */
    public static java.util.List<String> all() {
        java.util.List<String> out = new java.util.ArrayList<>(
                java.util.List.of("read", "write", "follow", "push", "profile", "admin:read", "admin:write"));
        GRANULAR.stream().sorted().forEach(out::add);
        return out;
    }

    public static boolean known(String scope) {
        return TOP.contains(scope) || GRANULAR.contains(scope);
    }

    /** Parses a space- or plus-separated scope string; answers null when any scope is unknown. */
    public static Set<String> parse(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            out.add("read");
            return out;
        }
        for (String s : text.trim().split("[\\s+]+")) {
            if (!known(s)) return null;
            out.add(s);
        }
        return out;
    }

    public static String format(Set<String> scopes) {
        return String.join(" ", scopes);
    }

    public static boolean grants(Set<String> held, String wanted) {
        if (held.contains(ALL_WEB) || held.contains(wanted)) return true;
        int colon = wanted.lastIndexOf(':');
        if (colon > 0 && held.contains(wanted.substring(0, colon))) return true;
        return held.contains("follow") && FOLLOW_GRANTS.contains(wanted);
    }

    /** Every requested scope must be covered by what the app registered. */
    public static boolean within(Set<String> requested, Set<String> allowed) {
        return requested.stream().allMatch(s -> grants(allowed, s));
    }

    public static Set<String> of(String... scopes) {
        return new LinkedHashSet<>(Arrays.asList(scopes));
    }
}
