package social.rapport.relation.connect;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import social.rapport.core.Viewer;
import social.rapport.relation.AccountCards;
import social.rapport.relation.RelationWeb;
import social.rapport.store.StoreException;
import social.rapport.web.IdempotencyKeys;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Invitations, connections, screening rules and network distance under /api/v1/rapport/. */
public final class ConnectRoutes implements Routes {
    private static final String BASE = "/api/v1/rapport";
    /** The services these routes call, and nothing else. */
    public record Services(
            InvitationBoxes invitationBoxes,
            AccountCards cards,
            AcceptInvitation acceptInvitation,
            DeclineInvitation declineInvitation,
            IgnoreInvitation ignoreInvitation,
            WithdrawInvitation withdrawInvitation,
            ConnectionList connectionList,
            NetworkDistance networkDistance,
            RemoveConnection removeConnection,
            SetScreening setScreening,
            IdempotencyKeys idempotency,
            SendInvitation sendInvitation) {}

    private final Services m;

    public ConnectRoutes(Services m) {
        this.m = m;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post(BASE + "/invitations", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            Params p = Params.of(ctx);
            var req = new SendInvitation.Request(
                    RelationWeb.accountId(p, "account_id"),
                    p.string("note"),
                    p.string("how_we_met"),
                    p.string("email"));
            String key = IdempotencyKeys.keyOf(ctx);
            try {
                ctx.json(send(v, req, key));
            } catch (StoreException.AlreadyExists crossed) {
                // The other side's invitation committed first: this time it is found and accepted.
                ctx.json(send(v, req, key));
            }
        });
        r.get(BASE + "/invitations", ctx -> {
            Viewer v = Web.user(ctx, "read:follows");
            ctx.json(m.invitationBoxes().box(v.accountId(), Params.query(ctx).string("box")).stream()
                    .map(i -> InvitationEntity.of(i, v.accountId(), m.cards()))
                    .toList());
        });
        r.post(BASE + "/invitations/{id}/accept", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            invitation(ctx, v, m.acceptInvitation().accept(v.accountId(), Web.longId(ctx, "id")));
        });
        r.post(BASE + "/invitations/{id}/decline", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            invitation(ctx, v, m.declineInvitation().decline(v.accountId(), Web.longId(ctx, "id")));
        });
        r.post(BASE + "/invitations/{id}/ignore", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            invitation(ctx, v, m.ignoreInvitation().ignore(v.accountId(), Web.longId(ctx, "id")));
        });
        r.post(BASE + "/invitations/{id}/withdraw", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            invitation(ctx, v, m.withdrawInvitation().withdraw(v.accountId(), Web.longId(ctx, "id")));
        });
        r.get(BASE + "/accounts/{id}/connections", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            var list = m.connectionList().connections(v.accountId(), Web.accountId(ctx, "id"), RelationWeb.page(ctx));
            RelationWeb.link(ctx, list);
            ctx.json(m.cards().cards(v.accountId(), list));
        });
        r.get(BASE + "/accounts/{id}/mutuals", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            var list = m.connectionList().mutuals(v.accountId(), Web.accountId(ctx, "id"), RelationWeb.page(ctx));
            RelationWeb.link(ctx, list);
            ctx.json(m.cards().cards(v.accountId(), list));
        });
        r.get(BASE + "/accounts/{id}/path", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            NetworkDistance.Path p = m.networkDistance().path(v.accountId(), Web.accountId(ctx, "id"));
            ctx.json(new PathEntity(
                    Integer.toString(p.accountId()),
                    p.degree(),
                    m.cards().cards(v.accountId(), p.via()),
                    p.explanation()));
        });
        r.get(BASE + "/degrees", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            var ids = RelationWeb.ids(Params.query(ctx), "id", NetworkDistance.MAX_IDS);
            ctx.json(m.networkDistance().degrees(v.accountId(), ids).stream()
                    .map(b -> new DegreeEntity(Integer.toString(b.accountId()), b.degree()))
                    .toList());
        });
        r.delete(BASE + "/connections/{account_id}", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            ctx.json(m.removeConnection().remove(v.accountId(), Web.accountId(ctx, "account_id")));
        });
        r.get(BASE + "/screening", ctx -> {
            Viewer v = Web.user(ctx, "read:follows");
            ctx.json(m.setScreening().current(v.accountId()));
        });
        r.put(BASE + "/screening", ctx -> {
            Viewer v = Web.user(ctx, "write:follows");
            Params p = Params.of(ctx);
            List<String> oneOf = p.has("require_one_of") ? p.list("require_one_of") : null;
            ctx.json(m.setScreening().set(v.accountId(), p.string("who_may_invite"), p.bool("require_note"), oneOf));
        });
    }

    /**
     * Sends once per Idempotency-Key: a retry answers the invitation as the first answer showed it
     * (a filtered one stays pending) and sends nothing.
     */
    private Object send(Viewer v, SendInvitation.Request req, String key) {
        return m.idempotency()
                .once(
                        v.accountId(),
                        "invitations",
                        key,
                        tx -> m.sendInvitation().send(tx, v.accountId(), req),
                        sent -> IdempotencyKeys.asJson(sent.invitation().seenBy(v.accountId())),
                        kept -> InvitationEntity.of(
                                m.sendInvitation()
                                        .again(v.accountId(), IdempotencyKeys.fromJson(kept, Invitation.class)),
                                v.accountId(),
                                m.cards()),
                        sent -> InvitationEntity.of(sent, v.accountId(), m.cards()));
    }

    private void invitation(Context ctx, Viewer v, InvitationView view) {
        ctx.json(InvitationEntity.of(view, v.accountId(), m.cards()));
    }

    public record PathEntity(String id, Integer degree, List<?> via, String explanation) {}

    public record DegreeEntity(String id, Integer degree) {}
}
