package social.rapport.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.core.Repeating;

/**
 * The durable side of events: reactions that write rows (notifications) and so must happen once per
 * event, crash or not. Each runs in its own transaction together with a mark in `outbox_done` keyed
 * by (consumer, event id): a second run finds the mark and does nothing, and a run that fails leaves
 * no mark and is tried again. Reactions run right after the commit; a catch-up at start and every
 * {@link #SWEEP} after runs what has no mark yet (a crash between commit and reaction, a failure).
 *
 * <p>Each consumer keeps a position in `outbox_consumers`: every event at or below it is handled, so
 * a catch-up reads only above it, and marks at or below it are dropped. The position moves only over
 * events older than {@link #GRACE}, because on PostgreSQL an event may commit after one with a higher
 * id. Outbox rows at or below every consumer's position and older than {@link #RETENTION} are pruned.
 * Several servers may tail the same outbox by id the same way: the mark decides who runs a reaction.
 *
 * <p>In-memory consumers (the graph, caches, streams) listen on {@link Events} instead: they are
 * rebuilt from the store at start and have nothing to replay.
 */
public final class Outbox implements AutoCloseable {
    static final Duration GRACE = Duration.ofMinutes(1);
    static final Duration RETENTION = Duration.ofHours(1);
    public static final Duration SWEEP = Duration.ofSeconds(30);
    private static final int PAGE = 500;
    /**
     * A reaction that fails this many times on one event (about ten minutes of sweeps) is given up
     * with an error: one event that can never succeed must not hold back its consumer's position,
     * and with it pruning, for ever.
     */
    public static final int MAX_ATTEMPTS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /** Payloads are read back into the event records they were written from; the topic confirms the type. */
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A durable reaction: it writes through `tx`, which also carries its mark. */
    public interface Reaction<E extends Event> {
        void react(Tx tx, E event);
    }

    /** An event as written to the outbox, with its row id. */
    public record Emitted(long id, Event event) {}

    private record Reactor<E extends Event>(String consumer, Class<E> type, Reaction<? super E> reaction) {
        void run(Tx tx, Event e) {
            reaction.react(tx, type.cast(e));
        }
    }

    private record Row(long id, String topic, String payload, long createdAt) {}

    private final Database db;
    private final List<Reactor<?>> reactors = new CopyOnWriteArrayList<>();
    /** Which reactor of a consumer a stored topic belongs to, learnt from the payloads. */
    private final Map<String, Optional<Reactor<?>>> byTopic = new ConcurrentHashMap<>();

    /** Failed attempts per consumer and event, since this server started. */
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    private volatile boolean held;
    private Repeating sweeper;

    Outbox(Database db) {
        this.db = db;
    }

    /**
     * Adds a durable reaction. A consumer seen for the first time starts at the end of the outbox:
     * what was written before it existed is not its to handle.
     */
    public synchronized <E extends Event> void react(String consumer, Class<E> type, Reaction<? super E> reaction) {
        for (Reactor<?> r : reactors) {
            if (r.consumer().equals(consumer) && r.type().equals(type)) {
                throw new IllegalStateException(consumer + " already reacts to " + type.getSimpleName());
            }
        }
        boolean known = reactors.stream().anyMatch(r -> r.consumer().equals(consumer));
        reactors.add(new Reactor<>(consumer, type, reaction));
        byTopic.clear();
        if (known) return;
        db.writeVoid(tx -> tx.handle()
                .createUpdate("INSERT INTO outbox_consumers (name, position, updated_at)"
                        + " SELECT :n, COALESCE(MAX(id), 0), :t FROM outbox WHERE TRUE ON CONFLICT (name) DO NOTHING")
                .bind("n", consumer)
                .bind("t", tx.now())
                .execute());
    }

    /** Runs the reactions to events just committed, each once. */
    void deliver(List<Emitted> committed) {
        if (held || reactors.isEmpty()) return;
        for (Emitted e : committed) {
            for (Reactor<?> r : reactors) if (r.type().isInstance(e.event())) runOnce(r, e.id(), e.event());
        }
    }

    /**
     * While held, commits run no reactions and catch-ups do nothing: the events wait in the outbox,
     * as they do when the server stops between a commit and its reactions.
     */
    public void hold(boolean hold) {
        held = hold;
    }

    /** Runs every reaction that has no mark yet, in outbox order; answers how many ran. */
    public synchronized int catchUp() {
        if (held) return 0;
        int ran = 0;
        Set<String> consumers = new LinkedHashSet<>();
        for (Reactor<?> r : reactors) consumers.add(r.consumer());
        for (String c : consumers) ran += catchUp(c);
        return ran;
    }

    private int catchUp(String consumer) {
        long position = position(consumer);
        long horizon = db.clock().millis() - GRACE.toMillis();
        long advanceTo = position;
        boolean contiguous = true;
        int ran = 0;
        long after = position;
        while (true) {
            long from = after;
            List<Row> rows = db.read(h -> h.createQuery("SELECT id, topic, payload, created_at FROM outbox"
                            + " WHERE id > :after ORDER BY id LIMIT :n")
                    .bind("after", from)
                    .bind("n", PAGE)
                    .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                    .list());
            if (rows.isEmpty()) break;
            long last = rows.get(rows.size() - 1).id();
            Set<Long> done = new HashSet<>(db.read(h -> h.createQuery("SELECT event_id FROM outbox_done"
                            + " WHERE consumer = :c AND event_id > :lo AND event_id <= :hi")
                    .bind("c", consumer)
                    .bind("lo", from)
                    .bind("hi", last)
                    .mapTo(Long.class)
                    .list()));
            for (Row row : rows) {
                boolean handled = true;
                if (!done.contains(row.id())) {
                    Optional<Reactor<?>> r = reactorFor(consumer, row);
                    if (r.isPresent()) {
                        handled = runOnce(r.get(), row.id(), row);
                        if (handled) ran++;
                    }
                }
                if (!handled || row.createdAt() > horizon) contiguous = false;
                if (contiguous) advanceTo = row.id();
            }
            after = last;
            if (rows.size() < PAGE) break;
        }
        if (advanceTo > position) {
            long to = advanceTo;
            db.writeVoid(tx -> {
                tx.handle()
                        .createUpdate("UPDATE outbox_consumers SET position = :p, updated_at = :t WHERE name = :c"
                                + " AND position < :p")
                        .bind("p", to)
                        .bind("t", tx.now())
                        .bind("c", consumer)
                        .execute();
                tx.handle()
                        .createUpdate("DELETE FROM outbox_done WHERE consumer = :c AND event_id <= :p")
                        .bind("c", consumer)
                        .bind("p", to)
                        .execute();
            });
        }
        return ran;
    }

    /**
     * Deletes outbox rows every consumer has handled and that are older than the retention; answers
     * how many went.
     */
    public synchronized int prune() {
        Set<String> consumers = new LinkedHashSet<>();
        for (Reactor<?> r : reactors) consumers.add(r.consumer());
        long upTo = Long.MAX_VALUE;
        for (String c : consumers) upTo = Math.min(upTo, position(c));
        long below = upTo;
        long before = db.clock().millis() - RETENTION.toMillis();
        return db.write(tx -> tx.handle()
                .createUpdate("DELETE FROM outbox WHERE id <= :p AND created_at < :t")
                .bind("p", below)
                .bind("t", before)
                .execute());
    }

    /** Catches up and prunes every `every`, until the database closes. */
    public synchronized void sweepEvery(Duration every) {
        if (sweeper != null) return;
        sweeper = Repeating.start("rapport-outbox", "outbox sweep", every, every, () -> {
            catchUp();
            prune();
        });
    }

    public long position(String consumer) {
        return db.read(h -> h.createQuery("SELECT position FROM outbox_consumers WHERE name = :c")
                .bind("c", consumer)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    private boolean runOnce(Reactor<?> r, long id, Row row) {
        Event e;
        try {
            e = read(r, row);
        } catch (RuntimeException ex) {
            LOG.error("{} cannot read outbox event {} ({})", r.consumer(), id, row.topic(), ex);
            return failed(r, id);
        }
        return runOnce(r, id, e);
    }

    /** One reaction in one transaction with its mark; true when it ran now or had run before. */
    private boolean runOnce(Reactor<?> r, long id, Event e) {
        try {
            db.writeVoid(tx -> {
                int marked = tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore(
                                        "outbox_done",
                                        "consumer, event_id, done_at",
                                        ":c, :id, :t",
                                        "consumer, event_id"))
                        .bind("c", r.consumer())
                        .bind("id", id)
                        .bind("t", tx.now())
                        .execute();
                if (marked == 0) return;
                // Below the position the mark may have been dropped already: the event was handled.
                long position = tx.handle()
                        .createQuery("SELECT position FROM outbox_consumers WHERE name = :c")
                        .bind("c", r.consumer())
                        .mapTo(Long.class)
                        .findOne()
                        .orElse(0L);
                if (id > position) r.run(tx, e);
            });
            failures.remove(r.consumer() + " " + id);
            return true;
        } catch (RuntimeException ex) {
            LOG.error(
                    "{} failed on outbox event {} ({}); the next catch-up tries again",
                    r.consumer(),
                    id,
                    e.topic(),
                    ex);
            return failed(r, id);
        }
    }

    /**
     * Counts a failure; at the last allowed attempt the event is marked as handled without its
     * reaction, so the consumer moves on. Answers whether the event now counts as handled.
     */
    private boolean failed(Reactor<?> r, long id) {
        String key = r.consumer() + " " + id;
        if (failures.merge(key, 1, Integer::sum) < MAX_ATTEMPTS) return false;
        try {
            db.writeVoid(tx -> tx.handle()
                    .createUpdate(tx.dialect()
                            .insertIgnore(
                                    "outbox_done", "consumer, event_id, done_at", ":c, :id, :t", "consumer, event_id"))
                    .bind("c", r.consumer())
                    .bind("id", id)
                    .bind("t", tx.now())
                    .execute());
        } catch (RuntimeException ex) {
            LOG.error("{} cannot give up outbox event {}; it is tried again", r.consumer(), id, ex);
            return false;
        }
        failures.remove(key);
        LOG.error("{} gave up outbox event {} after {} failed attempts", r.consumer(), id, MAX_ATTEMPTS);
        return true;
    }

    private Optional<Reactor<?>> reactorFor(String consumer, Row row) {
        return byTopic.computeIfAbsent(consumer + " " + row.topic(), k -> {
            for (Reactor<?> r : reactors) {
                if (!r.consumer().equals(consumer)) continue;
                try {
                    if (read(r, row).topic().equals(row.topic())) return Optional.of(r);
                } catch (RuntimeException e) {
                    // Not this type's payload.
                }
            }
            return Optional.empty();
        });
    }

    private static Event read(Reactor<?> r, Row row) {
        try {
            return JSON.readValue(row.payload(), r.type());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable outbox payload " + row.id(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (sweeper != null) sweeper.stop();
    }
}
