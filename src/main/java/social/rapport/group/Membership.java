package social.rapport.group;

import java.util.Locale;
import java.util.Optional;

/** What a group knows of one account: a member with a role, a request, an invitation, or a ban. */
public record Membership(long groupId, int accountId, State state, Role role, long since) {
    public enum State {
        MEMBER,
        REQUESTED,
        INVITED,
        BANNED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Roles by rank: an owner, admins, moderators, members. */
    public enum Role {
        MEMBER,
        MODERATOR,
        ADMIN,
        OWNER;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean atLeast(Role other) {
            return compareTo(other) >= 0;
        }

        static Optional<Role> parse(String s) {
            for (Role r : values()) if (r.wire().equals(s)) return Optional.of(r);
            return Optional.empty();
        }
    }

    public boolean member() {
        return state == State.MEMBER;
    }

    /** A member with at least this role. */
    public boolean atLeast(Role r) {
        return member() && role.atLeast(r);
    }
}
