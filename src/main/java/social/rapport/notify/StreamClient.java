package social.rapport.notify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import social.rapport.core.Viewer;

/**
 * One open stream: who reads it, which streams it is subscribed to, and a bounded queue of what
 * happened. The listener thread only offers to the queue; a client too slow to keep up is closed
 * rather than waited for. The delivery loop renders each item for this viewer and each of its
 * subscriptions, so a stream shows exactly what REST would.
 */
public final class StreamClient {
    public enum Kind {
        USER("user", true),
        USER_NOTIFICATION("user:notification", true),
        PUBLIC("public", true),
        PUBLIC_LOCAL("public:local", true),
        HASHTAG("hashtag", true),
        HASHTAG_LOCAL("hashtag:local", true),
        /** One of the viewer's lists: its members' posts that the viewer may see. */
        LIST("list", true),
        /** Mentioned-only posts the viewer wrote or is mentioned in. */
        DIRECT("direct", true),
        /** The pages' own stream (/live): unread counts and "new posts on home", never offered by the API. */
        LIVE("live", false);

        final String wire;
        private final boolean api;

        Kind(String wire, boolean api) {
            this.wire = wire;
            this.api = api;
        }

        /** A stream name a Mastodon client may ask for. */
        public static Optional<Kind> parse(String s) {
            for (Kind k : values()) if (k.api && k.wire.equals(s)) return Optional.of(k);
            return Optional.empty();
        }

        boolean hashtag() {
            return this == HASHTAG || this == HASHTAG_LOCAL;
        }

        boolean personal() {
            return this == USER || this == USER_NOTIFICATION || this == LIVE;
        }

        /** Whether the stream carries posts (and so their deletions). */
        boolean posts() {
            return this != USER_NOTIFICATION && this != LIVE;
        }
    }

    /**
     * One stream a client listens to; `tag` only for hashtag streams (lower case, without '#') and
     * list streams (the list's id).
     */
    public record Subscription(Kind kind, String tag) {
        public static Subscription of(Kind kind) {
            return new Subscription(kind, null);
        }

        /** Mastodon's `stream` field: ["user"], ["hashtag", "tag"] or ["list", "id"]. */
        public List<String> wire() {
            return tag == null ? List.of(kind.wire) : List.of(kind.wire, tag);
        }
    }

    /** Where messages go: a server-sent event stream or a WebSocket. */
    public interface Sink {
        void send(List<String> stream, String event, String payload);

        void heartbeat();

        void close();
    }

    /** What happened, to be rendered for this client. */
    record Item(String what, long id, String name) {
        Item(String what, long id) {
            this(what, id, null);
        }
    }

    static final int QUEUE = 256;
    private static final Item CLOSE = new Item("close", 0);
    private final Viewer viewer;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final Sink sink;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * Until when (epoch milliseconds) the stream's credential was last known to hold; the hub asks
     * again once it has passed. Starts in the past, so the first question always goes to the store.
     */
    volatile long liveUntil = Long.MIN_VALUE;
    /** Posts this stream carried, per subscription, so a deletion is told only where the post was seen. */
    private final Set<String> sent = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 2000;
        }
    });

    StreamClient(Viewer viewer, List<Subscription> initial, Sink sink) {
        this.viewer = viewer;
        this.subscriptions.addAll(initial);
        this.sink = sink;
    }

    public Viewer viewer() {
        return viewer;
    }

    public Set<Subscription> subscriptions() {
        return Set.copyOf(subscriptions);
    }

    public void subscribe(Subscription s) {
        subscriptions.add(s);
    }

    public void unsubscribe(Subscription s) {
        subscriptions.remove(s);
    }

    boolean wantsNotifications() {
        for (Subscription s : subscriptions) if (s.kind().personal()) return true;
        return false;
    }

    boolean live() {
        for (Subscription s : subscriptions) if (s.kind() == Kind.LIVE) return true;
        return false;
    }

    boolean closed() {
        return closed.get();
    }

    /** Never blocks: a full queue means the client fell behind, and it is dropped. */
    void offer(Item item) {
        if (closed.get()) return;
        if (!queue.offer(item)) close();
    }

    /** Ends the stream at once: the delivery loop wakes and stops. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            queue.offer(CLOSE);
        }
    }

    /**
     * Delivers until closed; a quiet stream gets a heartbeat every `heartbeatMillis`. Before every
     * delivery and heartbeat, `live` says whether the credential still holds; the stream ends when not.
     */
    void run(StreamMessages messages, long heartbeatMillis, java.util.function.Predicate<StreamClient> live) {
        try {
            while (!closed.get()) {
                Item item = queue.poll(heartbeatMillis, TimeUnit.MILLISECONDS);
                if (closed.get() || !live.test(this)) break;
                if (item == null) {
                    sink.heartbeat();
                    continue;
                }
                if (!messages.viewerStillActive(viewer)) break;
                for (Subscription sub : new ArrayList<>(subscriptions)) deliver(messages, sub, item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A client that went away: writing to it fails, and the stream simply ends.
        } finally {
            closed.set(true);
            try {
                sink.close();
            } catch (RuntimeException e) {
                // The connection was already gone (the server recycles a response the client dropped).
            }
        }
    }

    private void deliver(StreamMessages messages, Subscription sub, Item item) {
        if (item.what().equals("delete")) {
            if (!sub.kind().posts()) return;
            synchronized (sent) {
                if (!sent.remove(key(sub, item.id()))) return;
            }
            sink.send(sub.wire(), "delete", Long.toString(item.id()));
            return;
        }
        Optional<StreamMessages.Message> m = messages.render(viewer, sub, item);
        if (m.isEmpty()) return;
        if (m.get().statusId() != 0) {
            synchronized (sent) {
                sent.add(key(sub, m.get().statusId()));
            }
        }
        sink.send(sub.wire(), m.get().event(), m.get().payload());
    }

    private static String key(Subscription sub, long id) {
        return sub.wire() + ":" + id;
    }
}
