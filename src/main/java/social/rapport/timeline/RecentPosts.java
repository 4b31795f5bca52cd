package social.rapport.timeline;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import social.rapport.audience.Audience;
import social.rapport.audience.AudiencePolicy;

/**
 * The in-memory index behind the home timeline: every author's post and reblog ids in id order,
 * with just what the audience policy needs to decide on each. Rebuilt from the store at start and
 * kept current from committed events. Readers never lock: each author's list is an immutable
 * snapshot that writers replace.
 */
public final class RecentPosts {
    /**
     * What the policy needs about one post; for a reblog, where its original lives; for a reply, whom
     * it answers (`replyTo`, 0 when it is no reply), which list timelines filter on.
     */
    public record Meta(
            long id,
            int owner,
            Audience audience,
            Set<Integer> mentioned,
            long reblogOf,
            int reblogOfAuthor,
            int replyTo)
            implements AudiencePolicy.Visible {
        public boolean isReblog() {
            return reblogOf != 0;
        }
    }

    /** An author's posts, oldest first; only the first `size` slots are in use. */
    record Slice(long[] ids, Meta[] metas, int size) {
        static final Slice EMPTY = new Slice(new long[0], new Meta[0], 0);

        int indexOf(long id) {
            return Arrays.binarySearch(ids, 0, size, id);
        }
    }

    private final Map<Integer, Slice> byAuthor = new ConcurrentHashMap<>();
    /** Posts stored as public (never reblogs) by each hashtag they carry, for those who follow it. */
    private final Map<String, Slice> byTag = new ConcurrentHashMap<>();
    /** The tags each post in {@link #byTag} is filed under, to move or drop it on an edit or deletion. */
    private final Map<Long, Set<String>> tagsOf = new ConcurrentHashMap<>();

    private final Map<String, Audience> audiences = new ConcurrentHashMap<>();

    /** Interns stored audiences so millions of posts share a handful of objects. */
    public Audience audience(String wire) {
        return audiences.computeIfAbsent(wire, Audience::fromWire);
    }

    Slice slice(int author) {
        return byAuthor.getOrDefault(author, Slice.EMPTY);
    }

    Slice tagSlice(String tag) {
        return byTag.getOrDefault(tag, Slice.EMPTY);
    }

    /**
     * Files a post (already added) under the hashtags it carries now, and takes it out of those it
     * no longer carries; pass no tags for a post that is not public or is a reblog.
     */
    public synchronized void tag(Meta m, Set<String> tags) {
        Set<String> before = tagsOf.getOrDefault(m.id(), Set.of());
        for (String t : before) {
            if (!tags.contains(t)) byTag.computeIfPresent(t, (k, s) -> without(s, m.id()));
        }
        for (String t : tags) byTag.compute(t, (k, s) -> insert(s == null ? Slice.EMPTY : s, m));
        if (tags.isEmpty()) tagsOf.remove(m.id());
        else tagsOf.put(m.id(), Set.copyOf(tags));
    }

    public Meta find(int author, long id) {
        Slice s = slice(author);
        int i = s.indexOf(id);
        return i >= 0 ? s.metas()[i] : null;
    }

    public void add(Meta m) {
        byAuthor.compute(m.owner(), (a, s) -> insert(s == null ? Slice.EMPTY : s, m));
    }

    private static Slice insert(Slice s, Meta m) {
        int at = s.indexOf(m.id());
        if (at >= 0) {
            Meta[] metas = Arrays.copyOf(s.metas(), s.metas().length);
            metas[at] = m;
            return new Slice(s.ids(), metas, s.size());
        }
        int pos = -at - 1;
        if (pos == s.size() && s.size() < s.ids().length) {
            // Appending the newest post: the slots past `size` are invisible to readers of the old snapshot.
            s.ids()[pos] = m.id();
            s.metas()[pos] = m;
            return new Slice(s.ids(), s.metas(), s.size() + 1);
        }
        int cap = Math.max(8, s.size() * 2);
        long[] ids = new long[cap];
        Meta[] metas = new Meta[cap];
        System.arraycopy(s.ids(), 0, ids, 0, pos);
        System.arraycopy(s.metas(), 0, metas, 0, pos);
        ids[pos] = m.id();
        metas[pos] = m;
        System.arraycopy(s.ids(), pos, ids, pos + 1, s.size() - pos);
        System.arraycopy(s.metas(), pos, metas, pos + 1, s.size() - pos);
        return new Slice(ids, metas, s.size() + 1);
    }

    public void remove(int author, long id) {
        byAuthor.computeIfPresent(author, (a, s) -> without(s, id));
        synchronized (this) {
            Set<String> tags = tagsOf.remove(id);
            if (tags != null) for (String t : tags) byTag.computeIfPresent(t, (k, s) -> without(s, id));
        }
    }

    private static Slice without(Slice s, long id) {
        int at = s.indexOf(id);
        if (at < 0) return s;
        long[] ids = new long[s.ids().length];
        Meta[] metas = new Meta[s.ids().length];
        System.arraycopy(s.ids(), 0, ids, 0, at);
        System.arraycopy(s.metas(), 0, metas, 0, at);
        System.arraycopy(s.ids(), at + 1, ids, at, s.size() - at - 1);
        System.arraycopy(s.metas(), at + 1, metas, at, s.size() - at - 1);
        return new Slice(ids, metas, s.size() - 1);
    }

    /** Bulk load (at start): rows must come in id order per author for the fast append path. */
    public static RecentPosts of(Iterable<Meta> rows) {
        RecentPosts r = new RecentPosts();
        for (Meta m : rows) r.add(m);
        return r;
    }

    public long size() {
        long n = 0;
        for (Slice s : byAuthor.values()) n += s.size();
        return n;
    }
}
