package social.rapport.relation.connect;

import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.RelationLimits;
import social.rapport.relation.follow.FollowStore;
import social.rapport.store.Tx;

/**
 * Connecting two accounts, shared by accepting an invitation and by inviting someone who already
 * invited you: the pair is connected once, and each follows the other.
 */
final class Connect {
    private final ConnectionStore connections;
    private final FollowStore follows;
    private final RelationLimits limits;

    Connect(ConnectionStore connections, FollowStore follows, RelationLimits limits) {
        this.connections = connections;
        this.follows = follows;
        this.limits = limits;
    }

    void checkRoom(Tx tx, int a, int b) {
        if (connections.count(tx.handle(), a) >= limits.maxConnections()
                || connections.count(tx.handle(), b) >= limits.maxConnections()) {
            throw Problem.invalid("account_id", "An account has at most " + limits.maxConnections() + " connections");
        }
    }

    void connect(Tx tx, int a, int b) {
        if (connections.insert(tx, a, b)) tx.emit(new RelationEvents.Connected(a, b));
        if (follows.ensureApproved(tx, a, b)) tx.emit(new RelationEvents.Followed(a, b));
        if (follows.ensureApproved(tx, b, a)) tx.emit(new RelationEvents.Followed(b, a));
    }
}
