package social.rapport.notify;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.status.Cursor;
import social.rapport.timeline.Paging;
import social.rapport.web.Params;
import social.rapport.web.Web;

/** Mastodon 4.3's grouped notifications (`/api/v2/notifications`): auth, parse, one service call, render. */
final class GroupedNotificationRoutes implements social.rapport.web.Routes {
    private static final Set<String> EXPAND = Set.of("full", "partial_avatars");
    private final GroupedNotifications grouped;

    GroupedNotificationRoutes(GroupedNotifications grouped) {
        this.grouped = grouped;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v2/notifications", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            Params p = Params.query(ctx);
            expand(p);
            GroupedNotifications.Page page =
                    grouped.page(v.accountId(), NotificationRoutes.filter(p), groupedTypes(p), cursor(ctx, p));
            Paging.link(ctx, page.next(), page.prev());
            ctx.json(page.results());
        });
        r.get("/api/v2/notifications/unread_count", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            Params p = Params.query(ctx);
            Integer limit = p.integer("limit");
            if (limit != null && limit < 1) throw Problem.invalid("limit", "limit must be at least 1");
            ctx.json(new NotificationRoutes.UnreadCount(grouped.unreadCount(
                    v.accountId(),
                    NotificationRoutes.filter(p),
                    groupedTypes(p),
                    limit == null ? ReadNotifications.UNREAD_DEFAULT_LIMIT : limit)));
        });
        r.get("/api/v2/notifications/{group_key}", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            ctx.json(grouped.one(v.accountId(), ctx.pathParam("group_key")));
        });
        r.get("/api/v2/notifications/{group_key}/accounts", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            ctx.json(grouped.accounts(v.accountId(), ctx.pathParam("group_key")));
        });
        r.post("/api/v2/notifications/{group_key}/dismiss", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            grouped.dismiss(v.accountId(), ctx.pathParam("group_key"));
            ctx.json(Map.of());
        });
    }

    /** Mastodon's v2 list pages 40 groups by default and at most 80. */
    private static Cursor cursor(Context ctx, Params p) {
        Cursor c = Paging.cursor(ctx);
        Integer limit = p.integer("limit");
        int n = limit == null ? GroupedNotifications.DEFAULT_LIMIT : Math.min(limit, GroupedNotifications.MAX_LIMIT);
        return c.withLimit(n);
    }

    /** The types a client can show grouped: Mastodon's groupable types unless it names fewer. */
    private static Set<String> groupedTypes(Params p) {
        List<String> given = p.list("grouped_types");
        if (given.isEmpty()) return GroupKey.GROUPABLE;
        return Set.copyOf(NotificationRoutes.known(given));
    }

    /**
     * Every account a page names comes whole in `accounts`, also for `partial_avatars` (a client that
     * asks for partial accounts reads whole ones as well); any other value is a mistake.
     */
    private static void expand(Params p) {
        String e = p.string("expand_accounts");
        if (e != null && !EXPAND.contains(e)) {
            throw Problem.invalid("expand_accounts", "expand_accounts must be full or partial_avatars");
        }
    }
}
