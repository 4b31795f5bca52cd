package social.rapport.status;

import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/**
 * Whether an author may post to a group (the groups feature answers): only its members. The check in
 * the post's own transaction holds the membership until the post is stored, so a member removed or
 * banned at the same moment either posts before leaving or not at all.
 */
public interface GroupPosting {
    /** The author is a member of the group now (a read, for checking a post before it is scheduled). */
    boolean isMember(Handle h, int author, long groupId);

    /** In the post's transaction: true, with the membership held until commit, when the author is a member. */
    boolean hold(Tx tx, int author, long groupId);

    /**
     * In the post's transaction, after {@link #hold}: must this post (not yet stored) be held for the
     * group's moderators, for the people it mentions? The answer is recorded with the post.
     */
    default boolean heldForModerators(Tx tx, int author, long groupId, long statusId, Set<Integer> mentioned) {
        return false;
    }

    GroupPosting NONE = new GroupPosting() {
        @Override
        public boolean isMember(Handle h, int author, long groupId) {
            return false;
        }

        @Override
        public boolean hold(Tx tx, int author, long groupId) {
            return false;
        }
    };
}
