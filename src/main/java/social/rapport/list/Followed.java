package social.rapport.list;

import org.jdbi.v3.core.Handle;
import social.rapport.relation.connect.ConnectionStore;
import social.rapport.relation.follow.FollowStore;

/** Whether the owner follows (approved) or is connected with an account, as the store says now. */
public final class Followed {
    private final FollowStore follows;
    private final ConnectionStore connections;

    public Followed(FollowStore follows, ConnectionStore connections) {
        this.follows = follows;
        this.connections = connections;
    }

    boolean test(Handle h, int owner, int account) {
        return follows.state(h, owner, account)
                        .filter(FollowStore.APPROVED::equals)
                        .isPresent()
                || connections.connected(h, owner, account);
    }
}
