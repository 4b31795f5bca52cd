package social.rapport.push;

import java.time.Duration;
import social.rapport.graph.SocialGraph;
import social.rapport.notify.Notifications;
import social.rapport.store.Database;
import social.rapport.web.Routes;

/**
 * Web Push, as Mastodon offers it: an app subscribes its access token with a push service's
 * endpoint and keys, and each notification its person receives (as far as the subscription's alerts
 * and policy take it) is sent there, encrypted (RFC 8291) and signed with this server's VAPID key
 * (RFC 8292). Its durable reactions are in {@link PushReactions}.
 */
public final class Push implements AutoCloseable {
    /** How often the queue is looked at; a message waits at most about this long. */
    static final Duration POLL = Duration.ofMillis(500);

    private final Vapid vapid;
    private final PushSubscriptions subscriptions;
    private final PushSender sender;
    private final PushReactions reactions;

    public Push(Database db, Notifications notifications, SocialGraph graph, String baseUrl) {
        PushStore store = new PushStore();
        Endpoints endpoints = new Endpoints(Endpoints.localServer(baseUrl));
        this.vapid = Vapid.load(db, baseUrl);
        this.subscriptions = new PushSubscriptions(db, store, endpoints);
        this.sender = new PushSender(db, store, notifications.read(), vapid, endpoints);
        this.reactions = new PushReactions(store, notifications.store(), graph);
    }

    /** Its durable reactions, for the App's table. */
    public PushReactions reactions() {
        return reactions;
    }

    /** The server's VAPID public key (base64url), as apps and instance documents announce it. */
    public String vapidKey() {
        return vapid.publicKey();
    }

    public Routes routes() {
        return new PushRoutes(subscriptions, vapid);
    }

    /** Starts sending queued messages, this server's share of them when several share the database. */
    public void start() {
        sender.startEvery(POLL);
    }

    @Override
    public void close() {
        sender.close();
    }
}
