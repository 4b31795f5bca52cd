package social.rapport.group;

import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.status.GroupPosting;
import social.rapport.store.Tx;

/** The posts' question "may this author post to the group?", answered from the store: members only. */
public final class GroupPostingCheck implements GroupPosting {
    private final GroupStore store;

    public GroupPostingCheck(GroupStore store) {
        this.store = store;
    }

    @Override
    public boolean isMember(Handle h, int author, long groupId) {
        return store.membership(h, groupId, author).map(Membership::member).orElse(false);
    }

    @Override
    public boolean hold(Tx tx, int author, long groupId) {
        return store.hold(tx, groupId, author, Set.of());
    }
}
