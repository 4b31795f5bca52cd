package social.rapport.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * Full-text search of posts. The index answers candidates, newest first; each is read again from
 * the store and through the audience policy ({@link social.rapport.audience.AudiencePolicy#mayFind}):
 * a post deleted or hidden since it was indexed is never answered, and a page is filled from further
 * candidates, so neither its length nor anything else counts what the viewer may not see.
 * Signed-out visitors find no posts, as on Mastodon.
 */
public final class FindPosts {
    /** What to look for: `q` in the index's query syntax; `accountId`, `minId`, `maxId` 0 when not asked. */
    public record Request(String q, int accountId, long minId, long maxId, int limit, int offset) {}

    /** At most this many candidates are read for one page, so a query matching only hidden posts ends. */
    static final int MAX_CANDIDATES = 5_000;

    private static final int MIN_BATCH = 40;

    private final Database db;
    private final AccountStore accounts;
    private final StatusAccess access;
    private final StatusViews views;
    private final PostIndexing indexing;

    public FindPosts(
            Database db, AccountStore accounts, StatusAccess access, StatusViews views, PostIndexing indexing) {
        this.db = db;
        this.accounts = accounts;
        this.access = access;
        this.views = views;
        this.indexing = indexing;
    }

    /** The posts found, as Mastodon's Status entities, newest first. */
    public List<StatusEntity> find(int viewer, Request r) {
        if (viewer <= 0 || r.limit() <= 0) return List.of();
        int wanted = r.offset() + r.limit();
        int batch = Math.max(MIN_BATCH, wanted * 2);
        return db.read(h -> {
            List<Status> found = new ArrayList<>();
            Map<Integer, Boolean> indexable = new HashMap<>();
            long after = 0;
            int read = 0;
            while (found.size() < wanted && read < MAX_CANDIDATES) {
                PostIndex.Hits hits =
                        indexing.index().search(r.q(), r.accountId(), r.minId(), r.maxId(), false, after, batch);
                if (hits.ids().isEmpty()) break;
                read += hits.ids().size();
                after = hits.ids().get(hits.ids().size() - 1);
                List<Status> seen = access.visibleByIds(h, viewer, hits.ids());
                List<Integer> unknown = seen.stream()
                        .map(Status::accountId)
                        .filter(a -> !indexable.containsKey(a))
                        .distinct()
                        .toList();
                if (!unknown.isEmpty()) {
                    for (Account a : accounts.byIds(h, unknown)) indexable.put(a.id(), a.indexable());
                }
                Set<Long> took = access.interactedWith(
                        h, viewer, seen.stream().map(Status::id).toList());
                for (Status s : seen) {
                    boolean open = indexable.getOrDefault(s.accountId(), false);
                    if (access.policy().mayFind(viewer, s, s.isReblog(), open, took.contains(s.id()))) found.add(s);
                }
                if (!hits.more()) break;
            }
            int from = Math.min(r.offset(), found.size());
            List<Status> page = found.subList(from, Math.min(found.size(), from + r.limit()));
            return views.render(h, viewer, List.copyOf(page));
        });
    }
}
