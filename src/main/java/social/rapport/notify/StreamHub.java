package social.rapport.notify;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import social.rapport.account.AccountEvents;
import social.rapport.core.Viewer;
import social.rapport.filter.FilterEvents;
import social.rapport.status.StatusEvents;
import social.rapport.store.Database;

/**
 * The open streams, fed from committed events. A revoked token, an ended session, or a suspended
 * or deleted account closes the streams it opened at once. A stream is registered before its
 * credential is checked again, so a revocation is either seen by that check or finds the stream
 * registered and closes it: none slips between the two. A credential that ends without an event (a
 * web session going idle) is caught by time: each stream keeps until when its credential holds, and
 * once that has passed, asks again before its next delivery or heartbeat, and ends if it no longer
 * holds. A stream whose client went away ends at the first write that fails (a heartbeat at the
 * latest) and leaves the hub with its thread.
 */
public final class StreamHub implements AutoCloseable {
    static final String THREAD_NAME = "rapport-stream";
    private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
    private final StreamMessages messages;
    private final ToLongFunction<Viewer> credentialLiveUntil;
    private final java.time.Clock clock;
    private volatile long heartbeatMillis;
    /**
     * Every stream's delivery loop runs here, not on a request thread. A thread left idle by an ended
     * stream ends after a short wait, so the thread count follows the open streams.
     */
    private final ExecutorService loops =
            new ThreadPoolExecutor(0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, THREAD_NAME);
                t.setDaemon(true);
                return t;
            });

    /** `credentialLiveUntil`: the last moment a viewer's credential holds, negative once it has ended. */
    public StreamHub(
            Database db, StreamMessages messages, ToLongFunction<Viewer> credentialLiveUntil, long heartbeatMillis) {
        this.messages = messages;
        this.credentialLiveUntil = credentialLiveUntil;
        this.clock = db.clock();
        this.heartbeatMillis = heartbeatMillis;
    }

    // Reactions to committed events, registered by the App's table after the graph and the caches.

    public void posted(StatusEvents.Created e) {
        offerAll(new StreamClient.Item("update", e.statusId()));
    }

    public void edited(StatusEvents.Edited e) {
        offerAll(new StreamClient.Item("edit", e.statusId()));
    }

    public void deleted(StatusEvents.Deleted e) {
        offerAll(new StreamClient.Item("delete", e.statusId()));
    }

    public void notified(NotificationEvents.Created e) {
        if (e.filtered()) return;
        for (StreamClient c : clients) {
            if (c.viewer().accountId() == e.accountId() && c.wantsNotifications()) {
                c.offer(new StreamClient.Item("notification", e.notificationId()));
            }
        }
    }

    /** The owner's filters changed: their user streams say so, and apps read the filters again. */
    public void filtersChanged(FilterEvents.Changed e) {
        for (StreamClient c : clients) {
            if (c.viewer().accountId() == e.accountId()) c.offer(new StreamClient.Item("filters_changed", 0));
        }
    }

    public void announced(AnnouncementEvents.Published e) {
        offerAll(new StreamClient.Item("announcement", e.announcementId()));
    }

    public void announcementReacted(AnnouncementEvents.Reacted e) {
        offerAll(new StreamClient.Item("announcement.reaction", e.announcementId(), e.name()));
    }

    public void announcementDeleted(AnnouncementEvents.Deleted e) {
        offerAll(new StreamClient.Item("announcement.delete", e.announcementId()));
    }

    /** A notification read elsewhere (a marker saved) changes the unread count the pages show. */
    public void markerSaved(MarkerEvents.Saved e) {
        for (StreamClient c : clients) {
            if (c.viewer().accountId() == e.accountId() && c.live()) c.offer(new StreamClient.Item("marker", 0));
        }
    }

    /** By token alone: an app's own token has no account, and its (public) streams close too. */
    public void tokenRevoked(AccountEvents.TokenRevoked e) {
        for (StreamClient c : clients)
            if (c.viewer().tokenId() != 0 && c.viewer().tokenId() == e.tokenId()) c.close();
    }

    public void sessionEnded(AccountEvents.SessionEnded e) {
        closeWhere(v -> v.sessionId() == e.sessionId());
    }

    public void credentialsRevoked(AccountEvents.CredentialsRevoked e) {
        closeWhere(v -> v.accountId() == e.accountId()
                && !(e.keptTokenId() != 0 && v.tokenId() == e.keptTokenId())
                && !(e.keptSessionId() != 0 && v.sessionId() == e.keptSessionId()));
    }

    public void accountSuspended(AccountEvents.Suspended e) {
        closeWhere(v -> v.accountId() == e.accountId());
    }

    public void accountDeleted(AccountEvents.Deleted e) {
        closeWhere(v -> v.accountId() == e.accountId());
    }

    /** Starts a stream whose delivery runs on the hub's threads; close it when its connection closes. */
    public StreamClient open(
            Viewer viewer, java.util.List<StreamClient.Subscription> subscriptions, StreamClient.Sink sink) {
        StreamClient c = register(viewer, subscriptions, sink);
        loops.execute(() -> {
            try {
                c.run(messages, heartbeatMillis, this::stillLive);
            } finally {
                clients.remove(c);
            }
        });
        return c;
    }

    /**
     * Registers first, then asks whether the credential still holds. A revocation committed before
     * the question is answered no here; one committed after it is published to a set that already
     * holds this stream. Nothing is delivered before the answer, since delivery starts after it.
     */
    private StreamClient register(
            Viewer viewer, java.util.List<StreamClient.Subscription> subscriptions, StreamClient.Sink sink) {
        StreamClient c = new StreamClient(viewer, subscriptions, sink);
        clients.add(c);
        try {
            if (!stillLive(c)) c.close();
        } catch (RuntimeException e) {
            c.close();
            clients.remove(c);
            throw e;
        }
        return c;
    }

    public void end(StreamClient c) {
        c.close();
    }

    /**
     * Whether the stream's credential still holds now: answered from the time it was last known to
     * hold until, and asked again of the store only once that time has passed.
     */
    private boolean stillLive(StreamClient c) {
        if (clock.millis() <= c.liveUntil) return true;
        long until = credentialLiveUntil.applyAsLong(c.viewer());
        c.liveUntil = until;
        return clock.millis() <= until;
    }

    /**
     * How long a quiet stream waits before a heartbeat. Every write is also how a client that went
     * away is noticed, so this bounds how long a dead stream holds its thread. Streams opened after
     * the change use it.
     */
    public void heartbeatEvery(java.time.Duration every) {
        if (every.isNegative() || every.isZero()) throw new IllegalArgumentException("heartbeat must be positive");
        heartbeatMillis = every.toMillis();
    }

    public int openCount() {
        return clients.size();
    }

    /** How many subscriptions the open streams hold together (a WebSocket may hold several, or none). */
    public int subscriptionCount() {
        int n = 0;
        for (StreamClient c : clients) n += c.subscriptions().size();
        return n;
    }

    private void offerAll(StreamClient.Item item) {
        for (StreamClient c : clients) c.offer(item);
    }

    private void closeWhere(Predicate<Viewer> which) {
        for (StreamClient c : clients) if (c.viewer().signedIn() && which.test(c.viewer())) c.close();
    }

    /**
     * Ends every stream and waits (a few seconds at most) for their loops to return, so the web
     * server stops after the streams have finished writing rather than under them.
     */
    @Override
    public void close() {
        for (StreamClient c : clients) c.close();
        loops.shutdown();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        try {
            while (!clients.isEmpty() && System.nanoTime() < deadline) Thread.sleep(5);
            loops.awaitTermination(
                    Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loops.shutdownNow();
    }
}
