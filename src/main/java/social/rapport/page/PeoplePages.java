package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.SessionViewers;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.relation.AccountPage;
import social.rapport.relation.connect.InvitationView;
import social.rapport.relation.connect.OwnConnections;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * The people around the viewer: their connections (search, paging, add several to a circle at once,
 * remove one), the invitations they sent and what became of them as far as they may know, followers
 * and following (another person's only under that person's list audience), the follow requests they
 * are waiting on, and whom they block or mute. Every answer comes from the services the API calls.
 */
final class PeoplePages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("connection-removed", "The connection is removed. Follows stay until either of you unfollows."),
            Map.entry("withdrawn", "The invitation is withdrawn."),
            Map.entry("request-cancelled", "Your follow request is cancelled."),
            Map.entry("follower-removed", "They no longer follow you. They are not told.")));

    static final int PER_PAGE = 20;
    private final Pages pages;
    private final SocialPages.Services s;

    PeoplePages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(
                "/connections",
                SignedIn.page((ctx, me) -> connections(ctx, 200, me.account().id(), Form.EMPTY, List.of())));
        r.post("/connections/circle", SignedIn.page(this::bulkAdd));
        r.get("/connections/{id}/remove", SignedIn.page((ctx, me) -> {
            int id = Web.accountId(ctx, "id");
            int viewer = me.account().id();
            if (!s.relations().relationships().with(viewer, id).connected()) throw Problem.notFound();
            pages.render(
                    ctx,
                    "people/remove.jte",
                    "Remove a connection",
                    Map.of("person", s.find().byId(id)));
        }));
        r.post("/connections/{id}/remove", SignedIn.page((ctx, me) -> {
            s.relations().removeConnection().remove(me.account().id(), Web.accountId(ctx, "id"));
            Pages.seeOther(ctx, "/connections", "connection-removed");
        }));
        r.get("/invitations/sent", SignedIn.page((ctx, me) -> {
            List<InvitationView> sent =
                    s.relations().invitationBoxes().box(me.account().id(), "sent");
            pages.render(ctx, "people/sent.jte", "Invitations you sent", Map.of("sent", sent));
        }));
        r.post("/invitations/{id}/withdraw", SignedIn.page((ctx, me) -> {
            s.relations().withdrawInvitation().withdraw(me.account().id(), Web.longId(ctx, "id"));
            Pages.seeOther(ctx, "/invitations/sent", "withdrawn");
        }));
        r.get("/followers", SignedIn.page((ctx, me) -> ownList(ctx, me, "followers")));
        r.get("/following", SignedIn.page((ctx, me) -> ownList(ctx, me, "following")));
        r.post("/followers/{id}/remove", SignedIn.page((ctx, me) -> {
            s.relations().removeFollower().remove(me.account().id(), Web.accountId(ctx, "id"));
            Pages.seeOther(ctx, "/followers", "follower-removed");
        }));
        r.get("/@{handle}/followers", ctx -> othersList(ctx, "followers"));
        r.get("/@{handle}/following", ctx -> othersList(ctx, "following"));
        r.get("/following/requests", SignedIn.page((ctx, me) -> {
            List<Account> list =
                    s.relations().followLists().requested(me.account().id(), page(ctx));
            accounts(ctx, "people/requests.jte", "Follow requests you sent", list, "/following/requests");
        }));
        r.post("/following/requests/{id}/cancel", SignedIn.page((ctx, me) -> {
            int id = Web.accountId(ctx, "id");
            if (!s.relations().relationships().with(me.account().id(), id).requested()) throw Problem.notFound();
            s.relations().unfollowAccount().unfollow(me.account().id(), id);
            Pages.seeOther(ctx, "/following/requests", "request-cancelled");
        }));
        r.get("/blocks", SignedIn.page((ctx, me) -> {
            List<Account> list = s.relations().blockLists().blocked(me.account().id(), page(ctx));
            accounts(ctx, "people/blocks.jte", "Blocked", list, "/blocks");
        }));
        r.get("/mutes", SignedIn.page((ctx, me) -> {
            var list = s.relations().blockLists().mutedWithExpiry(me.account().id(), page(ctx));
            Map<String, Object> model = new HashMap<>();
            model.put("muted", list);
            model.put(
                    "older",
                    list.size() == PER_PAGE
                            ? "/mutes?max_id="
                                    + list.get(list.size() - 1).account().id()
                            : "");
            pages.render(ctx, "people/mutes.jte", "Muted", model);
        }));
    }

    private static AccountPage page(Context ctx) {
        String max = ctx.queryParam("max_id");
        if (max != null && Ids.parse(max) <= 0) throw Problem.invalid("max_id", "max_id is an account id");
        return AccountPage.of(PER_PAGE, max, null, null);
    }

    private void accounts(Context ctx, String template, String title, List<Account> list, String path) {
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", list);
        model.put(
                "older",
                list.size() == PER_PAGE
                        ? path + "?max_id=" + list.get(list.size() - 1).id()
                        : "");
        pages.render(ctx, template, title, model);
    }

    private void ownList(Context ctx, SessionViewers.Found me, String which) {
        showList(ctx, me.account(), which, me.account().id(), "/" + which);
    }

    /** Another person's list, under that person's audience for it, exactly as the API answers it. */
    private void othersList(Context ctx, String which) {
        Account owner = s.find().byAcct(ctx.pathParam("handle"));
        int viewer = BrowserSessions.current(ctx).map(f -> f.account().id()).orElse(0);
        showList(ctx, owner, which, viewer, social.rapport.page.Page.profilePath(owner.handle()) + "/" + which);
    }

    private void showList(Context ctx, Account owner, String which, int viewer, String path) {
        var lists = s.relations().followLists();
        List<Account> list = which.equals("followers")
                ? lists.followers(viewer, owner.id(), page(ctx))
                : lists.following(viewer, owner.id(), page(ctx));
        Map<String, Object> model = new HashMap<>();
        model.put("owner", owner);
        model.put("own", owner.id() == viewer);
        model.put("which", which);
        model.put("accounts", list);
        model.put(
                "older",
                list.size() == PER_PAGE
                        ? path + "?max_id=" + list.get(list.size() - 1).id()
                        : "");
        String title = owner.id() == viewer
                ? (which.equals("followers") ? "Your followers" : "People you follow")
                : (which.equals("followers") ? "Followers of " : "Followed by ") + owner.shownName();
        pages.render(ctx, "people/follows.jte", title, model);
    }

    private void connections(Context ctx, int status, int viewer, Form form, List<Integer> picked) {
        String q = ctx.queryParam("q") == null ? form.value("q") : ctx.queryParam("q");
        String p = ctx.queryParam("page") == null ? form.value("page") : ctx.queryParam("page");
        long n = p == null || p.isEmpty() ? 1 : Ids.parse(p);
        if (n < 1 || n > Integer.MAX_VALUE) throw Problem.invalid("page", "page is a number from 1");
        OwnConnections.Result result = s.relations().ownConnections().list(viewer, q, (int) n, PER_PAGE);
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("q", q == null ? "" : q);
        model.put("circles", s.relations().listCircles().list(viewer));
        model.put("form", form);
        model.put("picked", picked);
        model.put("prev", n > 1 ? listPath(q, n - 1) : "");
        model.put("next", result.more() ? listPath(q, n + 1) : "");
        model.put("here", listPath(q, n));
        pages.render(ctx, status, "people/connections.jte", "Connections", model);
    }

    static String listPath(String q, long page) {
        StringBuilder b = new StringBuilder("/connections");
        String sep = "?";
        if (q != null && !q.isBlank()) {
            b.append(sep).append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            sep = "&";
        }
        if (page > 1) b.append(sep).append("page=").append(page);
        return b.toString();
    }

    /** Adds every selected connection to one circle in one request; nothing is added if one fails. */
    private void bulkAdd(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        List<Integer> ids = new ArrayList<>();
        try {
            for (String v : ctx.formParams("account_ids")) {
                long id = Ids.parse(v);
                if (id <= 0 || id > Integer.MAX_VALUE)
                    throw Problem.invalid("account_ids", "That is not a person: " + v);
                ids.add((int) id);
            }
            if (ids.isEmpty()) throw Problem.invalid("account_ids", "Select at least one person");
            String c = ctx.formParam("circle");
            long circle = c == null ? -1 : Ids.parse(c);
            if (circle <= 0) throw Problem.invalid("circle", "Choose a circle");
            s.relations().addToCircle().add(viewer, circle, ids);
        } catch (Problem e) {
            if (e.status() != 422) throw e;
            connections(
                    ctx,
                    422,
                    viewer,
                    Form.entered(ctx.formParamMap(), "q", "page").with(e),
                    ids);
            return;
        }
        Pages.seeOther(ctx, SocialPages.back(ctx, "/connections"), "added-to-circle");
    }
}
