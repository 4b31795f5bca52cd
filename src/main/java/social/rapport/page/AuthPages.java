package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.Settings;
import social.rapport.account.SignUp;
import social.rapport.account.WebSessions;
import social.rapport.core.Problem;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Sign-up, sign-in and sign-out at Mastodon's paths. */
public final class AuthPages implements Routes {
    private final Pages pages;
    private final BrowserSessions browser;
    private final WebSessions sessions;
    private final SignUp signUp;
    private final Settings settings;

    public AuthPages(Pages pages, BrowserSessions browser, WebSessions sessions, SignUp signUp, Settings settings) {
        this.pages = pages;
        this.browser = browser;
        this.sessions = sessions;
        this.signUp = signUp;
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/auth/sign_up", ctx -> {
            if (Web.viewer(ctx).signedIn()) { Pages.seeOther(ctx, "/"); return; }
            showSignUp(ctx, 200, Form.EMPTY);
        });
        r.post("/auth/sign_up", this::signUp);
        r.post("/auth/sign_out", this::signOut);
    }

    private void showSignUp(Context ctx, int status, Form form) {
        pages.render(ctx, status, "auth/sign_up.jte", "Create an account",
                Map.of("form", form, "registration", settings.registration().wire()));
    }

    private void signUp(Context ctx) {
        Params p = Params.of(ctx);
        Form entered = Form.entered(ctx.formParamMap(), "username", "email", "agreement");
        Account a;
        try {
            a = signUp.signUp(new SignUp.Request(p.string("username"), p.string("email"), p.string("password"),
                    Boolean.TRUE.equals(p.bool("agreement"))));
        } catch (Problem e) {
            showSignUp(ctx, e.status(), entered.with(e));
            return;
        }
        if (!a.active()) { Pages.seeOther(ctx, "/auth/sign_in", "pending"); return; }
        browser.begin(ctx, sessions.start(a.id(), ctx.userAgent(), ctx.ip()));
        Pages.seeOther(ctx, "/", "welcome");
    }

    private void signOut(Context ctx) {
        BrowserSessions.current(ctx).ifPresent(s -> sessions.end(s.account().id(), s.session().id()));
        browser.forget(ctx);
        Pages.seeOther(ctx, "/", "signed-out");
    }

    /** Only a path on this site may be returned to after signing in, never another site. */
    static String localPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.startsWith("/\\")
                || returnTo.length() > 4000) {
            return null;
        }
        return returnTo;
    }
}
