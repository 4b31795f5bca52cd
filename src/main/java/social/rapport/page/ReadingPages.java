package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import social.rapport.account.Account;
import social.rapport.account.SessionViewers;
import social.rapport.core.Problem;
import social.rapport.search.Search;
import social.rapport.status.StatusEntity;
import social.rapport.timeline.LinkedPage;
import social.rapport.web.Routes;

/**
 * The reading pages: a hashtag's public posts, the local public timeline (signed out too), one's
 * bookmarks and likes; each through the same service as its API endpoint, newest first, with an
 * "Older posts" link that htmx follows by itself when it scrolls into view. Also the composer's
 * mention and hashtag suggestions, from the same search as the API.
 */
final class ReadingPages implements Routes {
    static final int SUGGESTIONS = 6;
    private final Pages pages;
    private final SocialPages.Services s;

    ReadingPages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(
                "/public",
                ctx -> list(
                        ctx,
                        viewer(ctx),
                        "/public",
                        "Public posts",
                        "Posts their authors made public, newest first.",
                        "No public posts yet.",
                        v -> s.timelines().publicTimeline().page(v, Listing.cursor(ctx))));
        r.get("/tags/{tag}", ctx -> {
            String tag = ctx.pathParam("tag").strip().toLowerCase(Locale.ROOT);
            if (tag.startsWith("#")) tag = tag.substring(1);
            if (tag.isEmpty() || tag.length() > 100) throw Problem.notFound();
            String t = tag;
            String path =
                    "/tags/" + URLEncoder.encode(t, StandardCharsets.UTF_8).replace("+", "%20");
            list(
                    ctx,
                    viewer(ctx),
                    path,
                    "#" + t,
                    "Public posts with this hashtag, newest first.",
                    "No public posts with #" + t + " yet.",
                    v -> s.timelines().publicTimeline().tag(v, t, Listing.cursor(ctx)));
        });
        r.get("/bookmarks", SignedIn.page((ctx, me) -> {
            list(
                    ctx,
                    me.account().id(),
                    "/bookmarks",
                    "Bookmarks",
                    "Posts you saved, most recently saved first. Only you see them.",
                    "You have no bookmarks yet.",
                    v -> s.timelines().saved().bookmarks(v, Listing.cursor(ctx)));
        }));
        r.get("/favourites", SignedIn.page((ctx, me) -> {
            list(
                    ctx,
                    me.account().id(),
                    "/favourites",
                    "Likes",
                    "Posts you liked, most recently liked first.",
                    "You have not liked any posts yet.",
                    v -> s.timelines().saved().favourites(v, Listing.cursor(ctx)));
        }));
        r.get("/compose/suggest", SignedIn.page(this::suggest));
    }

    private static int viewer(Context ctx) {
        return BrowserSessions.current(ctx).map(f -> f.account().id()).orElse(0);
    }

    private void list(
            Context ctx,
            int viewer,
            String path,
            String heading,
            String intro,
            String empty,
            IntFunction<LinkedPage<StatusEntity>> load) {
        LinkedPage<StatusEntity> page = load.apply(viewer);
        PostActions actions = PostActions.of(ctx, pages, s.posts(), viewer, page.items());
        if (Listing.fragment(ctx)) {
            Listing.more(pages, ctx, page, path, actions);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("heading", heading);
        model.put("intro", intro);
        model.put("empty", empty);
        model.put("timeline", page.items());
        model.put("actions", actions);
        model.put("older", Listing.optional(Listing.older(path, page)));
        // A hashtag's feeds list its public posts, as its page does for a signed-out visitor.
        model.put("feed", path.startsWith("/tags/") ? path : null);
        pages.render(ctx, "timeline/list.jte", heading, model);
    }

    /** `q` is `@` or `#` and the start of a handle or tag; answers a listbox fragment (empty when nothing fits). */
    private void suggest(Context ctx, SessionViewers.Found me) {
        String q = ctx.queryParam("q");
        if (q == null) throw Problem.invalid("q", "q is missing");
        int viewer = me.account().id();
        List<Suggestion> out = new ArrayList<>();
        if (q.startsWith("@") && q.length() > 1) {
            for (Account a : s.search().accounts(viewer, q, SUGGESTIONS, 0, false)) {
                out.add(new Suggestion("@" + a.handle(), a.shownName(), "@" + a.handle()));
            }
        } else if (q.startsWith("#") && q.length() > 1) {
            for (Search.Tag t : s.search().hashtags(viewer, q, SUGGESTIONS, 0)) {
                out.add(new Suggestion(
                        "#" + t.name(), "#" + t.name(), t.posts() == 1 ? "1 post" : t.posts() + " posts"));
            }
        }
        pages.render(ctx, "compose/suggest.jte", "Suggestions", Map.of("suggestions", out));
    }
}
