package social.rapport.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;

/**
 * THE door to stored posts: every read and every action that takes a post id comes through here,
 * so the audience policy has the last word on every path, and anything the viewer may not see is
 * answered exactly like a post that does not exist. The store and the cache stay inside this
 * package (an ArchUnit rule); the one read that is not filtered says so in its name.
 */
public final class StatusAccess {
    private final StatusStore store;
    private final AudiencePolicy policy;
    private final StatusCache cache;

    StatusAccess(StatusStore store, AudiencePolicy policy, StatusCache cache) {
        this.store = store;
        this.policy = policy;
        this.cache = cache;
    }

    /** The same posts asked through another policy (one imagining a viewer, for "view as"). */
    public StatusAccess under(AudiencePolicy other) {
        return new StatusAccess(store, other, cache);
    }

    public AudiencePolicy policy() {
        return policy;
    }

    StatusStore store() {
        return store;
    }

    /**
     * Posts by id from the cache where possible (never inside a write: a transaction must see its
     * own changes). Decides nothing; pass the answer through the policy.
     */
    Map<Long, Status> cached(Handle h, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : cache.byIds(h, ids);
    }

    /** A post the viewer may see, with its original when it is a reblog (null otherwise). */
    public record Seen(Status post, Status original) {}

    /** The post and its original if the viewer may see it; empty when it is gone or hidden. Safe in a write. */
    public Optional<Seen> seen(Handle h, int viewer, long id) {
        Status s = store.byId(h, id).orElse(null);
        if (s == null) return Optional.empty();
        Status original = s.isReblog() ? store.byId(h, s.reblogOfId()).orElse(null) : null;
        return visible(viewer, s, original) ? Optional.of(new Seen(s, original)) : Optional.empty();
    }

    /** The post if the viewer may see it (a reblog only with its original); empty otherwise. Safe in a write. */
    public Optional<Status> visibleById(Handle h, int viewer, long id) {
        return seen(h, viewer, id).map(Seen::post);
    }

    /**
     * Whether the viewer may see the post right now, read from the store (never the cache): for
     * what hangs on a post and is fetched apart from it, such as its media files, so that deleting
     * the post or a change of who may see it takes effect at once. Gone or hidden: false.
     */
    public boolean visibleTo(Handle h, int viewer, long statusId) {
        return seen(h, viewer, statusId).isPresent();
    }

    /** The post if the viewer may see it (a reblog only with its original); 404 otherwise. */
    public Status visibleOrNotFound(Handle h, int viewer, long id) {
        return visibleById(h, viewer, id).orElseThrow(Problem::notFound);
    }

    /**
     * The posts the viewer may see among the ids, in the order of the ids (each once); gone and
     * hidden ones are left out. Read from the store, so safe in a write.
     */
    public List<Status> visibleByIds(Handle h, int viewer, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : visibleAmong(h, viewer, inOrder(ids, store.byIds(h, ids)));
    }

    /** Like {@link #visibleByIds}, answered from the post cache where it can: for read paths only. */
    public List<Status> visibleByIdsCached(Handle h, int viewer, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : visibleAmong(h, viewer, inOrder(ids, cache.byIds(h, ids)));
    }

    private static List<Status> inOrder(Collection<Long> ids, Map<Long, Status> byId) {
        List<Status> out = new ArrayList<>(ids.size());
        for (long id : new LinkedHashSet<>(ids)) {
            Status s = byId.get(id);
            if (s != null) out.add(s);
        }
        return out;
    }

    /** The one rule for a post: itself, and for a reblog its original too. */
    boolean visible(int viewer, Status s, Status originalOrNull) {
        return s.isReblog() ? policy.canSeeDerived(viewer, s, originalOrNull) : policy.canSee(viewer, s);
    }

    /** Keeps the posts the viewer may see, in order, loading reblogs' originals in one query. */
    List<Status> visibleAmong(Handle h, int viewer, Collection<Status> page) {
        Map<Long, Status> originals = originalsOf(h, page);
        List<Status> out = new ArrayList<>(page.size());
        for (Status s :
                policy.filter(viewer, List.copyOf(page), x -> originals.get(x.reblogOfId()), Status::isReblog)) {
            out.add(s);
        }
        return out;
    }

    Map<Long, Status> originalsOf(Handle h, Collection<Status> page) {
        List<Long> ids = new ArrayList<>();
        for (Status s : page) if (s.isReblog()) ids.add(s.reblogOfId());
        return ids.isEmpty() ? new HashMap<>() : new HashMap<>(cache.byIds(h, ids));
    }

    // ---- listings, a chunk at a time ----

    /** One chunk of an account's posts and reblogs in the cursor's window that the viewer may see. */
    public Chunk<Status> byAccount(Handle h, int viewer, int accountId, Cursor c) {
        return chunk(h, viewer, store.byAccount(h, accountId, c));
    }

    /**
     * One chunk of the public listing, or of one hashtag's (`tag` not null), keeping only the posts
     * the policy lists to the viewer ({@link AudiencePolicy#mayList(int, AudiencePolicy.Visible, boolean)}).
     */
    public Chunk<Status> listed(Handle h, int viewer, String tag, Cursor c) {
        List<Status> rows = tag == null ? store.listed(h, c) : store.tagged(h, tag, c);
        List<Status> listed = new ArrayList<>(rows.size());
        for (Status s : rows) if (policy.mayList(viewer, s, s.isReblog())) listed.add(s);
        return new Chunk<>(visibleAmong(h, viewer, listed), rows.size(), lastId(rows));
    }

    /** One chunk of a group's posts in the cursor's window that the viewer may see. */
    public Chunk<Status> inGroup(Handle h, int viewer, long groupId, Cursor c) {
        return chunk(h, viewer, store.inGroup(h, groupId, c));
    }

    /** One chunk of a group's posts held for its moderators that the viewer may see. */
    public Chunk<Status> heldInGroup(Handle h, int viewer, long groupId, Cursor c) {
        return chunk(h, viewer, store.heldInGroup(h, groupId, c));
    }

    private Chunk<Status> chunk(Handle h, int viewer, List<Status> rows) {
        return new Chunk<>(visibleAmong(h, viewer, rows), rows.size(), lastId(rows));
    }

    private static long lastId(List<Status> rows) {
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).id();
    }

    /** A favourite or bookmark the viewer may still see, with the save's own id for paging. */
    public record SavedPost(long rowId, Status status) {}

    /** One chunk of the viewer's own favourites or bookmarks (`table`), the posts they may still see. */
    public Chunk<SavedPost> saved(Handle h, String table, int viewer, Cursor c) {
        List<StatusStore.Saved> rows = store.savedPage(h, table, viewer, c);
        Map<Long, Status> visible = new HashMap<>();
        List<Long> ids = rows.stream().map(StatusStore.Saved::statusId).toList();
        for (Status s : visibleAmong(h, viewer, store.byIds(h, ids).values())) visible.put(s.id(), s);
        List<SavedPost> out = new ArrayList<>(rows.size());
        for (StatusStore.Saved r : rows) {
            Status s = visible.get(r.statusId());
            if (s != null) out.add(new SavedPost(r.rowId(), s));
        }
        return new Chunk<>(
                out, rows.size(), rows.isEmpty() ? 0 : rows.get(rows.size() - 1).rowId());
    }

    /** The account's pinned posts that the viewer may see, newest first. */
    public List<Status> pinned(Handle h, int viewer, int accountId) {
        List<Status> pins =
                new ArrayList<>(store.byIds(h, store.pinned(h, accountId)).values());
        pins.sort((a, b) -> Long.compare(b.id(), a.id()));
        return visibleAmong(h, viewer, pins);
    }

    // ---- hashtags ----

    /** One use of a hashtag on a post the viewer is listed. */
    public record TagUse(String tag, long statusId, int accountId, long createdAt) {}

    /**
     * Uses of the tags, newest first, on posts from `fromId` on that the policy lists to the viewer
     * (public ones they may see: never unlisted, restricted, or a reblog), only `author`'s unless 0;
     * at most `limit` stored uses are read.
     */
    public List<TagUse> listedTagUses(
            Handle h, int viewer, Collection<String> tags, int author, long fromId, int limit) {
        List<TagUse> out = new ArrayList<>();
        for (TagUseStore.TagRow r : TagUseStore.publicTagUses(h, tags, author, fromId, limit)) {
            if (policy.mayList(viewer, r, false)) out.add(new TagUse(r.tag(), r.id(), r.owner(), r.createdAt()));
        }
        return out;
    }

    /** The viewer's own hashtags, by how many of their own posts carry each, most used first. */
    public List<Map.Entry<String, Integer>> ownTagCounts(Handle h, int viewer, int limit) {
        return viewer <= 0 ? List.of() : TagUseStore.ownTagCounts(h, viewer, limit);
    }

    /** The first post of the thread of each post (see {@link StatusStore#roots}); decides nothing. */
    public Map<Long, Long> threadRoots(Handle h, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : store.roots(h, ids);
    }

    // ---- search ----

    /**
     * Which of the posts the viewer took part in: replied to, reblogged, favourited or bookmarked.
     * Only the viewer's own acts, so it tells them nothing they did not do; for search's rule on
     * authors who are not indexable ({@link AudiencePolicy#mayFind}).
     */
    public Set<Long> interactedWith(Handle h, int viewer, Collection<Long> ids) {
        return viewer <= 0 || ids.isEmpty() ? Set.of() : store.touchedBy(h, viewer, ids);
    }

    /**
     * UNFILTERED: posts that are not reblogs, by id above `afterId`, oldest first, and one post by id
     * (empty when gone or a reblog). Only for the search index, which shows nothing itself: every
     * post it finds is read again through the policy before anyone sees it.
     */
    public List<Status> unfilteredForIndex(Handle h, long afterId, int limit) {
        return store.originalsAfter(h, afterId, limit);
    }

    public Optional<Status> unfilteredForIndex(Handle h, long id) {
        return store.byId(h, id).filter(s -> !s.isReblog());
    }

    // ---- the unfiltered reads, each named so ----

    /**
     * UNFILTERED: who reblogged, replied to or favourited the post, whatever the audience of their
     * reblog or reply. Only for the durable reaction that tells them of an edit: it shows these
     * accounts to nobody, and each notification it makes is checked for its recipient before it is
     * stored. Never render or list what it answers.
     */
    public Set<Integer> unfilteredInteractors(Handle h, long statusId) {
        Set<Integer> out = new LinkedHashSet<>();
        for (Status r : store.reblogsOf(h, Set.of(statusId))) out.add(r.accountId());
        for (Status r : store.repliesTo(h, Set.of(statusId))) out.add(r.accountId());
        out.addAll(store.saversOf(h, "favourites", Set.of(statusId)).getOrDefault(statusId, List.of()));
        return out;
    }
}
