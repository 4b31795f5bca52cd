package social.rapport.push;

import social.rapport.account.AccountEvents;
import social.rapport.graph.SocialGraph;
import social.rapport.notify.Notification;
import social.rapport.notify.NotificationEvents;
import social.rapport.notify.NotificationStore;
import social.rapport.store.Tx;

/**
 * The durable reactions of the "push" consumer. A stored notification queues one message per
 * subscription of its recipient whose alerts and policy take it, in the reaction's transaction, so
 * it is queued once, crash or not; {@link PushSender} sends the queue. A revoked token takes its
 * subscription with it (one token, every other token on a password change, all on deletion).
 */
public final class PushReactions {
    /** The outbox consumer these reactions run as (the App's table registers them). */
    public static final String CONSUMER = "push";

    private final PushStore store;
    private final NotificationStore notifications;
    private final SocialGraph graph;

    PushReactions(PushStore store, NotificationStore notifications, SocialGraph graph) {
        this.store = store;
        this.notifications = notifications;
        this.graph = graph;
    }

    public void notified(Tx tx, NotificationEvents.Created e) {
        if (e.filtered()) return;
        notifications.byId(tx.handle(), e.accountId(), e.notificationId()).ifPresent(n -> queue(tx, store, graph, n));
    }

    public void tokenRevoked(Tx tx, AccountEvents.TokenRevoked e) {
        store.deleteByToken(tx, e.tokenId());
    }

    public void credentialsRevoked(Tx tx, AccountEvents.CredentialsRevoked e) {
        store.deleteRevoked(tx, e.accountId());
    }

    /** Deleting an account revokes all its tokens. */
    public void accountDeleted(Tx tx, AccountEvents.Deleted e) {
        store.deleteRevoked(tx, e.accountId());
    }

    private static void queue(Tx tx, PushStore store, SocialGraph graph, Notification n) {
        if (!store.accountActive(tx.handle(), n.accountId())) return;
        for (Subscription s : store.ofAccount(tx.handle(), n.accountId())) {
            if (!s.wants(n.type()) || !allows(s.policy(), graph, n.accountId(), n.fromAccountId())) continue;
            if (!store.tokenLive(tx.handle(), s.tokenId())) continue;
            store.enqueue(tx, s.id(), n.id());
        }
    }

    /**
     * Mastodon's policies: from everyone, from those one follows, from one's followers, or none. A
     * connection (this server's two-way tie) counts as both.
     */
    static boolean allows(String policy, SocialGraph graph, int recipient, int actor) {
        return switch (policy) {
            case "all" -> true;
            case "followed" -> graph.isConnected(recipient, actor) || graph.isFollowing(recipient, actor);
            case "follower" -> graph.isConnected(recipient, actor) || graph.isFollowing(actor, recipient);
            default -> false;
        };
    }
}
