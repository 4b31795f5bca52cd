package social.rapport.report;

import io.javalin.config.RoutesConfig;
import social.rapport.core.Problem;
import social.rapport.timeline.Paging;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Viewer;
import social.rapport.web.Web;

/** Mastodon's reports: filing one, and the moderators' list. Auth, parse, one service call, render. */
public final class ReportRoutes implements Routes {
    private final FileReport file;
    private final ListReports list;

    public ReportRoutes(FileReport file, ListReports list) {
        this.file = file;
        this.list = list;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/reports", ctx -> {
            Viewer v = Web.user(ctx, "write:reports");
            Params p = Params.of(ctx);
            ctx.json(file.file(v.accountId(), new FileReport.Request(p.string("account_id"), p.list("status_ids"),
                    p.string("comment"), p.string("category"), p.bool("forward"), p.list("rule_ids"))));
        });
        r.get("/api/v1/admin/reports", ctx -> {
            Viewer v = Web.user(ctx, "admin:read:reports");
            if (!v.isModerator()) throw Problem.forbidden("This action is not allowed");
            Paging.answer(ctx, list.page(v.accountId(), Paging.cursor(ctx)));
        });
    }
}
