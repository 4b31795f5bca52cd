package social.rapport.notify;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Web;

/** Mastodon's announcements API: reading, dismissing, reacting. Administrators write them on their pages. */
final class AnnouncementRoutes implements social.rapport.web.Routes {
    private final Announcements announcements;

    AnnouncementRoutes(Announcements announcements) {
        this.announcements = announcements;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/announcements", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            Boolean with = Params.query(ctx).bool("with_dismissed");
            ctx.json(announcements.current(v.accountId(), Boolean.TRUE.equals(with)));
        });
        r.post("/api/v1/announcements/{id}/dismiss", ctx -> {
            Viewer v = Web.user(ctx, "write:accounts");
            announcements.dismiss(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.put("/api/v1/announcements/{id}/reactions/{name}", ctx -> {
            Viewer v = Web.user(ctx, "write:favourites");
            announcements.react(v.accountId(), Web.longId(ctx, "id"), ctx.pathParam("name"));
            ctx.json(Map.of());
        });
        r.delete("/api/v1/announcements/{id}/reactions/{name}", ctx -> {
            Viewer v = Web.user(ctx, "write:favourites");
            announcements.unreact(v.accountId(), Web.longId(ctx, "id"), ctx.pathParam("name"));
            ctx.json(Map.of());
        });
    }
}
