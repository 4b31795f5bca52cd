package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.search.FindPosts;
import social.rapport.search.Search;
import social.rapport.status.StatusEntity;
import social.rapport.web.Routes;

/**
 * Search at /search?q=: people, hashtags and posts through the same search service as the API, so
 * only accounts the viewer may see are found (never a blocked or suspended one), and only posts the
 * viewer may find (none for a visitor who is not signed in). Nothing changes state.
 */
final class SearchPages implements Routes {
    static final int LIMIT = 20;
    static final int MAX_QUERY = 500;
    private final Pages pages;
    private final SocialPages.Services s;

    SearchPages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/search", this::search);
    }

    private void search(Context ctx) {
        int viewer = BrowserSessions.current(ctx).map(f -> f.account().id()).orElse(0);
        // Where visitors may not search, the page asks them to sign in first, and comes back here.
        if (!s.search().maySearch(viewer) && SignedIn.orSignIn(ctx) == null) return;
        String raw = ctx.queryParam("q");
        String q = raw == null ? "" : raw.strip();
        Map<String, Object> model = new HashMap<>();
        model.put("q", q);
        if (q.length() > MAX_QUERY) {
            model.put("error", "The search is too long: at most " + MAX_QUERY + " characters.");
            model.put("people", List.<Account>of());
            model.put("tags", List.<Search.Tag>of());
            model.put("posts", List.<StatusEntity>of());
            model.put("actions", null);
            pages.render(ctx, 422, "search.jte", "Search", model);
            return;
        }
        model.put("error", null);
        model.put("people", q.isEmpty() ? List.of() : s.search().accounts(viewer, q, LIMIT, 0, false));
        model.put("tags", q.isEmpty() ? List.of() : s.search().hashtags(viewer, q, LIMIT, 0));
        List<StatusEntity> posts = q.isEmpty() || viewer <= 0
                ? List.of()
                : s.search().posts(viewer, new FindPosts.Request(q, 0, 0, 0, LIMIT, 0));
        model.put("posts", posts);
        model.put("actions", PostActions.of(ctx, pages, s.posts(), viewer, posts));
        pages.render(ctx, "search.jte", q.isEmpty() ? "Search" : "Search: " + q, model);
    }
}
