package social.rapport.group;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.core.Viewer;
import social.rapport.relation.AccountCards;
import social.rapport.relation.RelationWeb;
import social.rapport.timeline.Paging;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Groups under /api/v1/rapport/groups: to anyone a group may not know of, a secret group is 404. */
public final class GroupRoutes implements Routes {
    private static final String BASE = "/api/v1/rapport/groups";
    private static final String READ = "read";
    private static final String WRITE = "write";

    /** The services these routes call, and nothing else. */
    public record Services(
            ShowGroups show,
            CreateGroup create,
            ChangeGroup change,
            JoinGroup join,
            ModerateGroup moderate,
            GroupTimeline timeline,
            GroupHeldPosts held,
            AccountCards cards) {}

    private final Services m;

    public GroupRoutes(Services m) {
        this.m = m;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(BASE, ctx -> ctx.json(m.show().mine(Web.user(ctx, READ).accountId())));
        r.post(BASE, ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            Group g = m.create().create(v.accountId(), request(Params.of(ctx)));
            ctx.json(m.show().one(v.accountId(), g.id()));
        });
        r.get(BASE + "/search", ctx -> {
            Viewer v = Web.anyone(ctx, READ);
            Params q = Params.query(ctx);
            ctx.json(m.show().search(v.accountId(), q.string("q"), q.integer("limit")));
        });
        r.get(BASE + "/{id}", ctx -> {
            Viewer v = Web.anyone(ctx, READ);
            ctx.json(m.show().one(v.accountId(), Web.longId(ctx, "id")));
        });
        r.put(BASE + "/{id}", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            long id = Web.longId(ctx, "id");
            m.change().update(v.accountId(), id, request(Params.of(ctx)));
            ctx.json(m.show().one(v.accountId(), id));
        });
        r.delete(BASE + "/{id}", ctx -> {
            m.change().delete(Web.user(ctx, WRITE).accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.get(BASE + "/{id}/members", ctx -> {
            Viewer v = Web.user(ctx, READ);
            accounts(ctx, v, m.show().members(v.accountId(), Web.longId(ctx, "id"), after(ctx), limit(ctx)));
        });
        r.get(BASE + "/{id}/requests", ctx -> {
            Viewer v = Web.user(ctx, READ);
            accounts(ctx, v, m.show().requests(v.accountId(), Web.longId(ctx, "id"), after(ctx), limit(ctx)));
        });
        r.get(BASE + "/{id}/bans", ctx -> {
            Viewer v = Web.user(ctx, READ);
            accounts(ctx, v, m.show().banned(v.accountId(), Web.longId(ctx, "id"), after(ctx), limit(ctx)));
        });
        r.post(BASE + "/{id}/join", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            long id = Web.longId(ctx, "id");
            m.join().join(v.accountId(), id);
            ctx.json(m.show().one(v.accountId(), id));
        });
        r.post(BASE + "/{id}/leave", ctx -> {
            m.join().leave(Web.user(ctx, WRITE).accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.post(BASE + "/{id}/requests/{account_id}/approve", ctx -> {
            m.moderate()
                    .approve(Web.user(ctx, WRITE).accountId(), Web.longId(ctx, "id"), Web.accountId(ctx, "account_id"));
            ctx.json(Map.of());
        });
        r.post(BASE + "/{id}/requests/{account_id}/decline", ctx -> {
            m.moderate()
                    .decline(Web.user(ctx, WRITE).accountId(), Web.longId(ctx, "id"), Web.accountId(ctx, "account_id"));
            ctx.json(Map.of());
        });
        r.post(BASE + "/{id}/invite", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            int target = RelationWeb.accountId(Params.of(ctx), "account_id");
            ctx.json(GroupEntity.Relationship.of(m.join().invite(v.accountId(), Web.longId(ctx, "id"), target)));
        });
        r.post(BASE + "/{id}/roles", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            Params p = Params.of(ctx);
            int target = RelationWeb.accountId(p, "account_id");
            ctx.json(GroupEntity.Relationship.of(
                    m.moderate().role(v.accountId(), Web.longId(ctx, "id"), target, p.string("role"))));
        });
        r.post(BASE + "/{id}/remove", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            m.moderate()
                    .remove(v.accountId(), Web.longId(ctx, "id"), RelationWeb.accountId(Params.of(ctx), "account_id"));
            ctx.json(Map.of());
        });
        r.post(BASE + "/{id}/ban", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            m.moderate().ban(v.accountId(), Web.longId(ctx, "id"), RelationWeb.accountId(Params.of(ctx), "account_id"));
            ctx.json(Map.of());
        });
        r.post(BASE + "/{id}/unban", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            m.moderate()
                    .unban(v.accountId(), Web.longId(ctx, "id"), RelationWeb.accountId(Params.of(ctx), "account_id"));
            ctx.json(Map.of());
        });
        r.get(BASE + "/{id}/timeline", ctx -> {
            Viewer v = Web.anyone(ctx, READ);
            Paging.answer(ctx, m.timeline().page(v.accountId(), Web.longId(ctx, "id"), Paging.cursor(ctx)));
        });
        r.get(BASE + "/{id}/held", ctx -> {
            Viewer v = Web.user(ctx, READ);
            Paging.answer(ctx, m.held().page(v.accountId(), Web.longId(ctx, "id"), Paging.cursor(ctx)));
        });
        r.post(BASE + "/{id}/held/{status_id}/release", ctx -> {
            m.held().release(Web.user(ctx, WRITE).accountId(), Web.longId(ctx, "id"), Web.longId(ctx, "status_id"));
            ctx.json(Map.of());
        });
        r.post(BASE + "/{id}/held/{status_id}/reject", ctx -> {
            m.held().reject(Web.user(ctx, WRITE).accountId(), Web.longId(ctx, "id"), Web.longId(ctx, "status_id"));
            ctx.json(Map.of());
        });
        r.delete(BASE + "/{id}/statuses/{status_id}", ctx -> {
            m.moderate()
                    .removePost(Web.user(ctx, WRITE).accountId(), Web.longId(ctx, "id"), Web.longId(ctx, "status_id"));
            ctx.json(Map.of());
        });
    }

    private static CreateGroup.Request request(Params p) {
        return new CreateGroup.Request(
                p.string("name"),
                p.string("handle"),
                p.string("description"),
                p.string("rules"),
                p.string("kind"),
                p.string("members_visible"));
    }

    private static int after(Context ctx) {
        String s = Params.query(ctx).string("after");
        long id = social.rapport.core.Ids.parse(s);
        return id > 0 && id <= Integer.MAX_VALUE ? (int) id : 0;
    }

    private static Integer limit(Context ctx) {
        return Params.query(ctx).integer("limit");
    }

    /** Account cards, oldest member first, with a Link to the next page (`after` the last shown). */
    private void accounts(Context ctx, Viewer v, List<Account> shown) {
        if (!shown.isEmpty()) {
            String base = ctx.url().replaceAll("\\?.*$", "");
            ctx.header(
                    "Link", "<" + base + "?after=" + shown.get(shown.size() - 1).id() + ">; rel=\"next\"");
        }
        ctx.json(m.cards().cards(v.accountId(), shown));
    }
}
