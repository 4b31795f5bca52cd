package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import social.rapport.account.ConfirmEmail;
import social.rapport.core.Problem;
import social.rapport.limits.RateLimits;
import social.rapport.web.Params;
import social.rapport.web.Routes;

/**
 * The page a mailed confirmation link opens: a button that confirms the address (opening a link
 * changes nothing, so a mail scanner that follows links confirms nothing), then back to sign in.
 */
public final class ConfirmEmailPages implements Routes {
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("confirmed", "Your email address is confirmed. Welcome! You can sign in now."),
            Map.entry("email-changed", "Your new email address is confirmed and in use.")));

    private final Pages pages;
    private final ConfirmEmail confirm;
    private final RateLimits limits;

    public ConfirmEmailPages(Pages pages, ConfirmEmail confirm, RateLimits limits) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.confirm = confirm;
        this.limits = limits;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/auth/confirm", ctx -> show(ctx, 200, ctx.queryParam("token")));
        r.post("/auth/confirm", this::confirm);
    }

    /** A link that cannot be used answers 404. */
    private void show(Context ctx, int status, String token) {
        boolean usable = confirm.usable(token);
        Map<String, Object> model = new HashMap<>();
        model.put("token", usable ? token : null);
        pages.render(ctx, usable ? status : 404, "auth/confirm.jte", "Confirm your email address", model);
    }

    private void confirm(Context ctx) {
        String token = Params.of(ctx).string("token");
        limits.passwordReset(limits.clientIp(ctx), null);
        ConfirmEmail.Confirmed done;
        try {
            done = confirm.confirm(token);
        } catch (Problem e) {
            if (e.retryAfterSeconds() > 0) throw e;
            show(ctx, 404, token);
            return;
        }
        if (done.changedAddress()) Pages.seeOther(ctx, "/settings", "email-changed");
        else Pages.seeOther(ctx, "/auth/sign_in", "confirmed");
    }
}
