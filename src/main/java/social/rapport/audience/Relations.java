package social.rapport.audience;

/**
 * The facts the audience policy needs about two accounts. The in-memory social graph answers them;
 * the policy never asks the database.
 */
public interface Relations {
    /** `follower` is an approved follower of `owner` (a pending request is not). */
    boolean follows(int follower, int owner);

    boolean connected(int a, int b);

    /** `viewer` is within 2 degrees of `owner` through connections (connections and their connections). */
    boolean inNetwork(int owner, int viewer);

    boolean inCircle(int owner, long circleId, int member);

    /** Either has blocked the other. */
    boolean blockedEitherWay(int a, int b);

    /** `blocker` has blocked `blocked` (one direction only). */
    boolean blocks(int blocker, int blocked);

    /** `viewer` is a member of the group. */
    boolean inGroup(long groupId, int viewer);

    /** `viewer` is a member of the group with the role of moderator or above. */
    default boolean moderatesGroup(long groupId, int viewer) {
        return false;
    }

    /** The group exists and is public: anyone may read its posts. */
    default boolean groupOpen(long groupId) {
        return false;
    }

    /** The account exists and is neither suspended nor deleted. */
    boolean visibleAccount(int accountId);
}
