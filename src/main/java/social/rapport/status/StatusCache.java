package social.rapport.status;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import social.rapport.account.AccountEvents;

/**
 * Posts as stored (with mentions and tags), kept by id for the read paths that list many posts.
 * A post's row changes only when it is edited or deleted (its audience changes only when a held group post is released), and the
 * mentions of any post change when a mentioned account is deleted; those committed events drop
 * what they touch before any later listener or request reads it. A read that overlapped such an
 * event does not put its answer in the cache, so a stale row never outlives the event.
 *
 * <p>It decides nothing about visibility: callers still pass what it answers through the
 * audience policy. Writes never read through it, so a transaction always sees its own changes.
 */
final class StatusCache {
    private final StatusStore store;
    private final Cache<Long, Status> byId;
    private final AtomicLong generation = new AtomicLong();

    public StatusCache(StatusStore store, long maxPosts) {
        this.store = store;
        this.byId = Caffeine.newBuilder().maximumSize(maxPosts).build();
    }

    /**
     * Reactions to committed events (the App's table runs them before anything that renders posts):
     * each drops the cached rows the event changed.
     */
    public void edited(StatusEvents.Edited e) {
        forget(e.statusId());
    }

    /** A held post's audience changed when it was released. */
    public void released(StatusEvents.Released e) {
        forget(e.statusId());
    }

    public void deleted(StatusEvents.Deleted e) {
        forget(e.statusId());
    }

    /** The mentions of any post may name the deleted account. */
    public void accountDeleted(AccountEvents.Deleted e) {
        forgetAll();
    }

    void forget(long id) {
        generation.incrementAndGet();
        byId.invalidate(id);
    }

    void forgetAll() {
        generation.incrementAndGet();
        byId.invalidateAll();
    }

    /** Like {@link StatusStore#byIds}, answering from the cache where it can and reading the rest. */
    public Map<Long, Status> byIds(Handle h, Collection<Long> ids) {
        Map<Long, Status> out = new HashMap<>(ids.size() * 2);
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            Status s = byId.getIfPresent(id);
            if (s != null) out.put(id, s);
            else if (!out.containsKey(id)) missing.add(id);
        }
        if (missing.isEmpty()) return out;
        long before = generation.get();
        Map<Long, Status> read = store.byIds(h, missing);
        out.putAll(read);
        if (generation.get() == before) {
            byId.putAll(read);
            // An event between the check and the put: drop what was just put, it may predate the event.
            if (generation.get() != before) byId.invalidateAll(read.keySet());
        }
        return out;
    }

    public long size() {
        return byId.estimatedSize();
    }
}
