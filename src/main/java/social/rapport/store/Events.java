package social.rapport.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In-process delivery of committed events, in commit order, to whoever listens. */
public final class Events {
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);
    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

    private record Listener<E extends Event>(Class<E> type, Consumer<? super E> consumer) {
        void offer(Event e) {
            if (type.isInstance(e)) consumer.accept(type.cast(e));
        }
    }

    public <E extends Event> void on(Class<E> type, Consumer<? super E> consumer) {
        listeners.add(new Listener<>(type, consumer));
    }

    /** Called after commit. A failing listener is logged and does not stop the others. */
    public void publish(List<Event> committed) {
        for (Event e : committed) {
            for (Listener<?> l : listeners) {
                try {
                    l.offer(e);
                } catch (RuntimeException ex) {
                    LOG.error("listener failed on {}", e.topic(), ex);
                }
            }
        }
    }
}
