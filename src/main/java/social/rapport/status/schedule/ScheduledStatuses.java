package social.rapport.status.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.status.PostStatus;
import social.rapport.status.poll.PollRequest;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Posts scheduled for later (Mastodon's scheduled statuses): checked as a post when scheduled, kept
 * private to their owner, and published by the server at their time exactly once. The publisher
 * takes a due row out of the schedule in the same transaction that publishes it, so a restart or a
 * second server never publishes it twice. At that moment it is checked again as a new post: an
 * author who may no longer post (suspended) or an audience that is no longer valid (a circle deleted
 * meanwhile) is not published at all, never to another audience; the post is dropped with a line in
 * the log.
 */
public final class ScheduledStatuses {
    static final Duration MIN_AHEAD = Duration.ofMinutes(5);
    static final int MAX_TOTAL = 300;
    static final int MAX_PER_DAY = 25;
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledStatuses.class);

    private final Database db;
    private final PostStatus post;
    private final Ids ids;
    private final ScheduledStore store = new ScheduledStore();

    public ScheduledStatuses(Database db, PostStatus post, Ids ids) {
        this.db = db;
        this.post = post;
        this.ids = ids;
    }

    /** Schedules a post within the caller's transaction (which may hold an idempotency key). */
    public Scheduled schedule(Tx tx, int author, PostStatus.Request r, PollRequest poll, String scheduledAt) {
        long at = time(scheduledAt, tx.now());
        // An upload not taken by a post is removed after a day, so a post for later cannot hold one yet.
        if (!r.mediaIds().isEmpty()) {
            throw social.rapport.core.Problem.invalid(
                    "media_ids", "Media cannot be attached to a scheduled post yet; post it now instead");
        }
        post.check(tx.handle(), author, r);
        withinLimits(tx, author, at, 0);
        Scheduled s = new Scheduled(ids.next(), author, at, ScheduledParams.of(r, poll));
        store.insert(tx, s);
        return s;
    }

    public List<ScheduledEntity> list(int owner, long maxId, long minId, boolean ascending, int limit) {
        List<Scheduled> rows = db.read(h -> store.page(h, owner, maxId, minId, ascending, limit));
        List<ScheduledEntity> out = new java.util.ArrayList<>();
        for (Scheduled s : rows) out.add(ScheduledEntity.of(s));
        if (ascending) java.util.Collections.reverse(out);
        return out;
    }

    /** One's own scheduled post; anyone else's, or one published or cancelled, is 404. */
    public ScheduledEntity show(int owner, long id) {
        return db.read(h -> store.byId(h, owner, id).map(ScheduledEntity::of).orElseThrow(Problem::notFound));
    }

    public ScheduledEntity render(Scheduled s) {
        return ScheduledEntity.of(s);
    }

    /** Moves one's own scheduled post to another time (at least five minutes ahead, within the limits). */
    public ScheduledEntity reschedule(int owner, long id, String scheduledAt) {
        return db.write(tx -> {
            store.byId(tx.handle(), owner, id).orElseThrow(Problem::notFound);
            if (scheduledAt == null || scheduledAt.isBlank()) {
                throw Problem.invalid("scheduled_at", "scheduled_at is missing");
            }
            long at = time(scheduledAt, tx.now());
            withinLimits(tx, owner, at, id);
            store.reschedule(tx, owner, id, at);
            return ScheduledEntity.of(store.byId(tx.handle(), owner, id).orElseThrow());
        });
    }

    public void cancel(int owner, long id) {
        db.writeVoid(tx -> {
            if (!store.delete(tx, owner, id)) throw Problem.notFound();
        });
    }

    /** Publishes every post that is due; answers how many this run took out of the schedule. */
    public int publishDue() {
        int taken = 0;
        while (true) {
            long now = db.clock().millis();
            List<Long> due = db.read(h -> store.due(h, now, BATCH));
            for (long id : due) if (publish(id)) taken++;
            if (due.size() < BATCH) return taken;
        }
    }

    private boolean publish(long id) {
        return db.write(tx -> {
            Optional<Scheduled> claimed = store.claim(tx, id);
            if (claimed.isEmpty()) return false;
            Scheduled s = claimed.get();
            try {
                post.post(tx, s.accountId(), s.params().request(), s.params().pollRequest());
            } catch (Problem p) {
                LOG.warn(
                        "scheduled post {} of account {} is not published: {} ({})",
                        s.id(),
                        s.accountId(),
                        p.getMessage(),
                        p.status());
            }
            return true;
        });
    }

    private static long time(String raw, long now) {
        Instant at;
        try {
            at = OffsetDateTime.parse(raw.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw Problem.invalid("scheduled_at", "scheduled_at must be an ISO 8601 time");
        }
        if (at.toEpochMilli() < now + MIN_AHEAD.toMillis()) {
            throw Problem.invalid("scheduled_at", "The scheduled date must be in the future (at least 5 minutes)");
        }
        return at.toEpochMilli();
    }

    private void withinLimits(Tx tx, int owner, long at, long except) {
        long dayStart = Math.floorDiv(at, DAY) * DAY;
        int[] counts = store.counts(tx, owner, dayStart, dayStart + DAY, except);
        if (counts[0] >= MAX_TOTAL) {
            throw Problem.invalid("scheduled_at", "You cannot schedule more than " + MAX_TOTAL + " posts");
        }
        if (counts[1] >= MAX_PER_DAY) {
            throw Problem.invalid(
                    "scheduled_at", "You cannot schedule more than " + MAX_PER_DAY + " posts for one day");
        }
    }
}
