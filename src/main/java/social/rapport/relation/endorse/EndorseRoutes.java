package social.rapport.relation.endorse;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import social.rapport.account.Account;
import social.rapport.core.Viewer;
import social.rapport.relation.AccountCards;
import social.rapport.relation.RelationWeb;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's endorsements: featuring followed accounts on one's profile. */
public final class EndorseRoutes implements Routes {
    private final Endorse endorse;
    private final AccountCards cards;

    public EndorseRoutes(Endorse endorse, AccountCards cards) {
        this.endorse = endorse;
        this.cards = cards;
    }

    @Override
    public void register(RoutesConfig r) {
        // `pin` and `unpin` are the names Mastodon gave these before 4.4, still called by older apps.
        for (String verb : new String[] {"endorse", "pin"}) {
            r.post("/api/v1/accounts/{id}/" + verb, ctx -> {
                Viewer v = Web.user(ctx, "write:accounts");
                ctx.json(endorse.endorse(v.accountId(), Web.accountId(ctx, "id")));
            });
        }
        for (String verb : new String[] {"unendorse", "unpin"}) {
            r.post("/api/v1/accounts/{id}/" + verb, ctx -> {
                Viewer v = Web.user(ctx, "write:accounts");
                ctx.json(endorse.unendorse(v.accountId(), Web.accountId(ctx, "id")));
            });
        }
        r.get("/api/v1/endorsements", ctx -> {
            Viewer v = Web.user(ctx, "read:accounts");
            accounts(ctx, v, endorse.mine(v.accountId(), RelationWeb.page(ctx)));
        });
        r.get("/api/v1/accounts/{id}/endorsements", ctx -> {
            Viewer v = Web.anyone(ctx, "read:accounts");
            accounts(ctx, v, endorse.ofAccount(v.accountId(), Web.accountId(ctx, "id"), RelationWeb.page(ctx)));
        });
    }

    private void accounts(Context ctx, Viewer v, List<Account> list) {
        RelationWeb.link(ctx, list);
        ctx.json(cards.cards(v.accountId(), list));
    }
}
