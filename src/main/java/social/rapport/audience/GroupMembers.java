package social.rapport.audience;

/**
 * What the audience policy needs to know of groups, held in memory by the groups feature: who is a
 * member now, and which groups are public (their posts readable by anyone).
 */
public interface GroupMembers {
    /** `account` is a member of the group (not one who asked, was invited or is banned). */
    boolean member(long groupId, int account);

    /** The group exists and is public. */
    boolean open(long groupId);

    /** `account` is a member with the role of moderator or above (who see the posts held for them). */
    default boolean moderator(long groupId, int account) {
        return false;
    }

    GroupMembers NONE = new GroupMembers() {
        @Override
        public boolean member(long groupId, int account) {
            return false;
        }

        @Override
        public boolean open(long groupId) {
            return false;
        }
    };
}
