package social.rapport.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.status.StatusAccess;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * A person's filters (Mastodon's v2 API): the filters, their keywords and the posts they name.
 * Each is its owner's alone; another's is answered as missing. Every change is one transaction that
 * emits {@link FilterEvents.Changed}, and checks all it was given before it writes.
 */
public final class ManageFilters {
    public static final int MAX_FILTERS = 100;
    public static final int MAX_KEYWORDS = 100;
    public static final int MAX_STATUSES = 100;

    /** A new filter; `expiresIn` in seconds, 0 for never. */
    record Draft(
            String title,
            List<String> contexts,
            String action,
            long expiresIn,
            List<FilterInput.KeywordChange> keywords) {}

    /** A change to a filter: null leaves a value as it is; `expiresIn` 0 means never. */
    record Patch(
            String title,
            List<String> contexts,
            String action,
            Long expiresIn,
            List<FilterInput.KeywordChange> keywords) {}

    private final Database db;
    private final FilterStore store;
    private final StatusAccess posts;

    ManageFilters(Database db, FilterStore store, StatusAccess posts) {
        this.db = db;
        this.store = store;
        this.posts = posts;
    }

    public List<FilterEntities.FilterEntity> list(int owner) {
        return db.read(
                h -> store.byAccount(h, owner).stream().map(FilterEntities::of).toList());
    }

    public FilterEntities.FilterEntity show(int owner, long id) {
        return FilterEntities.of(db.read(h -> store.byId(h, owner, id)).orElseThrow(Problem::notFound));
    }

    FilterEntities.FilterEntity create(int owner, Draft d) {
        if (d.contexts() == null) throw Problem.invalid("context", "context can't be blank");
        String title = FilterInput.title(d.title(), "title");
        List<FilterInput.KeywordChange> added = new ArrayList<>();
        for (FilterInput.KeywordChange k : d.keywords()) {
            if (k.destroy()) continue;
            if (k.id() != null) throw Problem.notFound();
            added.add(new FilterInput.KeywordChange(null, FilterInput.keyword(k.keyword()), k.wholeWord(), false));
        }
        if (added.size() > MAX_KEYWORDS) throw tooManyKeywords();
        return db.write(tx -> {
            store.lockOwner(tx, owner);
            if (store.count(tx.handle(), owner) >= MAX_FILTERS)
                throw Problem.invalid("filter", "At most " + MAX_FILTERS + " filters");
            long id = store.insert(
                    tx,
                    owner,
                    title,
                    d.contexts(),
                    d.action() == null ? "warn" : d.action(),
                    expiresAt(tx, d.expiresIn()));
            for (FilterInput.KeywordChange k : added) store.insertKeyword(tx, id, k.keyword(), whole(k.wholeWord()));
            tx.emit(new FilterEvents.Changed(owner));
            return FilterEntities.of(store.byId(tx.handle(), owner, id).orElseThrow());
        });
    }

    FilterEntities.FilterEntity update(int owner, long id, Patch p) {
        String title = p.title() == null ? null : FilterInput.title(p.title(), "title");
        for (FilterInput.KeywordChange k : p.keywords()) {
            if (!k.destroy() && (k.id() == null || k.keyword() != null)) FilterInput.keyword(k.keyword());
        }
        return db.write(tx -> {
            store.lockFilter(tx, id);
            Filter f = store.byId(tx.handle(), owner, id).orElseThrow(Problem::notFound);
            Set<Long> own = new HashSet<>();
            for (Filter.Keyword k : f.keywords()) own.add(k.id());
            int added = 0;
            Set<Long> removed = new HashSet<>();
            for (FilterInput.KeywordChange k : p.keywords()) {
                if (k.id() != null && !own.contains(k.id())) throw Problem.notFound();
                if (k.id() == null && !k.destroy()) added++;
                if (k.id() != null && k.destroy()) removed.add(k.id());
            }
            if (f.keywords().size() - removed.size() + added > MAX_KEYWORDS) throw tooManyKeywords();
            store.update(
                    tx,
                    new Filter(
                            f.id(),
                            owner,
                            title == null ? f.title() : title,
                            p.contexts() == null ? f.contexts() : p.contexts(),
                            p.action() == null ? f.action() : p.action(),
                            p.expiresIn() == null ? f.expiresAt() : expiresAt(tx, p.expiresIn()),
                            f.keywords(),
                            f.statuses()));
            for (FilterInput.KeywordChange k : p.keywords()) {
                if (k.id() == null) {
                    if (!k.destroy())
                        store.insertKeyword(tx, id, FilterInput.keyword(k.keyword()), whole(k.wholeWord()));
                } else if (k.destroy()) {
                    store.deleteKeyword(tx, k.id());
                } else {
                    Filter.Keyword old =
                            store.keyword(tx.handle(), owner, k.id()).orElseThrow(Problem::notFound);
                    store.updateKeyword(
                            tx,
                            new Filter.Keyword(
                                    old.id(),
                                    old.filterId(),
                                    k.keyword() == null ? old.keyword() : FilterInput.keyword(k.keyword()),
                                    k.wholeWord() == null ? old.wholeWord() : k.wholeWord()));
                }
            }
            tx.emit(new FilterEvents.Changed(owner));
            return FilterEntities.of(store.byId(tx.handle(), owner, id).orElseThrow());
        });
    }

    public void delete(int owner, long id) {
        db.writeVoid(tx -> {
            store.byId(tx.handle(), owner, id).orElseThrow(Problem::notFound);
            store.delete(tx, owner, id);
            tx.emit(new FilterEvents.Changed(owner));
        });
    }

    // ---- keywords ----

    public List<FilterEntities.KeywordEntity> keywords(int owner, long filterId) {
        Filter f = db.read(h -> store.byId(h, owner, filterId)).orElseThrow(Problem::notFound);
        return f.keywords().stream().map(FilterEntities::keyword).toList();
    }

    public FilterEntities.KeywordEntity keyword(int owner, long id) {
        return FilterEntities.keyword(db.read(h -> store.keyword(h, owner, id)).orElseThrow(Problem::notFound));
    }

    public FilterEntities.KeywordEntity addKeyword(int owner, long filterId, String keyword, Boolean wholeWord) {
        String k = FilterInput.keyword(keyword);
        return db.write(tx -> {
            store.lockFilter(tx, filterId);
            store.byId(tx.handle(), owner, filterId).orElseThrow(Problem::notFound);
            if (store.countKeywords(tx.handle(), filterId) >= MAX_KEYWORDS) throw tooManyKeywords();
            long id = store.insertKeyword(tx, filterId, k, whole(wholeWord));
            tx.emit(new FilterEvents.Changed(owner));
            return FilterEntities.keyword(new Filter.Keyword(id, filterId, k, whole(wholeWord)));
        });
    }

    public FilterEntities.KeywordEntity updateKeyword(int owner, long id, String keyword, Boolean wholeWord) {
        String k = keyword == null ? null : FilterInput.keyword(keyword);
        return db.write(tx -> {
            Filter.Keyword old = store.keyword(tx.handle(), owner, id).orElseThrow(Problem::notFound);
            Filter.Keyword now = new Filter.Keyword(
                    id, old.filterId(), k == null ? old.keyword() : k, wholeWord == null ? old.wholeWord() : wholeWord);
            store.updateKeyword(tx, now);
            tx.emit(new FilterEvents.Changed(owner));
            return FilterEntities.keyword(now);
        });
    }

    public void deleteKeyword(int owner, long id) {
        db.writeVoid(tx -> {
            store.keyword(tx.handle(), owner, id).orElseThrow(Problem::notFound);
            store.deleteKeyword(tx, id);
            tx.emit(new FilterEvents.Changed(owner));
        });
    }

    // ---- posts ----

    public List<FilterEntities.StatusEntity> statuses(int owner, long filterId) {
        Filter f = db.read(h -> store.byId(h, owner, filterId)).orElseThrow(Problem::notFound);
        return f.statuses().stream().map(FilterEntities::post).toList();
    }

    public FilterEntities.StatusEntity status(int owner, long id) {
        return FilterEntities.post(db.read(h -> store.post(h, owner, id)).orElseThrow(Problem::notFound));
    }

    /** Adds a post the owner may see (another is answered as missing); a post already in the filter is a 422. */
    public FilterEntities.StatusEntity addStatus(int owner, long filterId, long statusId) {
        return db.write(tx -> {
            store.lockFilter(tx, filterId);
            store.byId(tx.handle(), owner, filterId).orElseThrow(Problem::notFound);
            if (statusId <= 0) throw Problem.notFound();
            posts.visibleOrNotFound(tx.handle(), owner, statusId);
            if (store.countPosts(tx.handle(), filterId) >= MAX_STATUSES)
                throw Problem.invalid("status_id", "At most " + MAX_STATUSES + " posts in a filter");
            long id = store.insertPost(tx, filterId, statusId);
            if (id == 0) throw Problem.invalid("status_id", "This post is in the filter already");
            tx.emit(new FilterEvents.Changed(owner));
            return FilterEntities.post(new Filter.Post(id, filterId, statusId));
        });
    }

    public void deleteStatus(int owner, long id) {
        db.writeVoid(tx -> {
            store.post(tx.handle(), owner, id).orElseThrow(Problem::notFound);
            store.deletePost(tx, id);
            tx.emit(new FilterEvents.Changed(owner));
        });
    }

    static long expiresAt(Tx tx, long expiresIn) {
        return expiresIn == 0 ? 0 : tx.now() + expiresIn * 1000;
    }

    /** Mastodon's keywords match whole words unless told otherwise. */
    static boolean whole(Boolean wholeWord) {
        return wholeWord == null || wholeWord;
    }

    static Problem tooManyKeywords() {
        return Problem.invalid("keywords_attributes", "At most " + MAX_KEYWORDS + " keywords in a filter");
    }
}
