package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.ConfirmEmail;
import social.rapport.account.InstanceRules;
import social.rapport.account.SignUp;
import social.rapport.core.Problem;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * Sign-up, sign-in and sign-out at Mastodon's paths. A refused form comes back with the person's
 * entries (never the password) and the reason; sign-in and sign-up attempts are rate limited.
 */
public final class AuthPages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("welcome", "Welcome to Rapport."),
            // SettingsPages sends it too, once an account is deleted.
            Map.entry("signed-out", "You are signed out."),
            Map.entry(
                    "confirm-sent",
                    "Almost there: we sent a link to your email address. Open it within 24 hours to confirm the"
                            + " address, then sign in."),
            Map.entry(
                    "pending",
                    "Your account is waiting for an administrator's approval. You can sign in once it is approved.")));

    private final InstanceRules rules;
    private final Pages pages;
    private final BrowserSessions browser;
    private final WebPages.Services s;

    public AuthPages(Pages pages, BrowserSessions browser, WebPages.Services services, InstanceRules rules) {
        this.rules = rules;
        this.pages = pages;
        pages.declare(NOTICES);
        this.browser = browser;
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/auth/sign_up", ctx -> {
            if (Web.viewer(ctx).signedIn()) {
                Pages.seeOther(ctx, "/");
                return;
            }
            showSignUp(ctx, 200, Form.EMPTY);
        });
        r.post("/auth/sign_up", this::signUp);
        r.get("/auth/sign_in", ctx -> {
            String returnTo = localPath(ctx.queryParam("return_to"));
            if (Web.viewer(ctx).signedIn()) {
                Pages.seeOther(ctx, returnTo == null ? "/" : returnTo);
                return;
            }
            showSignIn(ctx, 200, Form.EMPTY, returnTo);
        });
        r.post("/auth/sign_in", this::signIn);
        r.post("/auth/sign_out", this::signOut);
    }

    private void showSignUp(Context ctx, int status, Form form) {
        pages.render(
                ctx,
                status,
                "auth/sign_up.jte",
                "Create an account",
                Map.of("form", form, "registration", s.settings().registration().wire(), "rules", rules.rules()));
    }

    private void showSignIn(Context ctx, int status, Form form, String returnTo) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("returnTo", returnTo);
        pages.render(ctx, status, "auth/sign_in.jte", "Sign in", model);
    }

    private void signUp(Context ctx) {
        Params p = Params.of(ctx);
        Form entered = Form.entered(ctx.formParamMap(), "username", "email", "agreement");
        s.rateLimits().signUp(s.rateLimits().clientIp(ctx));
        Account a;
        try {
            a = s.signUp()
                    .signUp(new SignUp.Request(
                            p.string("username"),
                            p.string("email"),
                            p.string("password"),
                            Boolean.TRUE.equals(p.bool("agreement"))));
        } catch (Problem e) {
            if (e.retryAfterSeconds() > 0) throw e;
            showSignUp(ctx, e.status(), entered.with(e));
            return;
        }
        // An address that is a member's gets the same answer as a fresh sign-up (its owner is told by mail).
        if (a == null || ConfirmEmail.UNCONFIRMED.equals(a.state())) {
            Pages.seeOther(ctx, "/auth/sign_in", "confirm-sent");
            return;
        }
        if (!a.active()) {
            Pages.seeOther(ctx, "/auth/sign_in", "pending");
            return;
        }
        startSession(ctx, a);
        Pages.seeOther(ctx, "/", "welcome");
    }

    private void signIn(Context ctx) {
        Params p = Params.of(ctx);
        String login = p.string("login");
        String returnTo = localPath(p.string("return_to"));
        s.rateLimits().signIn(s.rateLimits().clientIp(ctx), login);
        Account a;
        try {
            a = s.signIn().signIn(login, p.string("password"));
        } catch (Problem e) {
            if (e.retryAfterSeconds() > 0) throw e;
            showSignIn(
                    ctx, e.status(), Form.entered(ctx.formParamMap(), "login").with(e), returnTo);
            return;
        }
        startSession(ctx, a);
        Pages.seeOther(ctx, returnTo == null ? "/" : returnTo);
    }

    /** A fresh session on every sign-in, ending the one the browser had, so no old token lives on. */
    private void startSession(Context ctx, Account a) {
        BrowserSessions.current(ctx)
                .ifPresent(c -> s.endSession().end(c.account().id(), c.session().id()));
        browser.begin(
                ctx, s.sessions().start(a.id(), ctx.userAgent(), s.rateLimits().clientIp(ctx)));
    }

    private void signOut(Context ctx) {
        BrowserSessions.current(ctx)
                .ifPresent(c -> s.endSession().end(c.account().id(), c.session().id()));
        browser.forget(ctx);
        Pages.seeOther(ctx, "/", "signed-out");
    }

    /** Only a path on this site may be returned to after signing in, never another site. */
    static String localPath(String returnTo) {
        return ReturnTo.safe(returnTo, 4000);
    }
}
