package social.rapport.core;

import java.util.Set;

/**
 * Who is asking. An anonymous viewer has account id 0 and no scopes. A signed-in web session
 * carries every scope; an OAuth token carries those it was granted.
 */
public record Viewer(int accountId, Set<String> scopes, long tokenId, long sessionId, String role) {
    public static final Viewer ANONYMOUS = new Viewer(0, Set.of(), 0, 0, "");

    public boolean signedIn() {
        return accountId > 0;
    }

    public boolean isAdmin() {
        return "admin".equals(role);
    }

    public boolean isModerator() {
        return "admin".equals(role) || "moderator".equals(role);
    }
}
