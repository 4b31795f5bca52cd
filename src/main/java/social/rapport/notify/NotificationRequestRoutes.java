package social.rapport.notify;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.timeline.Paging;
import social.rapport.web.Params;
import social.rapport.web.Web;

/** Mastodon's notification requests (`/api/v1/notifications/requests`): auth, parse, one service call, render. */
final class NotificationRequestRoutes implements social.rapport.web.Routes {
    private final NotificationRequests requests;

    NotificationRequestRoutes(NotificationRequests requests) {
        this.requests = requests;
    }

    public record Merged(boolean merged) {}

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/notifications/requests", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            Paging.answer(ctx, requests.page(v.accountId(), Paging.cursor(ctx)));
        });
        // Accepting is done at once, so the notifications are always merged by the time anyone asks.
        r.get("/api/v1/notifications/requests/merged", ctx -> {
            Web.user(ctx, "read:notifications");
            ctx.json(new Merged(true));
        });
        r.post("/api/v1/notifications/requests/accept", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            requests.acceptAll(v.accountId(), ids(Params.of(ctx)));
            ctx.json(Map.of());
        });
        r.post("/api/v1/notifications/requests/dismiss", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            requests.dismissAll(v.accountId(), ids(Params.of(ctx)));
            ctx.json(Map.of());
        });
        r.get("/api/v1/notifications/requests/{id}", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            ctx.json(requests.one(v.accountId(), Web.longId(ctx, "id")));
        });
        r.post("/api/v1/notifications/requests/{id}/accept", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            requests.accept(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.post("/api/v1/notifications/requests/{id}/dismiss", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            requests.dismiss(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
    }

    /** `id[]`: at least one, each an id. */
    private static List<Long> ids(Params p) {
        List<String> given = p.list("id");
        if (given.isEmpty()) throw Problem.invalid("id", "id must name at least one request");
        if (given.size() > 100) throw Problem.invalid("id", "id names at most 100 requests");
        List<Long> out = new ArrayList<>();
        for (String s : given) {
            long id = s == null ? -1 : Ids.parse(s.trim());
            if (id <= 0) throw Problem.invalid("id", "id must be an id");
            out.add(id);
        }
        return out;
    }
}
