package social.rapport.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** One write transaction: the handle plus the events it emits, written to the outbox as it goes. */
public final class Tx {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Handle handle;
    private final Dialect dialect;
    private final long now;
    private final List<Event> events = new ArrayList<>();
    private final List<Outbox.Emitted> emitted = new ArrayList<>();

    Tx(Handle handle, Dialect dialect, long now) {
        this.handle = handle;
        this.dialect = dialect;
        this.now = now;
    }

    public Handle handle() {
        return handle;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The transaction's clock reading, so one change carries one time. */
    public long now() {
        return now;
    }

    public void emit(Event event) {
        String payload;
        try {
            payload = JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + event.topic(), e);
        }
        long id = handle.createQuery("INSERT INTO outbox (topic, payload, created_at) VALUES (:t, :p, :c) RETURNING id")
                .bind("t", event.topic())
                .bind("p", payload)
                .bind("c", now)
                .mapTo(Long.class)
                .one();
        events.add(event);
        emitted.add(new Outbox.Emitted(id, event));
    }

    List<Event> events() {
        return events;
    }

    /** The events with their outbox ids, for the durable reactions. */
    List<Outbox.Emitted> emitted() {
        return emitted;
    }
}
