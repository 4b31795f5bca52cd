package social.rapport.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;

/**
 * Every read and every action that takes a post id comes through here, so the audience policy
 * has the last word on every path, and anything the viewer may not see is answered exactly like
 * a post that does not exist.
 */
public final class StatusAccess {
    private final StatusStore store;
    private final AudiencePolicy policy;
    private final StatusCache cache;

    public StatusAccess(StatusStore store, AudiencePolicy policy, StatusCache cache) {
        this.store = store;
        this.policy = policy;
        this.cache = cache;
    }

    /**
     * Posts by id for a read path, from the cache where possible (never inside a write: a transaction
     * must see its own changes). Decides nothing; pass the answer through the policy.
     */
    public Map<Long, Status> cached(Handle h, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : cache.byIds(h, ids);
    }

    public StatusCache cache() {
        return cache;
    }

    public AudiencePolicy policy() {
        return policy;
    }

    public StatusStore store() {
        return store;
    }

    /** The post if the viewer may see it (a reblog only with its original); 404 otherwise. */
    public Status visibleOrNotFound(Handle h, int viewer, long id) {
        Status s = store.byId(h, id).orElseThrow(Problem::notFound);
        Status original = s.isReblog() ? store.byId(h, s.reblogOfId()).orElse(null) : null;
        if (!visible(viewer, s, original)) throw Problem.notFound();
        return s;
    }

    /** The one rule for a post: itself, and for a reblog its original too. */
    public boolean visible(int viewer, Status s, Status originalOrNull) {
        return s.isReblog() ? policy.canSeeDerived(viewer, s, originalOrNull) : policy.canSee(viewer, s);
    }

    /** Keeps the posts the viewer may see, in order, loading reblogs' originals in one query. */
    public List<Status> visibleAmong(Handle h, int viewer, Collection<Status> page) {
        Map<Long, Status> originals = originalsOf(h, page);
        List<Status> out = new ArrayList<>(page.size());
        for (Status s :
                policy.filter(viewer, List.copyOf(page), x -> originals.get(x.reblogOfId()), Status::isReblog)) {
            out.add(s);
        }
        return out;
    }

    public Map<Long, Status> originalsOf(Handle h, Collection<Status> page) {
        List<Long> ids = new ArrayList<>();
        for (Status s : page) if (s.isReblog()) ids.add(s.reblogOfId());
        return ids.isEmpty() ? new HashMap<>() : new HashMap<>(cache.byIds(h, ids));
    }
}
