package social.rapport.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import social.rapport.account.AccountCounts;
import social.rapport.account.AccountEntity;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.status.StatusEntity;
import social.rapport.tag.ShowTags;
import social.rapport.tag.TagEntity;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's search: `/api/v2/search` and `/api/v1/accounts/search`; this server's accounts, tags and posts only. */
public final class SearchRoutes implements Routes {
    /** Mastodon's search answer; `statuses` only for a signed-in viewer. */
    public record Results(List<AccountEntity> accounts, List<StatusEntity> statuses, List<TagEntity> hashtags) {}

    private static final Set<String> TYPES = Set.of("accounts", "hashtags", "statuses");
    private final Search search;
    private final AccountCounts counts;
    private final String baseUrl;
    private final ShowTags tags;

    /** `tags` renders the hashtags found as Mastodon's Tag, with their history as the caller may count it. */
    public SearchRoutes(Search search, AccountCounts counts, String baseUrl, ShowTags tags) {
        this.search = search;
        this.tags = tags;
        this.counts = counts;
        this.baseUrl = baseUrl;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v2/search", this::search);
        r.get("/api/v1/accounts/search", this::accounts);
    }

    private void search(Context ctx) {
        Viewer v = Web.anyone(ctx, "read:search");
        Params p = Params.query(ctx);
        String q = query(p);
        String type = p.string("type");
        if (type != null && !type.isEmpty() && !TYPES.contains(type)) {
            throw Problem.invalid("type", "type must be accounts, hashtags or statuses");
        }
        int limit = limit(p, 20, 40);
        int offset = offset(p);
        p.bool("resolve");
        p.bool("exclude_unreviewed");
        boolean following = Boolean.TRUE.equals(p.bool("following"));
        boolean all = type == null || type.isEmpty();
        List<AccountEntity> accounts = all || type.equals("accounts")
                ? entities(v, search.accounts(v.accountId(), q, limit, offset, following))
                : List.of();
        List<TagEntity> hashtags = all || type.equals("hashtags")
                ? tags.render(
                        v.accountId(),
                        search.hashtags(v.accountId(), q, limit, offset).stream()
                                .map(Search.Tag::name)
                                .toList())
                : List.of();
        FindPosts.Request posts =
                new FindPosts.Request(q, accountId(p), id(p, "min_id"), id(p, "max_id"), limit, offset);
        List<StatusEntity> statuses = all || type.equals("statuses") ? search.posts(v.accountId(), posts) : List.of();
        ctx.json(new Results(accounts, statuses, hashtags));
    }

    private void accounts(Context ctx) {
        Viewer v = Web.user(ctx, "read:accounts");
        Params p = Params.query(ctx);
        String q = query(p);
        int limit = limit(p, 40, 80);
        int offset = offset(p);
        p.bool("resolve");
        boolean following = Boolean.TRUE.equals(p.bool("following"));
        ctx.json(entities(v, search.accounts(v.accountId(), q, limit, offset, following)));
    }

    private List<AccountEntity> entities(Viewer v, List<social.rapport.account.Account> found) {
        return found.stream()
                .map(a -> AccountEntity.of(a, baseUrl, counts.of(v.accountId(), a.id())))
                .toList();
    }

    private static String query(Params p) {
        String q = p.string("q");
        if (q == null || q.isBlank()) throw Problem.invalid("q", "q is missing");
        if (q.length() > 500) throw Problem.invalid("q", "q is too long");
        return q;
    }

    /** `account_id`: only this account's posts; 0 when not asked. */
    private static int accountId(Params p) {
        String s = p.string("account_id");
        if (s == null || s.isBlank()) return 0;
        long id = Ids.parse(s.strip());
        if (id <= 0 || id > Integer.MAX_VALUE) throw Problem.invalid("account_id", "account_id is not an account id");
        return (int) id;
    }

    /** A post id bound (`min_id`, `max_id`); 0 when not asked. */
    private static long id(Params p, String name) {
        String s = p.string(name);
        if (s == null || s.isBlank()) return 0;
        long id = Ids.parse(s.strip());
        if (id < 0) throw Problem.invalid(name, name + " must be an id");
        return id;
    }

    private static int limit(Params p, int fallback, int max) {
        Integer n = p.integer("limit");
        if (n == null) return fallback;
        if (n < 1) throw Problem.invalid("limit", "limit must be at least 1");
        return Math.min(n, max);
    }

    private static int offset(Params p) {
        Integer n = p.integer("offset");
        if (n == null) return 0;
        if (n < 0 || n > 1000) throw Problem.invalid("offset", "offset must be between 0 and 1000");
        return n;
    }
}
