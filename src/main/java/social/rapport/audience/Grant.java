package social.rapport.audience;

import java.util.Optional;

/**
 * One way a viewer can be admitted to an object. `circle` and `group` carry the id of the owner's
 * circle or of the group; the others carry 0.
 */
public record Grant(Kind kind, long id) {
    public enum Kind {
        PUBLIC,
        UNLISTED,
        FOLLOWERS,
        CONNECTIONS,
        NETWORK,
        CIRCLE,
        MENTIONED,
        GROUP,
        /** A group's post held for the group's moderators (stored only, never chosen by a client). */
        HELD,
        ONLY_ME
    }

    public static final Grant PUBLIC = new Grant(Kind.PUBLIC, 0);
    public static final Grant UNLISTED = new Grant(Kind.UNLISTED, 0);
    public static final Grant FOLLOWERS = new Grant(Kind.FOLLOWERS, 0);
    public static final Grant CONNECTIONS = new Grant(Kind.CONNECTIONS, 0);
    public static final Grant NETWORK = new Grant(Kind.NETWORK, 0);
    public static final Grant MENTIONED = new Grant(Kind.MENTIONED, 0);
    public static final Grant ONLY_ME = new Grant(Kind.ONLY_ME, 0);

    public static Grant circle(long id) {
        return new Grant(Kind.CIRCLE, id);
    }

    public static Grant group(long id) {
        return new Grant(Kind.GROUP, id);
    }

    /** A post to the group held for its moderators: seen by them and its author alone. */
    public static Grant held(long id) {
        return new Grant(Kind.HELD, id);
    }

    /** The wire form: `public`, `followers`, `circle:12`, … */
    public String wire() {
        String name = kind.name().toLowerCase();
        return kind == Kind.CIRCLE || kind == Kind.GROUP || kind == Kind.HELD ? name + ":" + id : name;
    }

    /** Parses the wire form; empty for anything unknown or malformed. */
    public static Optional<Grant> parse(String s) {
        if (s == null) return Optional.empty();
        String t = s.trim().toLowerCase();
        int colon = t.indexOf(':');
        if (colon > 0) {
            String kind = t.substring(0, colon);
            long id = social.rapport.core.Ids.parse(t.substring(colon + 1));
            if (id <= 0) return Optional.empty();
            if (kind.equals("circle")) return Optional.of(circle(id));
            if (kind.equals("group")) return Optional.of(group(id));
            if (kind.equals("held")) return Optional.of(held(id));
            return Optional.empty();
        }
        for (Kind k : Kind.values()) {
            if (k != Kind.CIRCLE
                    && k != Kind.GROUP
                    && k != Kind.HELD
                    && k.name().toLowerCase().equals(t)) return Optional.of(new Grant(k, 0));
        }
        return Optional.empty();
    }
}
