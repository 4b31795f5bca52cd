package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import social.rapport.core.Problem;
import social.rapport.notify.Announcements;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * The administrators' announcements page: publish one, delete one. The service refuses anyone but an
 * administrator with "not found", so to everyone else the page does not exist.
 */
public final class AnnouncementPages implements Routes {
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("announcement-published", "The announcement is published."),
            Map.entry("announcement-deleted", "The announcement is deleted.")));

    private final Pages pages;
    private final Announcements announcements;

    public AnnouncementPages(Pages pages, Announcements announcements) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.announcements = announcements;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(
                "/admin/announcements",
                SignedIn.page((ctx, me) -> show(ctx, 200, me.account().admin(), Form.EMPTY)));
        r.post("/admin/announcements", SignedIn.page((ctx, me) -> {
            boolean admin = me.account().admin();
            Params p = Params.of(ctx);
            try {
                announcements.publish(
                        admin,
                        p.string("text"),
                        p.string("starts_at"),
                        p.string("ends_at"),
                        Boolean.TRUE.equals(p.bool("all_day")));
            } catch (Problem e) {
                if (e.status() == 404) throw e;
                show(
                        ctx,
                        e.status(),
                        admin,
                        Form.entered(ctx.formParamMap(), "text", "starts_at", "ends_at")
                                .with(e));
                return;
            }
            Pages.seeOther(ctx, "/admin/announcements", "announcement-published");
        }));
        r.post("/admin/announcements/{id}/delete", SignedIn.page((ctx, me) -> {
            announcements.delete(me.account().admin(), Web.longId(ctx, "id"));
            Pages.seeOther(ctx, "/admin/announcements", "announcement-deleted");
        }));
    }

    private void show(Context ctx, int status, boolean admin, Form form) {
        pages.render(
                ctx,
                status,
                "admin/announcements.jte",
                "Announcements",
                Map.of("form", form, "announcements", announcements.all(admin)));
    }
}
