package social.rapport.filter;

import java.util.ArrayList;
import java.util.List;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Mastodon's v1 filters, over the same filters: a v1 filter is one keyword, shown with its filter's
 * contexts and expiry, `irreversible` when the filter hides. Creating one makes a filter titled by
 * the phrase with that one keyword. Changing a filter's settings through a keyword of a filter that
 * has several is refused (422), as Mastodon does; removing a filter's last keyword removes the
 * filter when it names no posts either.
 */
public final class V1Filters {
    /** A v1 filter's fields; null leaves a value as it is on an update. `expiresIn` 0: never. */
    record Fields(String phrase, List<String> contexts, Boolean irreversible, Boolean wholeWord, Long expiresIn) {}

    private final Database db;
    private final FilterStore store;

    V1Filters(Database db, FilterStore store) {
        this.db = db;
        this.store = store;
    }

    public List<FilterEntities.V1Entity> list(int owner) {
        return db.read(h -> {
            List<FilterEntities.V1Entity> out = new ArrayList<>();
            for (Filter f : store.byAccount(h, owner)) {
                for (Filter.Keyword k : f.keywords()) out.add(FilterEntities.v1(f, k));
            }
            return out;
        });
    }

    public FilterEntities.V1Entity show(int owner, long id) {
        return db.read(h -> {
            Filter.Keyword k = store.keyword(h, owner, id).orElseThrow(Problem::notFound);
            return FilterEntities.v1(store.byId(h, owner, k.filterId()).orElseThrow(), k);
        });
    }

    FilterEntities.V1Entity create(int owner, Fields f) {
        if (f.phrase() == null || f.phrase().isBlank()) throw Problem.invalid("phrase", "phrase can't be blank");
        String phrase = FilterInput.keyword(f.phrase());
        if (f.contexts() == null) throw Problem.invalid("context", "context can't be blank");
        String title = FilterInput.title(phrase, "phrase");
        return db.write(tx -> {
            store.lockOwner(tx, owner);
            if (store.count(tx.handle(), owner) >= ManageFilters.MAX_FILTERS)
                throw Problem.invalid("filter", "At most " + ManageFilters.MAX_FILTERS + " filters");
            long id = store.insert(
                    tx,
                    owner,
                    title,
                    f.contexts(),
                    Boolean.TRUE.equals(f.irreversible()) ? "hide" : "warn",
                    ManageFilters.expiresAt(tx, f.expiresIn() == null ? 0 : f.expiresIn()));
            long keyword = store.insertKeyword(tx, id, phrase, ManageFilters.whole(f.wholeWord()));
            tx.emit(new FilterEvents.Changed(owner));
            Filter made = store.byId(tx.handle(), owner, id).orElseThrow();
            return FilterEntities.v1(
                    made,
                    made.keywords().stream()
                            .filter(k -> k.id() == keyword)
                            .findFirst()
                            .orElseThrow());
        });
    }

    FilterEntities.V1Entity update(int owner, long id, Fields f) {
        String phrase = f.phrase() == null ? null : FilterInput.keyword(f.phrase());
        return db.write(tx -> {
            Filter.Keyword k = store.keyword(tx.handle(), owner, id).orElseThrow(Problem::notFound);
            store.lockFilter(tx, k.filterId());
            Filter filter = store.byId(tx.handle(), owner, k.filterId()).orElseThrow();
            Filter changed = new Filter(
                    filter.id(),
                    owner,
                    filter.title(),
                    f.contexts() == null ? filter.contexts() : f.contexts(),
                    f.irreversible() == null ? filter.action() : f.irreversible() ? "hide" : "warn",
                    f.expiresIn() == null ? filter.expiresAt() : ManageFilters.expiresAt(tx, f.expiresIn()),
                    filter.keywords(),
                    filter.statuses());
            boolean filterChanged = !changed.contexts().equals(filter.contexts())
                    || !changed.action().equals(filter.action())
                    || changed.expiresAt() != filter.expiresAt();
            if (filterChanged && filter.keywords().size() > 1)
                throw Problem.unprocessable(
                        "This filter has several keywords; change its settings through the v2 filters API");
            store.updateKeyword(
                    tx,
                    new Filter.Keyword(
                            id,
                            k.filterId(),
                            phrase == null ? k.keyword() : phrase,
                            f.wholeWord() == null ? k.wholeWord() : f.wholeWord()));
            if (filterChanged) store.update(tx, changed);
            tx.emit(new FilterEvents.Changed(owner));
            Filter now = store.byId(tx.handle(), owner, k.filterId()).orElseThrow();
            return FilterEntities.v1(
                    now,
                    now.keywords().stream()
                            .filter(x -> x.id() == id)
                            .findFirst()
                            .orElseThrow());
        });
    }

    public void delete(int owner, long id) {
        db.writeVoid(tx -> {
            Filter.Keyword k = store.keyword(tx.handle(), owner, id).orElseThrow(Problem::notFound);
            store.lockFilter(tx, k.filterId());
            store.deleteKeyword(tx, id);
            Filter left = store.byId(tx.handle(), owner, k.filterId()).orElseThrow();
            if (left.keywords().isEmpty() && left.statuses().isEmpty()) store.delete(tx, owner, left.id());
            tx.emit(new FilterEvents.Changed(owner));
        });
    }
}
