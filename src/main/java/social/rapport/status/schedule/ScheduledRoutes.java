package social.rapport.status.schedule;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's scheduled statuses API, for their owner only: auth, parse, one service call, render. */
public final class ScheduledRoutes implements Routes {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 40;
    private final ScheduledStatuses scheduled;

    public ScheduledRoutes(ScheduledStatuses scheduled) {
        this.scheduled = scheduled;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/scheduled_statuses", ctx -> {
            Viewer v = Web.user(ctx, "read:statuses");
            Params q = Params.query(ctx);
            Integer limit = q.integer("limit");
            if (limit != null && limit < 1) throw Problem.invalid("limit", "limit must be at least 1");
            int n = limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
            long max = id(q, "max_id", Long.MAX_VALUE);
            long min = id(q, "min_id", -1);
            boolean ascending = min >= 0;
            ctx.json(scheduled.list(
                    v.accountId(), max, ascending ? min : Math.max(0, id(q, "since_id", 0)), ascending, n));
        });
        r.get("/api/v1/scheduled_statuses/{id}", ctx -> {
            Viewer v = Web.user(ctx, "read:statuses");
            ctx.json(scheduled.show(v.accountId(), Web.longId(ctx, "id")));
        });
        r.put("/api/v1/scheduled_statuses/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:statuses");
            long id = Web.longId(ctx, "id");
            ctx.json(scheduled.reschedule(v.accountId(), id, Params.of(ctx).string("scheduled_at")));
        });
        r.delete("/api/v1/scheduled_statuses/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:statuses");
            scheduled.cancel(v.accountId(), Web.longId(ctx, "id"));
            empty(ctx);
        });
    }

    private static void empty(Context ctx) {
        ctx.json(java.util.Map.of());
    }

    private static long id(Params p, String name, long absent) {
        String v = p.string(name);
        if (v == null || v.isBlank()) return absent;
        long id = Ids.parse(v.trim());
        if (id < 0) throw Problem.invalid(name, name + " must be an id");
        return id;
    }
}
