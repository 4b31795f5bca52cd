package social.rapport.account.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Function;
import social.rapport.account.ChangeEmail;
import social.rapport.core.Viewer;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Changing one's email address: a link goes to the new address, and the old one is told. */
public final class EmailRoutes implements Routes {
    private final ChangeEmail change;
    private final Function<Context, String> clientIp;

    /** clientIp tells the caller's address, as the rate limits see it. */
    public EmailRoutes(ChangeEmail change, Function<Context, String> clientIp) {
        this.change = change;
        this.clientIp = clientIp;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/rapport/email", this::change);
    }

    private void change(Context ctx) {
        Viewer v = Web.user(ctx, "write:accounts");
        Params p = Params.of(ctx);
        change.request(v.accountId(), p.string("password"), p.string("email"), clientIp.apply(ctx));
        ctx.status(202).json(Map.of());
    }
}
