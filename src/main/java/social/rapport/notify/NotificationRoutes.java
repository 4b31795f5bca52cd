package social.rapport.notify;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Set;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.timeline.Paging;
import social.rapport.web.Params;
import social.rapport.web.Viewer;
import social.rapport.web.Web;

/** Mastodon's notification endpoints: auth, parse, one service call, render. */
public final class NotificationRoutes implements social.rapport.web.Routes {
    static final Set<String> TYPES = Set.of("mention", "reblog", "favourite", "quote", "follow", "follow_request",
            "update", "invitation", "invitation_accepted", "claim", "recommendation");
    private final ReadNotifications read;
    private final ChangeNotifications change;

    public NotificationRoutes(ReadNotifications read, ChangeNotifications change) {
        this.read = read;
        this.change = change;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/notifications", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            Params p = Params.query(ctx);
            String from = p.string("account_id");
            int fromId = 0;
            if (from != null && !from.isBlank()) {
                long id = Ids.parse(from.trim());
                if (id <= 0 || id > Integer.MAX_VALUE) throw Problem.invalid("account_id", "account_id must be an id");
                fromId = (int) id;
            }
            var filter = new NotificationStore.Filter(types(p.list("types"), "types"),
                    types(p.list("exclude_types"), "exclude_types"), fromId, false);
            Paging.answer(ctx, read.page(v.accountId(), filter, Paging.cursor(ctx)));
        });
        r.post("/api/v1/notifications/clear", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            change.clear(v.accountId());
            ctx.json(java.util.Map.of());
        });
        r.get("/api/v1/notifications/{id}", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            ctx.json(read.one(v.accountId(), Web.longId(ctx, "id")));
        });
        r.post("/api/v1/notifications/{id}/dismiss", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            change.dismiss(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(java.util.Map.of());
        });
        r.get("/api/v2/notifications/policy", ctx -> {
            Viewer v = Web.user(ctx, "read:notifications");
            ctx.json(read.policy(v.accountId()));
        });
        r.patch("/api/v2/notifications/policy", ctx -> {
            Viewer v = Web.user(ctx, "write:notifications");
            Params p = Params.of(ctx);
            ctx.json(change.setPolicy(v.accountId(), new ChangeNotifications.PolicyChange(p.string("for_not_following"),
                    p.string("for_not_followers"), p.string("for_new_accounts"), p.string("for_private_mentions"),
                    p.string("for_limited_accounts"))));
        });
    }

    private static List<String> types(List<String> given, String field) {
        for (String t : given) {
            if (!TYPES.contains(t)) throw Problem.invalid(field, "Unknown notification type: " + t);
        }
        return given;
    }
}
