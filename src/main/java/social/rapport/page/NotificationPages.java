package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.SessionViewers;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.notify.ChangeNotifications;
import social.rapport.notify.Marker;
import social.rapport.notify.Markers;
import social.rapport.notify.NotificationEntity;
import social.rapport.notify.ReadNotifications;
import social.rapport.status.Cursor;
import social.rapport.timeline.LinkedPage;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * The notifications page (read through the same services as the API, so the same checks), with
 * dismiss, clear and mark-as-read; and the notification filters in settings, with what they held back.
 */
final class NotificationPages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("dismissed", "The notification is dismissed."),
            Map.entry("cleared", "Your notifications are cleared."),
            Map.entry("marked-read", "Your notifications are marked as read."),
            Map.entry("notification-policy-saved", "Your notification filters are saved.")));

    static final int PER_PAGE = 20;
    private static final List<String> POLICY_FIELDS =
            List.of("for_not_following", "for_not_followers", "for_new_accounts", "for_private_mentions");
    private final Pages pages;
    private final SocialPages.Services s;

    NotificationPages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/notifications", SignedIn.page(this::list));
        r.post("/notifications/read", SignedIn.page((ctx, me) -> {
            s.notifications().markers().readAllNotifications(me.account().id());
            Pages.seeOther(ctx, "/notifications", "marked-read");
        }));
        r.post("/notifications/clear", SignedIn.page((ctx, me) -> {
            s.notifications().change().clear(me.account().id());
            Pages.seeOther(ctx, "/notifications", "cleared");
        }));
        r.post("/notifications/{id}/dismiss", SignedIn.page((ctx, me) -> {
            s.notifications().change().dismiss(me.account().id(), Web.longId(ctx, "id"));
            Pages.seeOther(ctx, SocialPages.back(ctx, "/notifications"), "dismissed");
        }));
        r.get(
                "/settings/notifications",
                SignedIn.page((ctx, me) -> showSettings(ctx, 200, me.account().id(), null)));
        r.post("/settings/notifications", SignedIn.page((ctx, me) -> {
            Params p = Params.of(ctx);
            try {
                s.notifications()
                        .change()
                        .setPolicy(
                                me.account().id(),
                                new ChangeNotifications.PolicyChange(
                                        p.string("for_not_following"),
                                        p.string("for_not_followers"),
                                        p.string("for_new_accounts"),
                                        p.string("for_private_mentions"),
                                        null));
            } catch (Problem e) {
                showSettings(ctx, e.status(), me.account().id(), Form.EMPTY.with(e));
                return;
            }
            Pages.seeOther(ctx, "/settings/notifications", "notification-policy-saved");
        }));
    }

    private void list(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        long maxId = Ids.parse(ctx.queryParam("max_id") == null ? "" : ctx.queryParam("max_id"));
        LinkedPage<NotificationEntity> page = s.notifications()
                .read()
                .page(
                        viewer,
                        ReadNotifications.ALL,
                        new Cursor(maxId > 0 ? maxId : Long.MAX_VALUE, 0, false, PER_PAGE));
        Marker marker = s.notifications()
                .markers()
                .show(viewer, List.of(Markers.NOTIFICATIONS))
                .get(Markers.NOTIFICATIONS);
        Map<String, Object> model = new HashMap<>();
        model.put("items", page.items());
        model.put("lastRead", marker == null ? 0L : marker.lastReadId());
        model.put("older", page.items().size() == PER_PAGE ? page.next() : 0L);
        model.put("first", maxId <= 0);
        pages.render(ctx, "notifications/index.jte", "Notifications", model);
    }

    private void showSettings(Context ctx, int status, int viewer, Form form) {
        ReadNotifications.PolicyView policy = s.notifications().read().policy(viewer);
        Map<String, String> current = Map.of(
                "for_not_following",
                policy.forNotFollowing(),
                "for_not_followers",
                policy.forNotFollowers(),
                "for_new_accounts",
                policy.forNewAccounts(),
                "for_private_mentions",
                policy.forPrivateMentions());
        Map<String, Object> model = new HashMap<>();
        model.put("current", current);
        model.put("fields", POLICY_FIELDS);
        model.put("form", form == null ? Form.EMPTY : form);
        model.put(
                "filtered",
                s.notifications()
                        .read()
                        .filtered(viewer, Cursor.newest(Cursor.MAX_LIMIT))
                        .items());
        pages.render(ctx, status, "notifications/settings.jte", "Notification filters", model);
    }
}
