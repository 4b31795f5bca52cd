package social.rapport.timeline;

import io.javalin.config.RoutesConfig;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Timelines, profiles' posts, bookmarks and favourites: auth, parse, one service call, render. */
public final class TimelineRoutes implements Routes {
    private final HomeTimeline home;
    private final PublicTimeline pub;
    private final AccountStatuses profile;
    private final SavedStatuses saved;

    public TimelineRoutes(HomeTimeline home, PublicTimeline pub, AccountStatuses profile, SavedStatuses saved) {
        this.home = home;
        this.pub = pub;
        this.profile = profile;
        this.saved = saved;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/timelines/home", ctx -> {
            Viewer v = Web.user(ctx, "read:statuses");
            Paging.answer(ctx, home.page(v.accountId(), Paging.cursor(ctx)));
        });
        r.get("/api/v1/timelines/public", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            Params.query(ctx).bool("local");
            Paging.answer(ctx, pub.page(v.accountId(), Paging.cursor(ctx)));
        });
        r.get("/api/v1/timelines/tag/{tag}", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            Paging.answer(ctx, pub.tag(v.accountId(), ctx.pathParam("tag"), Paging.cursor(ctx)));
        });
        r.get("/api/v1/accounts/{id}/statuses", ctx -> {
            Viewer v = Web.anyone(ctx, "read:statuses");
            Params p = Params.query(ctx);
            var filter = new AccountStatuses.Filter(
                    Boolean.TRUE.equals(p.bool("pinned")),
                    Boolean.TRUE.equals(p.bool("exclude_replies")),
                    Boolean.TRUE.equals(p.bool("exclude_reblogs")));
            Paging.answer(ctx, profile.page(v.accountId(), Web.accountId(ctx, "id"), Paging.cursor(ctx), filter));
        });
        r.get("/api/v1/bookmarks", ctx -> {
            Viewer v = Web.user(ctx, "read:bookmarks");
            Paging.answer(ctx, saved.bookmarks(v.accountId(), Paging.cursor(ctx)));
        });
        r.get("/api/v1/favourites", ctx -> {
            Viewer v = Web.user(ctx, "read:favourites");
            Paging.answer(ctx, saved.favourites(v.accountId(), Paging.cursor(ctx)));
        });
    }
}
