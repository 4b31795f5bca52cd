package social.rapport.tag;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import social.rapport.core.Viewer;
import social.rapport.status.Cursor;
import social.rapport.timeline.Paging;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's hashtag endpoints: following tags, a tag's page, featured tags. */
public final class TagRoutes implements Routes {
    /** The services these routes call. */
    public record Services(ShowTags show, FollowTag follow, FeatureTags featured) {}

    private final Services s;

    public TagRoutes(Services services) {
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        // Anyone may look at a tag (as Mastodon's, without a scope); a signed-in caller learns whether they follow it.
        r.get("/api/v1/tags/{name}", ctx -> {
            Viewer v = Web.viewer(ctx);
            ctx.json(s.show().show(v.accountId(), ctx.pathParam("name")));
        });
        r.post("/api/v1/tags/{name}/follow", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            ctx.json(s.follow().follow(v.accountId(), ctx.pathParam("name")));
        });
        r.post("/api/v1/tags/{name}/unfollow", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            ctx.json(s.follow().unfollow(v.accountId(), ctx.pathParam("name")));
        });
        r.get("/api/v1/followed_tags", ctx -> {
            Viewer v = Web.user(ctx, "read:follows");
            // Mastodon's list of followed tags: 100 by default, at most 200.
            Integer asked = Params.query(ctx).integer("limit");
            if (asked != null && asked < 1)
                throw social.rapport.core.Problem.invalid("limit", "limit must be at least 1");
            Cursor c = Paging.cursor(ctx).withLimit(asked == null ? 100 : Math.min(asked, 200));
            Paging.answer(ctx, s.show().followed(v.accountId(), c.maxId(), c.minId(), c.ascending(), c.limit()));
        });
        r.get("/api/v1/featured_tags/suggestions", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            ctx.json(s.featured().suggestions(v.accountId()));
        });
        r.get("/api/v1/featured_tags", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            ctx.json(s.featured().mine(v.accountId()));
        });
        r.post("/api/v1/featured_tags", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            ctx.json(s.featured().feature(v.accountId(), Params.of(ctx).string("name")));
        });
        r.delete("/api/v1/featured_tags/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            s.featured().unfeature(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.get("/api/v1/accounts/{id}/featured_tags", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            ctx.json(s.featured().ofAccount(v.accountId(), Web.accountId(ctx, "id")));
        });
    }
}
