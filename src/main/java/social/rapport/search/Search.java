package social.rapport.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.store.Database;

/**
 * Finds accounts and hashtags by the start of their names, for the search API and the composer's
 * suggestions, and posts by their words ({@link FindPosts}). Only accounts the viewer may see are
 * found (never a blocked or suspended one), and only hashtags on public posts the viewer may see;
 * nothing is fetched from other servers.
 */
public final class Search {
    /** A hashtag and how many of its recent public posts the viewer may see. */
    public record Tag(String name, int posts) {}

    static final int MAX_QUERY = 100;
    private static final int ACCOUNT_CHUNK = 50;
    private static final int ACCOUNT_CHUNKS = 20;
    private static final int TAG_USES = 500;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_]{1,100}");

    private final Database db;
    private final AccountStore accounts;
    private final StatusAccess access;
    private final String domain;
    private final SearchStore store = new SearchStore();
    private final java.util.function.BooleanSupplier signedOutSearch;
    private final FindPosts posts;

    public Search(Database db, AccountStore accounts, StatusAccess access, String domain) {
        this(db, accounts, access, domain, () -> true, null);
    }

    /**
     * `signedOutSearch`: the instance's setting for whether visitors who are not signed in may search;
     * `posts`: the full-text search of posts.
     */
    public Search(
            Database db,
            AccountStore accounts,
            StatusAccess access,
            String domain,
            java.util.function.BooleanSupplier signedOutSearch,
            FindPosts posts) {
        this.db = db;
        this.posts = posts;
        this.accounts = accounts;
        this.access = access;
        this.domain = domain.toLowerCase(Locale.ROOT);
        this.signedOutSearch = signedOutSearch;
    }

    /** May this viewer search at all? Signed-in people always; visitors when the instance lets them. */
    public boolean maySearch(int viewer) {
        return viewer > 0 || signedOutSearch.getAsBoolean();
    }

    private void checkMaySearch(int viewer) {
        if (!maySearch(viewer)) throw Problem.unauthorized("This method requires an authenticated user");
    }

    private AudiencePolicy policy() {
        return access.policy();
    }

    /**
     * Posts whose words match the query that the viewer may find (see {@link FindPosts}); none for a
     * visitor who is not signed in, nor where this search has no index of posts.
     */
    public List<social.rapport.status.StatusEntity> posts(int viewer, FindPosts.Request request) {
        checkMaySearch(viewer);
        return posts == null ? List.of() : posts.find(viewer, request);
    }

    /** The API's routes over this service. */
    public SearchRoutes routes(
            social.rapport.account.AccountCounts counts, String baseUrl, social.rapport.tag.ShowTags tags) {
        return new SearchRoutes(this, counts, baseUrl, tags);
    }

    /**
     * Accounts whose handle or display name starts with the query (`ana`, `@ana`, `ana@this.domain`),
     * that the viewer may see; with `following`, only those the viewer follows. The exact handle
     * comes first. `offset` skips that many of the visible ones.
     */
    public List<Account> accounts(int viewer, String query, int limit, int offset, boolean following) {
        checkMaySearch(viewer);
        String q = accountQuery(query);
        if (q.isEmpty() || limit <= 0) return List.of();
        int wanted = offset + limit;
        List<Account> found = db.read(h -> {
            List<Account> out = new ArrayList<>();
            for (int chunk = 0; chunk < ACCOUNT_CHUNKS && out.size() < wanted; chunk++) {
                List<Integer> ids = store.accountIds(h, q, chunk * ACCOUNT_CHUNK, ACCOUNT_CHUNK);
                Map<Integer, Account> byId = new HashMap<>();
                for (Account a : accounts.byIds(h, ids)) byId.put(a.id(), a);
                for (int id : ids) {
                    Account a = byId.get(id);
                    if (a == null || !a.active() || !policy().mayList(viewer, id, a.discoverable())) continue;
                    if (following && (viewer <= 0 || !policy().relations().follows(viewer, id))) continue;
                    out.add(a);
                }
                if (ids.size() < ACCOUNT_CHUNK) break;
            }
            return out;
        });
        return page(found, offset, limit);
    }

    /**
     * Hashtags starting with the query (`gar` or `#gar`) found on recent public posts the viewer may
     * see: the exact tag first, then the most used, then by name.
     */
    public List<Tag> hashtags(int viewer, String query, int limit, int offset) {
        checkMaySearch(viewer);
        String q = query == null ? "" : query.strip();
        if (q.startsWith("#")) q = q.substring(1);
        q = q.toLowerCase(Locale.ROOT);
        if (!TAG.matcher(q).matches() || limit <= 0) return List.of();
        String prefix = q;
        List<Tag> tags = db.read(h -> {
            List<SearchStore.TagUse> uses = store.tagUses(h, prefix, TAG_USES);
            List<Status> seen = access.visibleByIds(
                    h, viewer, uses.stream().map(SearchStore.TagUse::statusId).toList());
            java.util.Set<Integer> unindexed = new java.util.HashSet<>();
            List<Integer> authors =
                    seen.stream().map(Status::accountId).distinct().toList();
            for (Account a : authors.isEmpty() ? List.<Account>of() : accounts.byIds(h, authors)) {
                if (!access.policy().mayIndex(viewer, a.id(), a.indexable())) unindexed.add(a.id());
            }
            java.util.Set<Long> visible = new java.util.HashSet<>();
            for (Status s : seen) {
                if (policy().mayList(viewer, s, s.isReblog()) && !unindexed.contains(s.accountId()))
                    visible.add(s.id());
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (SearchStore.TagUse u : uses) {
                if (visible.contains(u.statusId())) counts.merge(u.tag(), 1, Integer::sum);
            }
            List<Tag> out = new ArrayList<>();
            counts.forEach((name, n) -> out.add(new Tag(name, n)));
            out.sort(Comparator.comparing((Tag t) -> !t.name().equals(prefix))
                    .thenComparing(Comparator.comparingInt(Tag::posts).reversed())
                    .thenComparing(Tag::name));
            return out;
        });
        return page(tags, offset, limit);
    }

    /** `@ana`, `ana@this.domain` → `ana`; another domain's account is never here, so nothing is found. */
    private String accountQuery(String query) {
        String q = query == null ? "" : query.strip();
        if (q.startsWith("@")) q = q.substring(1);
        int at = q.indexOf('@');
        if (at >= 0) {
            if (!q.substring(at + 1).toLowerCase(Locale.ROOT).equals(domain)) return "";
            q = q.substring(0, at);
        }
        q = q.strip().toLowerCase(Locale.ROOT);
        return q.length() > MAX_QUERY ? "" : q;
    }

    private static <T> List<T> page(List<T> all, int offset, int limit) {
        int from = Math.min(Math.max(0, offset), all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }
}
