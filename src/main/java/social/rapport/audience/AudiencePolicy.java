package social.rapport.audience;

import java.util.Set;

/**
 * THE place that decides who may see what: posts, profile fields, lists, contact information.
 * Every read path asks here; nothing else decides visibility. A viewer of 0 is anonymous.
 */
public final class AudiencePolicy {
    private final Relations relations;

    public AudiencePolicy(Relations relations) { this.relations = relations; }

    public Relations relations() { return relations; }

    /**
     * May `viewer` see an object of `owner` with this audience? `mentioned` holds the accounts the
     * object names (for the `mentioned` grant); pass an empty set when it names none.
     */
    public boolean canSee(int viewer, int owner, Audience audience, Set<Integer> mentioned) {
        if (!relations.visibleAccount(owner)) return false;
        if (viewer == owner && viewer > 0) return true;
        if (viewer > 0 && relations.blockedEitherWay(viewer, owner)) return false;
        if (viewer > 0 && !relations.visibleAccount(viewer)) return false;
        if (viewer > 0) {
            for (long c : audience.exceptCircles()) {
                if (relations.inCircle(owner, c, viewer)) return false;
            }
        }
        for (Grant g : audience.grants()) {
            if (admits(g, viewer, owner, mentioned)) return true;
        }
        return false;
    }

    private boolean admits(Grant g, int viewer, int owner, Set<Integer> mentioned) {
        return switch (g.kind()) {
            case PUBLIC, UNLISTED -> true;
            case ONLY_ME -> false;
            case FOLLOWERS -> viewer > 0 && relations.follows(viewer, owner);
            case CONNECTIONS -> viewer > 0 && relations.connected(viewer, owner);
            case NETWORK -> viewer > 0 && (relations.connected(viewer, owner) || relations.inNetwork(owner, viewer));
            case CIRCLE -> viewer > 0 && relations.inCircle(owner, g.id(), viewer);
            case MENTIONED -> viewer > 0 && mentioned.contains(viewer);
            case GROUP -> viewer > 0 && relations.inGroup(g.id(), viewer);
        };
    }

    /** Is the account itself visible to the viewer (exists, not suspended, no block either way)? */
    public boolean canSeeAccount(int viewer, int account) {
        if (!relations.visibleAccount(account)) return false;
        return viewer <= 0 || viewer == account || !relations.blockedEitherWay(viewer, account);
    }
}
