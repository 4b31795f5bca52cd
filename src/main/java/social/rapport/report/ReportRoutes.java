package social.rapport.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.timeline.Paging;
import social.rapport.web.IdempotencyKeys;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;
import social.rapport.web.WebServer;

/** Mastodon's reports: filing one, and the moderators' list. Auth, parse, one service call, render. */
public final class ReportRoutes implements Routes {
    private final FileReport file;
    private final ListReports list;

    private final IdempotencyKeys keys;

    public ReportRoutes(FileReport file, ListReports list, IdempotencyKeys keys) {
        this.file = file;
        this.list = list;
        this.keys = keys;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/reports", ctx -> {
            Viewer v = Web.user(ctx, "write:reports");
            Params p = Params.of(ctx);
            var req = new FileReport.Request(
                    p.string("account_id"),
                    p.list("status_ids"),
                    p.string("comment"),
                    p.string("category"),
                    p.bool("forward"),
                    p.list("rule_ids"));
            // A retried report (same Idempotency-Key) answers the first report, kept as it was answered.
            ctx.json(keys.once(
                    v.accountId(),
                    "reports",
                    IdempotencyKeys.keyOf(ctx),
                    tx -> file.file(tx, v.accountId(), req),
                    ReportRoutes::asJson,
                    ReportRoutes::fromJson,
                    entity -> entity));
        });
        r.get("/api/v1/admin/reports", ctx -> {
            Viewer v = Web.user(ctx, "admin:read:reports");
            if (!v.isModerator()) throw Problem.forbidden("This action is not allowed");
            Paging.answer(ctx, list.page(v.accountId(), Paging.cursor(ctx)));
        });
    }

    private static String asJson(ReportEntity entity) {
        try {
            return WebServer.JSON.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object fromJson(String json) {
        try {
            return WebServer.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
