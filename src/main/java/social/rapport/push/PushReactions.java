package social.rapport.push;

import social.rapport.account.AccountEvents;
import social.rapport.graph.SocialGraph;
import social.rapport.notify.Notification;
import social.rapport.notify.NotificationEvents;
import social.rapport.notify.NotificationStore;
import social.rapport.store.Outbox;
import social.rapport.store.Tx;

/**
 * The durable reactions of the "push" consumer. A stored notification queues one message per
 * subscription of its recipient whose alerts and policy take it, in the reaction's transaction, so
 * it is queued once, crash or not; {@link PushSender} sends the queue. A revoked token takes its
 * subscription with it (one token, every other token on a password change, all on deletion).
 */
final class PushReactions {
    static final String CONSUMER = "push";

    private PushReactions() {}

    static void listen(Outbox outbox, PushStore store, NotificationStore notifications, SocialGraph graph) {
        outbox.react(CONSUMER, NotificationEvents.Created.class, (tx, e) -> {
            if (e.filtered()) return;
            notifications
                    .byId(tx.handle(), e.accountId(), e.notificationId())
                    .ifPresent(n -> queue(tx, store, graph, n));
        });
        outbox.react(CONSUMER, AccountEvents.TokenRevoked.class, (tx, e) -> store.deleteByToken(tx, e.tokenId()));
        outbox.react(
                CONSUMER, AccountEvents.CredentialsRevoked.class, (tx, e) -> store.deleteRevoked(tx, e.accountId()));
        // Deleting an account revokes all its tokens.
        outbox.react(CONSUMER, AccountEvents.Deleted.class, (tx, e) -> store.deleteRevoked(tx, e.accountId()));
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
