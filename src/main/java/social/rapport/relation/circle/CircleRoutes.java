package social.rapport.relation.circle;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import social.rapport.core.Viewer;
import social.rapport.relation.AccountCards;
import social.rapport.relation.RelationWeb;
import social.rapport.web.IdempotencyKeys;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** The viewer's circles and their members; nobody else ever reaches them. */
public final class CircleRoutes implements Routes {
    private static final String BASE = "/api/v1/rapport/circles";
    /** The services these routes call, and nothing else. */
    public record Services(
            ListCircles listCircles,
            IdempotencyKeys idempotency,
            CreateCircle createCircle,
            RenameCircle renameCircle,
            DeleteCircle deleteCircle,
            AccountCards cards,
            CircleMembers circleMembers,
            AddToCircle addToCircle,
            RemoveFromCircle removeFromCircle) {}

    private final Services m;

    public CircleRoutes(Services m) {
        this.m = m;
    }

    public record CircleEntity(String id, String name) {
        static CircleEntity of(Circle c) {
            return new CircleEntity(Long.toString(c.id()), c.name());
        }
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(BASE, ctx -> {
            Viewer v = Web.user(ctx, "read:lists");
            ctx.json(m.listCircles().list(v.accountId()).stream()
                    .map(CircleEntity::of)
                    .toList());
        });
        r.post(BASE, ctx -> {
            Viewer v = Web.user(ctx, "write:lists");
            String name = Params.of(ctx).string("name");
            // A retried create (same Idempotency-Key) answers the first circle, as it was answered,
            // rather than "you already have a circle named".
            ctx.json(m.idempotency()
                    .once(
                            v.accountId(),
                            "circles",
                            IdempotencyKeys.keyOf(ctx),
                            tx -> CircleEntity.of(m.createCircle().create(tx, v.accountId(), name)),
                            IdempotencyKeys::asJson,
                            kept -> IdempotencyKeys.fromJson(kept, CircleEntity.class),
                            made -> made));
        });
        r.put(BASE + "/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:lists");
            ctx.json(CircleEntity.of(m.renameCircle()
                    .rename(v.accountId(), Web.longId(ctx, "id"), Params.of(ctx).string("name"))));
        });
        r.delete(BASE + "/{id}", ctx -> {
            Viewer v = Web.user(ctx, "write:lists");
            m.deleteCircle().delete(v.accountId(), Web.longId(ctx, "id"));
            ctx.json(Map.of());
        });
        r.get(BASE + "/{id}/accounts", ctx -> {
            Viewer v = Web.user(ctx, "read:lists");
            ctx.json(m.cards().cards(v.accountId(), m.circleMembers().members(v.accountId(), Web.longId(ctx, "id"))));
        });
        r.post(BASE + "/{id}/accounts", ctx -> {
            Viewer v = Web.user(ctx, "write:lists");
            m.addToCircle()
                    .add(
                            v.accountId(),
                            Web.longId(ctx, "id"),
                            RelationWeb.ids(Params.of(ctx), "account_ids", Integer.MAX_VALUE));
            ctx.json(Map.of());
        });
        r.delete(BASE + "/{id}/accounts", ctx -> {
            Viewer v = Web.user(ctx, "write:lists");
            m.removeFromCircle()
                    .remove(
                            v.accountId(),
                            Web.longId(ctx, "id"),
                            RelationWeb.ids(Params.of(ctx), "account_ids", Integer.MAX_VALUE));
            ctx.json(Map.of());
        });
    }
}
