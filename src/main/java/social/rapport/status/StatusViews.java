package social.rapport.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountEntity;
import social.rapport.account.AccountStore;
import social.rapport.status.poll.Polls;

/**
 * Renders a page of posts the viewer may see, with everything loaded for the whole page at once:
 * {@link StatusLoader} reads (the I/O), {@link StatusMapper} makes the entities and asks the
 * audience policy about each part that points elsewhere (no I/O). The viewer's filters are applied
 * here, for every listing at once: read once per page, matched by {@link FilterMatcher}.
 */
public final class StatusViews {
    private final StatusAccess access;
    private final StatusLoader loader;
    private final StatusMapper mapper;
    private final ViewerFilters filters;

    /** Renders posts without their polls (for an imagined viewer, who has no votes to show). */
    public StatusViews(StatusAccess access, AccountStore accounts, String baseUrl, ViewerFilters filters) {
        this(access, accounts, baseUrl, filters, null, PostMedia.NONE);
    }

    /**
     * Renders posts with their polls, as the viewer sees them (their own votes, totals if shown), and
     * their media, with addresses made for the viewer.
     */
    public StatusViews(
            StatusAccess access,
            AccountStore accounts,
            String baseUrl,
            ViewerFilters filters,
            Polls polls,
            PostMedia media) {
        this.access = access;
        this.loader = new StatusLoader(access, accounts, polls, media);
        this.mapper = new StatusMapper(access.policy(), baseUrl, accounts.emojis());
        this.filters = filters;
    }

    /**
     * Renders posts already checked as visible (through {@link StatusAccess}) that were asked for by
     * themselves (by id, a bookmark): every filter of the viewer that matches is shown on the post,
     * and none removes it. Keeps their order.
     */
    public List<StatusEntity> render(Handle h, int viewer, List<Status> visible) {
        return render(h, viewer, visible, null);
    }

    /**
     * Renders posts already checked as visible, listed in `context`: the viewer's filters for that
     * context apply, a `hide` one leaving the post out (so a page may come out shorter than its
     * rows; its paging goes by the rows), the others shown on it as `filtered`. Keeps their order.
     */
    public List<StatusEntity> render(Handle h, int viewer, List<Status> visible, FilterContext context) {
        if (visible.isEmpty()) return List.of();
        StatusLoader.Loaded page = loader.load(h, viewer, visible);
        List<ViewerFilters.Rule> rules = viewer > 0 ? filters.active(h, viewer) : List.of();
        Map<Long, List<FilterMatcher.Result>> filtered = new HashMap<>();
        List<Status> shown = visible;
        if (!rules.isEmpty()) {
            shown = new ArrayList<>(visible.size());
            for (Status s : visible) {
                Status subject = page.subjects().get(s.isReblog() ? s.reblogOfId() : s.id());
                FilterMatcher.Verdict v = FilterMatcher.verdict(rules, s, subject, context);
                if (v.hidden()) continue;
                shown.add(s);
                if (!v.results().isEmpty()) filtered.put(s.id(), v.results());
            }
            if (shown.isEmpty()) return List.of();
        }
        List<Status> quoted = mapper.shownQuotes(viewer, loader.quoted(h, page));
        Map<Long, StatusEntity> quotes = new HashMap<>();
        if (!quoted.isEmpty()) {
            for (StatusEntity e :
                    mapper.map(viewer, quoted, loader.load(h, viewer, quoted), Map.of(), true, Map.of())) {
                quotes.put(Long.parseLong(e.id()), e);
            }
        }
        return mapper.map(viewer, shown, page, quotes, false, filtered);
    }

    /**
     * The ids of the posts among `visible` that the viewer's `hide` filters for `context` remove,
     * for listings that hold posts without rendering them all (notifications and their counts).
     */
    public Set<Long> hidden(Handle h, int viewer, Collection<Status> visible, FilterContext context) {
        if (viewer <= 0 || visible.isEmpty()) return Set.of();
        List<ViewerFilters.Rule> rules = filters.active(h, viewer);
        if (rules.stream().noneMatch(r -> r.hides() && r.contexts().contains(context))) return Set.of();
        Map<Long, Status> originals = access.originalsOf(h, visible);
        Set<Long> out = new HashSet<>();
        for (Status s : visible) {
            Status subject = s.isReblog() ? originals.get(s.reblogOfId()) : s;
            if (FilterMatcher.verdict(rules, s, subject, context).hidden()) out.add(s.id());
        }
        return out;
    }

    /**
     * The account as shown on a post. Made from the whole stored row, which is also the key: a row
     * that changed in any way is a different key, so a kept entity is never out of date.
     */
    public AccountEntity account(Account a) {
        return mapper.account(a);
    }

    public List<AccountEntity> accounts(Handle h, Collection<Integer> ids) {
        Map<Integer, Account> byId = loader.accounts(h, ids);
        List<AccountEntity> out = new ArrayList<>();
        for (int id : ids) if (byId.containsKey(id)) out.add(mapper.account(byId.get(id)));
        return out;
    }

    /** The history of a post the viewer may see: every version, oldest first. */
    public List<StatusEntity.Edit> history(Handle h, int viewer, Status s) {
        return mapper.history(s, loader.author(h, s), loader.versions(h, s), loader.mediaById(h, viewer, s));
    }
}
