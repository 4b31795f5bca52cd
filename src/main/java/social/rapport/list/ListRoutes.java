package social.rapport.list;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.core.Viewer;
import social.rapport.relation.AccountCards;
import social.rapport.relation.RelationWeb;
import social.rapport.timeline.Paging;
import social.rapport.web.IdempotencyKeys;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's lists, their members and their timelines; only the owner ever reaches a list. */
public final class ListRoutes implements Routes {
    private static final String BASE = "/api/v1/lists";
    private static final String READ = "read:lists";
    private static final String WRITE = "write:lists";
    /** At most this many ids in one request to add or remove members. */
    static final int MAX_IDS = 100;

    /** The services these routes call, and nothing else. */
    public record Services(
            ShowLists show,
            IdempotencyKeys idempotency,
            CreateList create,
            UpdateList update,
            DeleteList delete,
            ListMembers members,
            AddToList add,
            RemoveFromList remove,
            ListTimeline timeline,
            AccountCards cards) {}

    private final Services m;

    public ListRoutes(Services m) {
        this.m = m;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(BASE, ctx -> {
            Viewer v = Web.user(ctx, READ);
            ctx.json(entities(m.show().all(v.accountId())));
        });
        r.post(BASE, ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            CreateList.Request req = request(Params.of(ctx));
            // A retried create (same Idempotency-Key) answers the first list rather than making a second.
            ctx.json(m.idempotency()
                    .once(
                            v.accountId(),
                            "lists",
                            IdempotencyKeys.keyOf(ctx),
                            tx -> ListEntity.of(m.create().create(tx, v.accountId(), req)),
                            IdempotencyKeys::asJson,
                            kept -> IdempotencyKeys.fromJson(kept, ListEntity.class),
                            made -> made));
        });
        r.get(BASE + "/{id}", ctx -> {
            Viewer v = Web.user(ctx, READ);
            ctx.json(ListEntity.of(m.show().one(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.put(BASE + "/{id}", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            ctx.json(ListEntity.of(m.update().update(v.accountId(), Web.longId(ctx, "id"), request(Params.of(ctx)))));
        });
        r.delete(BASE + "/{id}", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            m.delete().delete(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.get(BASE + "/{id}/accounts", ctx -> {
            Viewer v = Web.user(ctx, READ);
            List<Account> shown = m.members().page(v.accountId(), Web.longId(ctx, "id"), RelationWeb.page(ctx));
            RelationWeb.link(ctx, shown);
            ctx.json(m.cards().cards(v.accountId(), shown));
        });
        r.post(BASE + "/{id}/accounts", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            m.add().add(v.accountId(), Web.longId(ctx, "id"), RelationWeb.ids(Params.of(ctx), "account_ids", MAX_IDS));
            ctx.json(Map.of());
        });
        r.delete(BASE + "/{id}/accounts", ctx -> {
            Viewer v = Web.user(ctx, WRITE);
            m.remove()
                    .remove(
                            v.accountId(),
                            Web.longId(ctx, "id"),
                            RelationWeb.ids(Params.of(ctx), "account_ids", MAX_IDS));
            ctx.json(Map.of());
        });
        r.get("/api/v1/accounts/{id}/lists", ctx -> {
            Viewer v = Web.user(ctx, READ);
            ctx.json(entities(m.show().containing(v.accountId(), Web.accountId(ctx, "id"))));
        });
        r.get("/api/v1/timelines/list/{id}", ctx -> {
            Viewer v = Web.user(ctx, READ);
            long id = Web.longId(ctx, "id");
            Paging.answer(ctx, m.timeline().page(v.accountId(), id, Paging.cursor(ctx)));
        });
    }

    private static CreateList.Request request(Params p) {
        return new CreateList.Request(p.string("title"), p.string("replies_policy"), p.bool("exclusive"));
    }

    private static List<ListEntity> entities(List<PeopleList> lists) {
        return lists.stream().map(ListEntity::of).toList();
    }
}
