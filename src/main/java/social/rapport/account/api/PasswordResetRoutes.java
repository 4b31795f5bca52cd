package social.rapport.account.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import social.rapport.account.ResetPassword;
import social.rapport.limits.RateLimits;
import social.rapport.web.Params;
import social.rapport.web.Routes;

/**
 * Password reset by email for apps, signed out: asking for a link (the same 202 whether the address
 * is a member's or not), and setting a new password with the link's token.
 */
public final class PasswordResetRoutes implements Routes {
    private final ResetPassword reset;
    private final RateLimits limits;

    public PasswordResetRoutes(ResetPassword reset, RateLimits limits) {
        this.reset = reset;
        this.limits = limits;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/rapport/password/reset", this::request);
        r.post("/api/v1/rapport/password/reset/confirm", this::confirm);
    }

    private void request(Context ctx) {
        String email = Params.of(ctx).string("email");
        limits.passwordReset(limits.clientIp(ctx), email);
        reset.request(email);
        ctx.status(202).json(Map.of());
    }

    private void confirm(Context ctx) {
        Params p = Params.of(ctx);
        limits.passwordReset(limits.clientIp(ctx), null);
        reset.reset(p.string("token"), p.string("password"));
        ctx.json(Map.of());
    }
}
