package social.rapport.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntFunction;
import social.rapport.audience.AudiencePolicy;
import social.rapport.graph.SocialGraph;
import social.rapport.status.Cursor;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * Home: posts and reblogs by the people one follows or is connected with, and one's own, that the
 * viewer may see, newest first, less muted and blocked accounts. The followees' id lists from the
 * in-memory index are merged newest first and checked by the audience policy; only the page is
 * then read (from the post cache, else the store) and checked once more, and what hangs on it
 * (counts, the viewer's flags) is read in one query. Hashtags the viewer follows bring in the
 * public posts that carry them (never reblogs, never a post the policy would not list to the viewer,
 * never by an account they mute or that is blocked either way).
 */
public final class HomeTimeline {
    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;
    private final RecentPosts index;
    private final SocialGraph graph;
    private final IntFunction<Set<String>> followedTags;

    public HomeTimeline(
            Database db,
            StatusAccess access,
            StatusViews views,
            RecentPosts index,
            SocialGraph graph,
            IntFunction<Set<String>> followedTags) {
        this.db = db;
        this.followedTags = followedTags;
        this.access = access;
        this.views = views;
        this.index = index;
        this.graph = graph;
    }

    public LinkedPage<StatusEntity> page(int viewer, Cursor cursor) {
        List<Long> ids = ids(viewer, cursor);
        if (ids.isEmpty()) return LinkedPage.empty();
        return db.read(h -> {
            List<Status> visible = access.visibleByIdsCached(h, viewer, ids);
            if (visible.isEmpty()) return LinkedPage.<StatusEntity>empty();
            return new LinkedPage<>(
                    views.render(h, viewer, visible),
                    visible.get(visible.size() - 1).id(),
                    visible.get(0).id());
        });
    }

    /** The ids of one page, newest first, decided entirely in memory. */
    public List<Long> ids(int viewer, Cursor cursor) {
        AudiencePolicy policy = access.policy();
        int[] sources = sources(viewer);
        List<String> tags = List.copyOf(followedTags.apply(viewer));
        int n = sources.length + tags.size();
        // Slices of the people followed first, then of the tags followed (from `sources.length` on).
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
            if (!seen && (byTag ? showsByTag(viewer, m, policy) : shows(viewer, m, policy))) out.add(m.id());
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

    private boolean shows(int viewer, RecentPosts.Meta m, AudiencePolicy policy) {
        if (!m.isReblog()) return policy.canSee(viewer, m);
        if (viewer != m.reblogOfAuthor() && graph.isMuted(viewer, m.reblogOfAuthor())) return false;
        return policy.canSeeDerived(viewer, m, index.find(m.reblogOfAuthor(), m.reblogOf()));
    }

    /** A post that comes in by a followed hashtag: one the policy lists to the viewer, by nobody muted or blocked. */
    private boolean showsByTag(int viewer, RecentPosts.Meta m, AudiencePolicy policy) {
        int author = m.owner();
        if (author != viewer && (graph.isMuted(viewer, author) || graph.isBlockedEitherWay(viewer, author)))
            return false;
        return policy.mayList(viewer, m, m.isReblog());
    }

    /** The viewer, everyone they follow, everyone they are connected with; less muted and blocked. */
    private int[] sources(int viewer) {
        int[] following = graph.following(viewer);
        int[] connections = graph.connections(viewer);
        int[] all = new int[following.length + connections.length + 1];
        int n = 0;
        all[n++] = viewer;
        for (int a : following) all[n++] = a;
        for (int a : connections) all[n++] = a;
        java.util.Arrays.sort(all, 0, n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            int a = all[i];
            if (k > 0 && all[k - 1] == a) continue;
            if (a != viewer && (graph.isMuted(viewer, a) || graph.isBlockedEitherWay(viewer, a))) continue;
            all[k++] = a;
        }
        return java.util.Arrays.copyOf(all, k);
    }
}
