package social.rapport.group;

import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.Relations;
import social.rapport.status.GroupPosting;
import social.rapport.store.Tx;

/**
 * The posts' questions to the groups feature, answered from the store: may this author post to the
 * group (members only), and must the post be held for the moderators ({@link MentionLimits})?
 */
public final class GroupPostingCheck implements GroupPosting {
    private final GroupStore store;
    private final MentionLimits limits;

    /** `relations` answers who has a relationship with whom, for the limits on mentioning strangers. */
    public GroupPostingCheck(GroupStore store, Relations relations) {
        this.store = store;
        this.limits = new MentionLimits(store, relations);
    }

    @Override
    public boolean isMember(Handle h, int author, long groupId) {
        return store.membership(h, groupId, author).map(Membership::member).orElse(false);
    }

    @Override
    public boolean hold(Tx tx, int author, long groupId) {
        return store.hold(tx, groupId, author, Set.of());
    }

    @Override
    public boolean heldForModerators(Tx tx, int author, long groupId, long statusId, Set<Integer> mentioned) {
        return limits.holds(tx, author, groupId, statusId, mentioned);
    }
}
