package social.rapport.filter;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * Mastodon's filters: `/api/v2/filters` with their keywords and posts, and the older
 * `/api/v1/filters` over the same filters. Each is its owner's: another's id answers as a missing one.
 */
public final class FilterRoutes implements Routes {
    private static final String READ = "read:filters";
    private static final String WRITE = "write:filters";
    private final ManageFilters filters;
    private final V1Filters v1;

    public FilterRoutes(ManageFilters filters, V1Filters v1) {
        this.filters = filters;
        this.v1 = v1;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v2/filters", ctx -> ctx.json(filters.list(user(ctx, READ))));
        r.post("/api/v2/filters", ctx -> {
            int me = user(ctx, WRITE);
            Params p = Params.of(ctx);
            Long expiresIn = FilterInput.expiresIn(p);
            ctx.json(filters.create(
                    me,
                    new ManageFilters.Draft(
                            p.string("title"),
                            FilterInput.contexts(p),
                            FilterInput.action(p),
                            expiresIn == null ? 0 : expiresIn,
                            FilterInput.keywords(p))));
        });
        r.get("/api/v2/filters/{id}", ctx -> ctx.json(filters.show(user(ctx, READ), id(ctx))));
        r.put("/api/v2/filters/{id}", ctx -> {
            int me = user(ctx, WRITE);
            long id = id(ctx);
            Params p = Params.of(ctx);
            ctx.json(filters.update(
                    me,
                    id,
                    new ManageFilters.Patch(
                            p.has("title") ? p.string("title", "") : null,
                            FilterInput.contexts(p),
                            FilterInput.action(p),
                            FilterInput.expiresIn(p),
                            FilterInput.keywords(p))));
        });
        r.delete("/api/v2/filters/{id}", ctx -> {
            filters.delete(user(ctx, WRITE), id(ctx));
            ctx.json(Map.of());
        });

        r.get("/api/v2/filters/{id}/keywords", ctx -> ctx.json(filters.keywords(user(ctx, READ), id(ctx))));
        r.post("/api/v2/filters/{id}/keywords", ctx -> {
            int me = user(ctx, WRITE);
            long id = id(ctx);
            Params p = Params.of(ctx);
            ctx.json(filters.addKeyword(me, id, p.string("keyword"), p.bool("whole_word")));
        });
        for (String path : new String[] {"/api/v2/filters/keywords/{id}"}) {
            r.get(path, ctx -> ctx.json(filters.keyword(user(ctx, READ), id(ctx))));
            r.put(path, ctx -> {
                int me = user(ctx, WRITE);
                long id = id(ctx);
                Params p = Params.of(ctx);
                ctx.json(filters.updateKeyword(
                        me, id, p.has("keyword") ? p.string("keyword", "") : null, p.bool("whole_word")));
            });
            r.delete(path, ctx -> {
                filters.deleteKeyword(user(ctx, WRITE), id(ctx));
                ctx.json(Map.of());
            });
        }

        r.get("/api/v2/filters/{id}/statuses", ctx -> ctx.json(filters.statuses(user(ctx, READ), id(ctx))));
        r.post("/api/v2/filters/{id}/statuses", ctx -> {
            int me = user(ctx, WRITE);
            long id = id(ctx);
            String status = Params.of(ctx).string("status_id");
            if (status == null || status.isBlank()) throw Problem.invalid("status_id", "status_id can't be blank");
            long statusId = Ids.parse(status.trim());
            ctx.json(filters.addStatus(me, id, statusId));
        });
        for (String path : new String[] {"/api/v2/filters/statuses/{id}"}) {
            r.get(path, ctx -> ctx.json(filters.status(user(ctx, READ), id(ctx))));
            r.delete(path, ctx -> {
                filters.deleteStatus(user(ctx, WRITE), id(ctx));
                ctx.json(Map.of());
            });
        }

        r.get("/api/v1/filters", ctx -> ctx.json(v1.list(user(ctx, READ))));
        r.post("/api/v1/filters", ctx -> {
            int me = user(ctx, WRITE);
            ctx.json(v1.create(me, v1Fields(Params.of(ctx))));
        });
        r.get("/api/v1/filters/{id}", ctx -> ctx.json(v1.show(user(ctx, READ), id(ctx))));
        r.put("/api/v1/filters/{id}", ctx -> {
            int me = user(ctx, WRITE);
            long id = id(ctx);
            ctx.json(v1.update(me, id, v1Fields(Params.of(ctx))));
        });
        r.delete("/api/v1/filters/{id}", ctx -> {
            v1.delete(user(ctx, WRITE), id(ctx));
            ctx.json(Map.of());
        });
    }

    private static V1Filters.Fields v1Fields(Params p) {
        return new V1Filters.Fields(
                p.has("phrase") ? p.string("phrase", "") : null,
                FilterInput.contexts(p),
                p.bool("irreversible"),
                p.bool("whole_word"),
                FilterInput.expiresIn(p));
    }

    private static int user(Context ctx, String scope) {
        Viewer v = Web.user(ctx, scope);
        return v.accountId();
    }

    private static long id(Context ctx) {
        return Web.longId(ctx, "id");
    }
}
