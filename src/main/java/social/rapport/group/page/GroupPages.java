package social.rapport.group.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.SessionViewers;
import social.rapport.core.Problem;
import social.rapport.group.CreateGroup;
import social.rapport.group.GroupEntity;
import social.rapport.group.Groups;
import social.rapport.page.Form;
import social.rapport.page.Notices;
import social.rapport.page.Pages;
import social.rapport.page.SignedIn;
import social.rapport.status.Cursor;
import social.rapport.status.PostStatus;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * The groups pages on the same services as the API: one's groups with a search among findable groups
 * and a form for a new one, a group's page with its timeline and composer, its members (by the
 * group's setting), the requests to join (its moderators) and its settings (its admins). A group the
 * viewer may not know of is missing, 404, on every one of them.
 */
public final class GroupPages implements Routes {
    /** The services these pages call: the same ones the API calls. */
    public record Services(Groups groups, PostStatus post) {}

    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("group-created", "Group created."),
            Map.entry("group-joined", "You joined the group."),
            Map.entry("group-requested", "Asked to join: the group's moderators will answer."),
            Map.entry("group-left", "You left the group."),
            Map.entry("group-posted", "Posted to the group."),
            Map.entry("group-approved", "Request approved."),
            Map.entry("group-declined", "Request declined."),
            Map.entry("group-saved", "Group settings saved."),
            Map.entry("group-deleted", "Group deleted.")));

    static final int SHOWN = 40;
    static final List<String> FIELDS = List.of("name", "handle", "description", "rules", "kind", "members_visible");
    private final Pages pages;
    private final Services s;

    public GroupPages(Pages pages, Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/groups", SignedIn.page((ctx, me) -> directory(ctx, 200, me, Form.EMPTY)));
        r.post("/groups", SignedIn.page(this::create));
        r.get("/groups/{key}", SignedIn.page((ctx, me) -> group(ctx, 200, me, Form.EMPTY)));
        r.post("/groups/{key}/join", SignedIn.page((ctx, me) -> {
            GroupEntity g = find(ctx, me);
            var m = s.groups().join().join(me.account().id(), Long.parseLong(g.id()));
            Pages.seeOther(ctx, path(g), m.member() ? "group-joined" : "group-requested");
        }));
        r.post("/groups/{key}/leave", SignedIn.page((ctx, me) -> {
            GroupEntity g = find(ctx, me);
            s.groups().join().leave(me.account().id(), Long.parseLong(g.id()));
            Pages.seeOther(ctx, "/groups", "group-left");
        }));
        r.post("/groups/{key}/posts", SignedIn.page(this::post));
        r.get("/groups/{key}/members", SignedIn.page(this::members));
        r.get("/groups/{key}/requests", SignedIn.page(this::requests));
        r.post("/groups/{key}/requests/{account}/approve", SignedIn.page((ctx, me) -> {
            GroupEntity g = find(ctx, me);
            s.groups().moderate().approve(me.account().id(), Long.parseLong(g.id()), account(ctx));
            Pages.seeOther(ctx, path(g) + "/requests", "group-approved");
        }));
        r.post("/groups/{key}/requests/{account}/decline", SignedIn.page((ctx, me) -> {
            GroupEntity g = find(ctx, me);
            s.groups().moderate().decline(me.account().id(), Long.parseLong(g.id()), account(ctx));
            Pages.seeOther(ctx, path(g) + "/requests", "group-declined");
        }));
        r.get("/groups/{key}/settings", SignedIn.page((ctx, me) -> settings(ctx, 200, me, find(ctx, me), null, null)));
        r.post("/groups/{key}/settings", SignedIn.page(this::save));
        r.post("/groups/{key}/delete", SignedIn.page((ctx, me) -> {
            GroupEntity g = find(ctx, me);
            if (!"1".equals(ctx.formParam("confirm"))) {
                settings(ctx, 422, me, g, null, "Tick the box to confirm the deletion");
                return;
            }
            s.groups().change().delete(me.account().id(), Long.parseLong(g.id()));
            Pages.seeOther(ctx, "/groups", "group-deleted");
        }));
    }

    /** A group's address: by its handle. */
    public static String path(GroupEntity g) {
        return "/groups/" + g.handle();
    }

    private GroupEntity find(Context ctx, SessionViewers.Found me) {
        return s.groups().show().byHandleOrId(me.account().id(), ctx.pathParam("key"));
    }

    private static int account(Context ctx) {
        long id = Web.longId(ctx, "account");
        if (id > Integer.MAX_VALUE) throw Problem.notFound();
        return (int) id;
    }

    private void directory(Context ctx, int status, SessionViewers.Found me, Form form) {
        int viewer = me.account().id();
        String q = ctx.queryParam("q");
        Map<String, Object> model = new HashMap<>();
        model.put("mine", s.groups().show().mine(viewer));
        model.put("q", q == null ? "" : q.strip());
        model.put("found", q == null || q.isBlank() ? null : s.groups().show().search(viewer, q, 20));
        model.put("form", form);
        pages.render(ctx, status, "groups/directory.jte", "Groups", model);
    }

    private static CreateGroup.Request request(Context ctx, boolean withHandle) {
        return new CreateGroup.Request(
                ctx.formParam("name"),
                withHandle ? ctx.formParam("handle") : null,
                ctx.formParam("description"),
                ctx.formParam("rules"),
                ctx.formParam("kind"),
                ctx.formParam("members_visible"));
    }

    private void create(Context ctx, SessionViewers.Found me) {
        try {
            var g = s.groups().create().create(me.account().id(), request(ctx, true));
            Pages.seeOther(ctx, "/groups/" + g.handle(), "group-created");
        } catch (Problem p) {
            if (p.status() != 422) throw p;
            directory(
                    ctx,
                    422,
                    me,
                    Form.entered(ctx.formParamMap(), FIELDS.toArray(String[]::new))
                            .with(p));
        }
    }

    private void group(Context ctx, int status, SessionViewers.Found me, Form form) {
        int viewer = me.account().id();
        GroupEntity g = find(ctx, me);
        var timeline = s.groups().timeline().page(viewer, Long.parseLong(g.id()), Cursor.newest(SHOWN));
        Map<String, Object> model = new HashMap<>();
        model.put("group", g);
        model.put("view", GroupView.of(g));
        model.put("posts", timeline.items());
        model.put("form", form);
        pages.render(ctx, status, "groups/group.jte", g.name(), model);
    }

    private void post(Context ctx, SessionViewers.Found me) {
        GroupEntity g = find(ctx, me);
        if (!GroupView.of(g).member()) throw Problem.forbidden("Only the group's members may post to it");
        String text = ctx.formParam("status");
        try {
            s.post()
                    .post(
                            me.account().id(),
                            new PostStatus.Request(
                                    text == null ? "" : text,
                                    null,
                                    null,
                                    false,
                                    null,
                                    null,
                                    List.of("group:" + g.id()),
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    null));
        } catch (Problem p) {
            if (p.status() != 422) throw p;
            group(ctx, 422, me, Form.entered(ctx.formParamMap(), "status").with(p));
            return;
        }
        Pages.seeOther(ctx, path(g), "group-posted");
    }

    private void members(Context ctx, SessionViewers.Found me) {
        GroupEntity g = find(ctx, me);
        List<Account> shown = s.groups().show().members(me.account().id(), Long.parseLong(g.id()), 0, SHOWN * 2);
        Map<String, Object> model = new HashMap<>();
        model.put("group", g);
        model.put("people", shown);
        pages.render(ctx, "groups/members.jte", "Members of " + g.name(), model);
    }

    private void requests(Context ctx, SessionViewers.Found me) {
        GroupEntity g = find(ctx, me);
        List<Account> waiting = s.groups().show().requests(me.account().id(), Long.parseLong(g.id()), 0, SHOWN * 2);
        Map<String, Object> model = new HashMap<>();
        model.put("group", g);
        model.put("people", waiting);
        pages.render(ctx, "groups/requests.jte", "Requests to join " + g.name(), model);
    }

    private void settings(
            Context ctx, int status, SessionViewers.Found me, GroupEntity g, Form form, String deleteError) {
        GroupView view = GroupView.of(g);
        if (!view.admin()) throw Problem.forbidden("Only the group's admins may change it");
        Form shown = form != null
                ? form
                : Form.of(Map.of(
                        "name", g.name(),
                        "description", g.description(),
                        "rules", g.rules(),
                        "kind", g.kind(),
                        "members_visible", g.membersVisible()));
        Map<String, Object> model = new HashMap<>();
        model.put("group", g);
        model.put("view", view);
        model.put("form", shown);
        model.put("deleteError", deleteError);
        pages.render(ctx, status, "groups/settings.jte", "Settings of " + g.name(), model);
    }

    private void save(Context ctx, SessionViewers.Found me) {
        GroupEntity g = find(ctx, me);
        try {
            s.groups().change().update(me.account().id(), Long.parseLong(g.id()), request(ctx, false));
        } catch (Problem p) {
            if (p.status() != 422) throw p;
            settings(
                    ctx,
                    422,
                    me,
                    g,
                    Form.entered(ctx.formParamMap(), FIELDS.toArray(String[]::new))
                            .with(p),
                    null);
            return;
        }
        Pages.seeOther(ctx, path(g) + "/settings", "group-saved");
    }

    /** What the pages ask of the viewer's place in a group. */
    public record GroupView(String state, String role) {
        static GroupView of(GroupEntity g) {
            var r = g.relationship();
            return new GroupView(r == null ? null : r.state(), r == null ? null : r.role());
        }

        public boolean member() {
            return "member".equals(state);
        }

        public boolean requested() {
            return "requested".equals(state);
        }

        public boolean invited() {
            return "invited".equals(state);
        }

        public boolean banned() {
            return "banned".equals(state);
        }

        public boolean owner() {
            return member() && "owner".equals(role);
        }

        public boolean admin() {
            return owner() || (member() && "admin".equals(role));
        }

        public boolean moderator() {
            return admin() || (member() && "moderator".equals(role));
        }
    }
}
