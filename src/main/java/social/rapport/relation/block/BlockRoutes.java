package social.rapport.relation.block;

import io.javalin.config.RoutesConfig;
import social.rapport.core.Viewer;
import social.rapport.relation.AccountCards;
import social.rapport.relation.RelationWeb;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's block and mute endpoints, with the lists of blocked and muted accounts. */
public final class BlockRoutes implements Routes {
    /** The services these routes call, and nothing else. */
    public record Services(
            BlockLists blockLists,
            AccountCards cards,
            BlockAccount blockAccount,
            UnblockAccount unblockAccount,
            MuteAccount muteAccount,
            UnmuteAccount unmuteAccount) {}

    private final Services m;

    public BlockRoutes(Services m) {
        this.m = m;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/blocks", ctx -> {
            Viewer v = Web.user(ctx, "read:blocks");
            var list = m.blockLists().blocked(v.accountId(), RelationWeb.page(ctx));
            RelationWeb.link(ctx, list);
            ctx.json(m.cards().cards(v.accountId(), list));
        });
        r.get("/api/v1/mutes", ctx -> {
            Viewer v = Web.user(ctx, "read:mutes");
            var list = m.blockLists().muted(v.accountId(), RelationWeb.page(ctx));
            RelationWeb.link(ctx, list);
            ctx.json(m.cards().cards(v.accountId(), list));
        });
        r.post("/api/v1/accounts/{id}/block", ctx -> {
            Viewer v = Web.user(ctx, "write:blocks");
            ctx.json(m.blockAccount().block(v.accountId(), Web.accountId(ctx, "id")));
        });
        r.post("/api/v1/accounts/{id}/unblock", ctx -> {
            Viewer v = Web.user(ctx, "write:blocks");
            ctx.json(m.unblockAccount().unblock(v.accountId(), Web.accountId(ctx, "id")));
        });
        r.post("/api/v1/accounts/{id}/mute", ctx -> {
            Viewer v = Web.user(ctx, "write:mutes");
            Params p = Params.of(ctx);
            Boolean notifications = p.bool("notifications");
            Integer duration = p.integer("duration");
            ctx.json(m.muteAccount()
                    .mute(
                            v.accountId(),
                            Web.accountId(ctx, "id"),
                            notifications == null || notifications,
                            duration == null ? 0 : duration));
        });
        r.post("/api/v1/accounts/{id}/unmute", ctx -> {
            Viewer v = Web.user(ctx, "write:mutes");
            ctx.json(m.unmuteAccount().unmute(v.accountId(), Web.accountId(ctx, "id")));
        });
    }
}
