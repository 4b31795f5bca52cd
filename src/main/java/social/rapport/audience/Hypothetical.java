package social.rapport.audience;

import java.util.Set;

/**
 * A viewer who does not exist, described only by their relationships with one owner: follows them,
 * is connected to them, sits in some of their circles. Used to show an owner their own things as
 * such a person would see them; the viewer has no relationship with anybody else, so the answers
 * never depend on, or tell anything about, a third person.
 */
public record Hypothetical(boolean follows, boolean connected, Set<Long> circles) {
    /** The id the policy is asked about for the imagined viewer: above every real account id. */
    public static final int VIEWER = Integer.MAX_VALUE;

    public Hypothetical {
        circles = Set.copyOf(circles);
    }

    /** The real relations, with the imagined viewer's relationships to `owner` laid over them. */
    Relations over(Relations real, int owner) {
        return new Relations() {
            @Override
            public boolean follows(int follower, int followed) {
                if (follower == VIEWER) return followed == owner && follows;
                return followed != VIEWER && real.follows(follower, followed);
            }

            @Override
            public boolean connected(int a, int b) {
                if (a == VIEWER || b == VIEWER) return (a == owner || b == owner) && connected;
                return real.connected(a, b);
            }

            @Override
            public boolean inNetwork(int networkOwner, int viewer) {
                if (viewer == VIEWER) return networkOwner == owner && connected;
                return networkOwner != VIEWER && real.inNetwork(networkOwner, viewer);
            }

            @Override
            public boolean inCircle(int circleOwner, long circleId, int member) {
                if (member == VIEWER) return circleOwner == owner && circles.contains(circleId);
                return circleOwner != VIEWER && real.inCircle(circleOwner, circleId, member);
            }

            @Override
            public boolean blockedEitherWay(int a, int b) {
                return a != VIEWER && b != VIEWER && real.blockedEitherWay(a, b);
            }

            @Override
            public boolean blocks(int blocker, int blocked) {
                return blocker != VIEWER && blocked != VIEWER && real.blocks(blocker, blocked);
            }

            @Override
            public boolean inGroup(long groupId, int viewer) {
                return viewer != VIEWER && real.inGroup(groupId, viewer);
            }

            @Override
            public boolean moderatesGroup(long groupId, int viewer) {
                return viewer != VIEWER && real.moderatesGroup(groupId, viewer);
            }

            @Override
            public boolean groupOpen(long groupId) {
                return real.groupOpen(groupId);
            }

            @Override
            public boolean visibleAccount(int accountId) {
                return accountId == VIEWER || real.visibleAccount(accountId);
            }
        };
    }
}
