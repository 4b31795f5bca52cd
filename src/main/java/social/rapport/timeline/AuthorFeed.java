package social.rapport.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import social.rapport.audience.AudiencePolicy;
import social.rapport.graph.SocialGraph;
import social.rapport.status.Cursor;
import social.rapport.status.FilterContext;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * A timeline merged from a set of authors (home, a list): their post and reblog ids from the
 * in-memory index, newest first, each checked by the audience policy for the viewer and by the
 * timeline's own filter; only the page is then read (from the post cache, else the store) and
 * checked once more, and what hangs on it is read in one query. Followed hashtags add their slices
 * of the index: a post that comes in by a tag must be one the policy lists to the viewer, by nobody
 * they mute or that is blocked either way.
 */
public final class AuthorFeed {
    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;
    private final RecentPosts index;
    private final SocialGraph graph;

    public AuthorFeed(Database db, StatusAccess access, StatusViews views, RecentPosts index, SocialGraph graph) {
        this.db = db;
        this.access = access;
        this.views = views;
        this.index = index;
        this.graph = graph;
    }

    /** One page of the posts by `sources` that the viewer may see and `keep` admits. */
    public LinkedPage<StatusEntity> page(int viewer, int[] sources, Cursor cursor, Predicate<RecentPosts.Meta> keep) {
        return page(viewer, sources, List.of(), cursor, keep);
    }

    /** One page of the posts by `sources`, and the public posts carrying one of `tags`, as above. */
    public LinkedPage<StatusEntity> page(
            int viewer, int[] sources, List<String> tags, Cursor cursor, Predicate<RecentPosts.Meta> keep) {
        List<Long> ids = ids(viewer, sources, tags, cursor, keep);
        if (ids.isEmpty()) return LinkedPage.empty();
        return db.read(h -> {
            List<Status> visible = access.visibleByIdsCached(h, viewer, ids);
            if (visible.isEmpty()) return LinkedPage.<StatusEntity>empty();
            return new LinkedPage<>(
                    views.render(h, viewer, visible, FilterContext.HOME),
                    visible.get(visible.size() - 1).id(),
                    visible.get(0).id());
        });
    }

    /** The ids of one page, newest first, decided entirely in memory. */
    public List<Long> ids(int viewer, int[] sources, Cursor cursor, Predicate<RecentPosts.Meta> keep) {
        return ids(viewer, sources, List.of(), cursor, keep);
    }

    /** The ids of one page with followed hashtags' slices merged in, newest first, each post once. */
    public List<Long> ids(
            int viewer, int[] sources, List<String> tags, Cursor cursor, Predicate<RecentPosts.Meta> keep) {
        AudiencePolicy policy = access.policy();
        int n = sources.length + tags.size();
        // Slices of the authors first, then of the tags (from `sources.length` on); the queue orders the
        // heads by the id at each slice's position.
        RecentPosts.Slice[] slices = new RecentPosts.Slice[n];
        int[] pos = new int[n];
        PriorityQueue<Integer> heads = new PriorityQueue<>(Math.max(1, n), (a, b) -> {
            long x = slices[a].ids()[pos[a]];
            long y = slices[b].ids()[pos[b]];
            return cursor.ascending() ? Long.compare(x, y) : Long.compare(y, x);
        });
        for (int i = 0; i < n; i++) {
            slices[i] = i < sources.length ? index.slice(sources[i]) : index.tagSlice(tags.get(i - sources.length));
            int at = start(slices[i], cursor);
            pos[i] = at;
            if (at >= 0 && at < slices[i].size()) heads.add(i);
        }
        List<Long> out = new ArrayList<>(cursor.limit());
        while (!heads.isEmpty() && out.size() < cursor.limit()) {
            int i = heads.poll();
            RecentPosts.Meta m = slices[i].metas()[pos[i]];
            if (!cursor.admits(m.id())) continue;
            // A post reached through several slices comes out of the merge once per slice, one after another.
            boolean seen = !out.isEmpty() && out.get(out.size() - 1) == m.id();
            boolean byTag = i >= sources.length;
            if (!seen && keep.test(m) && (byTag ? showsByTag(viewer, m, policy) : shows(viewer, m, policy)))
                out.add(m.id());
            pos[i] += cursor.ascending() ? 1 : -1;
            if (pos[i] >= 0 && pos[i] < slices[i].size()) heads.add(i);
        }
        if (cursor.ascending()) Collections.reverse(out);
        return out;
    }

    private static int start(RecentPosts.Slice s, Cursor c) {
        if (c.ascending()) {
            int at = s.indexOf(c.minId());
            return at >= 0 ? at + 1 : -at - 1;
        }
        if (c.maxId() == Long.MAX_VALUE) return s.size() - 1;
        int at = s.indexOf(c.maxId());
        return at >= 0 ? at - 1 : -at - 2;
    }

    /** A post that comes in by a followed hashtag: one the policy lists to the viewer, by nobody muted or blocked. */
    private boolean showsByTag(int viewer, RecentPosts.Meta m, AudiencePolicy policy) {
        int author = m.owner();
        if (author != viewer && (graph.isMuted(viewer, author) || graph.isBlockedEitherWay(viewer, author)))
            return false;
        return policy.mayList(viewer, m, m.isReblog());
    }

    private boolean shows(int viewer, RecentPosts.Meta m, AudiencePolicy policy) {
        if (!m.isReblog()) return policy.canSee(viewer, m);
        if (viewer != m.reblogOfAuthor() && graph.isMuted(viewer, m.reblogOfAuthor())) return false;
        return policy.canSeeDerived(viewer, m, index.find(m.reblogOfAuthor(), m.reblogOf()));
    }
}
