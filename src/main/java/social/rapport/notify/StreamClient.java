package social.rapport.notify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import social.rapport.web.Viewer;

/**
 * One open stream: who reads it, which stream, and a bounded queue of what happened. The listener
 * thread only offers to the queue; a client too slow to keep up is closed rather than waited for.
 * The delivery loop renders each item for this viewer, so a stream shows exactly what REST would.
 */
public final class StreamClient {
    public enum Kind {
        USER("user"), PUBLIC("public"), PUBLIC_LOCAL("public:local");

        final String wire;

        Kind(String wire) { this.wire = wire; }

        public static Optional<Kind> parse(String s) {
            for (Kind k : values()) if (k.wire.equals(s)) return Optional.of(k);
            return Optional.empty();
        }
    }

    /** Where messages go: a server-sent event stream or a WebSocket. */
    public interface Sink {
        void send(String stream, String event, String payload);

        void heartbeat();

        void close();
    }

    /** What happened, to be rendered for this client. */
    record Item(String what, long id) {}

    static final int QUEUE = 256;
    private static final Item CLOSE = new Item("close", 0);
    private final Viewer viewer;
    private final Kind kind;
    private final Sink sink;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Posts this stream carried, so a deletion is told only to those who saw the post. */
    private final Set<Long> sent = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) { return size() > 2000; }
    });

    StreamClient(Viewer viewer, Kind kind, Sink sink) {
        this.viewer = viewer;
        this.kind = kind;
        this.sink = sink;
    }

    public Viewer viewer() { return viewer; }
    public Kind kind() { return kind; }
    boolean closed() { return closed.get(); }

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

    /** Delivers until closed; a quiet stream gets a heartbeat every `heartbeatMillis`. */
    void run(StreamMessages messages, long heartbeatMillis) {
        try {
            while (!closed.get()) {
                Item item = queue.poll(heartbeatMillis, TimeUnit.MILLISECONDS);
                if (closed.get()) break;
                if (item == null) {
                    sink.heartbeat();
                    continue;
                }
                if (!messages.viewerStillActive(viewer)) break;
                if (item.what().equals("delete")) {
                    synchronized (sent) {
                        if (!sent.remove(item.id())) continue;
                    }
                    sink.send(kind.wire, "delete", Long.toString(item.id()));
                    continue;
                }
                Optional<StreamMessages.Message> m = messages.render(viewer, kind, item);
                if (m.isEmpty()) continue;
                if (m.get().statusId() != 0) {
                    synchronized (sent) {
                        sent.add(m.get().statusId());
                    }
                }
                sink.send(kind.wire, m.get().event(), m.get().payload());
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
}
