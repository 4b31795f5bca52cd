package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import social.rapport.account.ResetPassword;
import social.rapport.core.Problem;
import social.rapport.limits.RateLimits;
import social.rapport.web.Params;
import social.rapport.web.Routes;

/**
 * "Forgot your password?": asking for a link by email (answered alike for any address) and choosing
 * a new password with it. Reached from the sign-in page; works signed out and without JavaScript.
 */
public final class PasswordResetPages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry(
                    "reset-sent",
                    "If that address belongs to an account here, a link to choose a new password is on its way."
                            + " It works for an hour."),
            Map.entry(
                    "password-reset",
                    "Your password is changed and every session and app was signed out. Sign in with the new"
                            + " password.")));

    private final Pages pages;
    private final ResetPassword reset;
    private final RateLimits limits;

    public PasswordResetPages(Pages pages, ResetPassword reset, RateLimits limits) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.reset = reset;
        this.limits = limits;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/auth/password/forgot", ctx -> showAsk(ctx, 200, Form.EMPTY));
        r.post("/auth/password/forgot", this::ask);
        r.get("/auth/password/reset", ctx -> showReset(ctx, 200, ctx.queryParam("token"), Form.EMPTY));
        r.post("/auth/password/reset", this::choose);
    }

    private void showAsk(Context ctx, int status, Form form) {
        pages.render(ctx, status, "auth/forgot.jte", "Forgot your password?", Map.of("form", form));
    }

    /** A link that cannot be used answers 404 with a way to ask for a new one. */
    private void showReset(Context ctx, int status, String token, Form form) {
        boolean usable = reset.usable(token);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("token", usable ? token : null);
        pages.render(ctx, usable ? status : 404, "auth/reset.jte", "Choose a new password", model);
    }

    private void ask(Context ctx) {
        String email = Params.of(ctx).string("email");
        limits.passwordReset(limits.clientIp(ctx), email);
        try {
            reset.request(email);
        } catch (Problem e) {
            showAsk(ctx, e.status(), Form.entered(ctx.formParamMap(), "email").with(e));
            return;
        }
        Pages.seeOther(ctx, "/auth/sign_in", "reset-sent");
    }

    private void choose(Context ctx) {
        Params p = Params.of(ctx);
        String token = p.string("token");
        limits.passwordReset(limits.clientIp(ctx), null);
        try {
            reset.reset(token, p.string("password"));
        } catch (Problem e) {
            if (e.retryAfterSeconds() > 0) throw e;
            showReset(ctx, e.status(), token, Form.EMPTY.with(e));
            return;
        }
        Pages.seeOther(ctx, "/auth/sign_in", "password-reset");
    }
}
