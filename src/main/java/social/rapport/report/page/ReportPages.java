package social.rapport.report.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.FindAccount;
import social.rapport.account.SessionViewers;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.page.Form;
import social.rapport.page.Notices;
import social.rapport.page.Page;
import social.rapport.page.Pages;
import social.rapport.page.ReturnTo;
import social.rapport.page.SignedIn;
import social.rapport.report.FileReport;
import social.rapport.report.ReportEntity;
import social.rapport.report.Reports;
import social.rapport.review.ResearchCards;
import social.rapport.status.Cursor;
import social.rapport.status.Posts;
import social.rapport.status.StatusEntity;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * Reporting a post or a person from the pages, and the moderators' list of reports: the same
 * services as the API. A post or person the reporter may not see answers the same 404 page as a
 * missing one, and nothing is stored.
 */
public final class ReportPages implements Routes {
    /** The services these pages call: the same ones the API calls. */
    public record Services(Reports reports, Posts posts, ResearchCards cards, FindAccount find) {}

    /** The notices these pages redirect with. */
    static final Notices NOTICES =
            new Notices(Map.ofEntries(Map.entry("reported", "Your report is sent to the moderators.")));

    static final int RECENT_POSTS = 20;
    static final int REPORTS_PER_PAGE = 20;
    private final Pages pages;
    private final Services s;

    public ReportPages(Pages pages, Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(
                "/statuses/{id}/report",
                SignedIn.page((ctx, me) -> postForm(ctx, 200, me.account().id(), Form.EMPTY)));
        r.post("/statuses/{id}/report", SignedIn.page(this::reportPost));
        r.get(
                "/people/{id}/report",
                SignedIn.page((ctx, me) -> personForm(ctx, 200, me.account().id(), Form.EMPTY, List.of())));
        r.post("/people/{id}/report", SignedIn.page(this::reportPerson));
        r.get("/admin/reports", SignedIn.page(this::list));
    }

    private static StatusEntity original(StatusEntity e) {
        return e.reblog() != null ? e.reblog() : e;
    }

    private void postForm(Context ctx, int status, int viewer, Form form) {
        long id = Web.longId(ctx, "id");
        StatusEntity target = original(s.posts().services().show().show(viewer, id));
        String returnTo = ReturnTo.or(
                ctx.method().name().equals("GET") ? ctx.queryParam("return_to") : ctx.formParam("return_to"), "/");
        Map<String, Object> model = new HashMap<>();
        model.put("target", target);
        model.put("form", form);
        model.put("returnTo", returnTo);
        pages.render(ctx, status, "report/post.jte", "Report a post", model);
    }

    private void reportPost(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        long id = Web.longId(ctx, "id");
        // The post as the reporter may see it (else the 404 of a missing post); the service checks again.
        StatusEntity target = original(s.posts().services().show().show(viewer, id));
        try {
            s.reports()
                    .file()
                    .file(
                            viewer,
                            new FileReport.Request(
                                    target.account().id(),
                                    List.of(target.id()),
                                    ctx.formParam("comment"),
                                    ctx.formParam("category"),
                                    false,
                                    List.of()));
        } catch (Problem e) {
            if (e.status() != 422) throw e;
            postForm(
                    ctx,
                    422,
                    viewer,
                    Form.entered(ctx.formParamMap(), "category", "comment").with(e));
            return;
        }
        Pages.seeOther(
                ctx,
                ReturnTo.withNotice(
                        ReturnTo.withoutFragment(ReturnTo.or(ctx.formParam("return_to"), "/")), "reported"));
    }

    private void personForm(Context ctx, int status, int viewer, Form form, List<String> picked) {
        int id = Web.accountId(ctx, "id");
        var card = s.cards().card(viewer, id, RECENT_POSTS, Long.MAX_VALUE);
        List<StatusEntity> posts = new ArrayList<>();
        for (StatusEntity e : card.posts()) {
            StatusEntity o = original(e);
            if (o.account().id().equals(Integer.toString(id)) && posts.stream().noneMatch(p -> p.id().equals(o.id()))) {
                posts.add(o);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("person", card.account());
        model.put("posts", posts);
        model.put("picked", picked);
        model.put("form", form);
        pages.render(
                ctx, status, "report/person.jte", "Report " + card.account().shownName(), model);
    }

    private void reportPerson(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        int id = Web.accountId(ctx, "id");
        List<String> picked = ctx.formParams("status_ids");
        try {
            s.reports()
                    .file()
                    .file(
                            viewer,
                            new FileReport.Request(
                                    Integer.toString(id),
                                    picked,
                                    ctx.formParam("comment"),
                                    ctx.formParam("category"),
                                    false,
                                    List.of()));
        } catch (Problem e) {
            if (e.status() != 422) throw e;
            personForm(
                    ctx,
                    422,
                    viewer,
                    Form.entered(ctx.formParamMap(), "category", "comment").with(e),
                    picked);
            return;
        }
        Pages.seeOther(ctx, Page.profilePath(s.find().byId(id).handle()), "reported");
    }

    /** The reports, newest first, for moderators and administrators; to anyone else this page does not exist. */
    private void list(Context ctx, SessionViewers.Found me) {
        String role = me.account().role();
        if (!"admin".equals(role) && !"moderator".equals(role)) throw Problem.notFound();
        String max = ctx.queryParam("max_id");
        long maxId = max == null || max.isBlank() ? Long.MAX_VALUE : Ids.parse(max.strip());
        if (maxId <= 0) throw Problem.invalid("max_id", "max_id is a report id");
        var page = s.reports().list().page(me.account().id(), new Cursor(maxId, 0, false, REPORTS_PER_PAGE));
        List<ReportEntity.Admin> reports = page.items();
        Map<String, Object> model = new HashMap<>();
        model.put("reports", reports);
        model.put("older", reports.size() == REPORTS_PER_PAGE ? "/admin/reports?max_id=" + page.next() : "");
        pages.render(ctx, "admin/reports.jte", "Reports", model);
    }
}
