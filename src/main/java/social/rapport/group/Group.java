package social.rapport.group;

import java.util.Locale;
import java.util.Optional;

/** A group: a place where its members talk. `ownerId` is its one owner. */
public record Group(
        long id,
        int ownerId,
        String name,
        String handle,
        String description,
        String rules,
        Kind kind,
        MembersVisible membersVisible,
        long createdAt) {

    /** Public: anyone reads and joins. Private: findable, joined by approval or invitation. Secret: unseen. */
    public enum Kind {
        PUBLIC,
        PRIVATE,
        SECRET;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Would changing to {@code to} show the group or its posts to more people? The kinds are
         * declared from the most open to the most closed.
         */
        public boolean opensTo(Kind to) {
            return to.ordinal() < ordinal();
        }

        static Optional<Kind> parse(String s) {
            for (Kind k : values()) if (k.wire().equals(s)) return Optional.of(k);
            return Optional.empty();
        }
    }

    /** Who may see the member list: every member, or the admins (and the owner) only. */
    public enum MembersVisible {
        MEMBERS,
        ADMINS;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<MembersVisible> parse(String s) {
            for (MembersVisible v : values()) if (v.wire().equals(s)) return Optional.of(v);
            return Optional.empty();
        }
    }

    Group with(String name, String description, String rules, Kind kind, MembersVisible visible) {
        return new Group(id, ownerId, name, handle, description, rules, kind, visible, createdAt);
    }
}
