package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.SessionViewers;
import social.rapport.account.UpdateProfile;
import social.rapport.core.Problem;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * One's own settings: profile, sessions and apps, password, and deleting the account. Only for the
 * signed-in person; someone else's session or token is answered as not found.
 */
public final class SettingsPages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("profile-saved", "Your profile is saved."),
            Map.entry("password-changed", "Your password is changed. Every other session and app was signed out."),
            Map.entry("session-ended", "The session is ended."),
            Map.entry("token-revoked", "The app's access is revoked."),
            Map.entry("deleted", "Your account is deleted.")));

    private final Pages pages;
    private final BrowserSessions browser;
    private final WebPages.Services s;

    public SettingsPages(Pages pages, BrowserSessions browser, WebPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.browser = browser;
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/settings", SignedIn.page((ctx, me) -> pages.render(ctx, "settings/index.jte", "Settings", Map.of())));
        r.get("/settings/profile", SignedIn.page((ctx, me) -> showProfile(ctx, 200, profileForm(me.account()))));
        r.post("/settings/profile", SignedIn.page(this::saveProfile));
        r.get("/settings/password", SignedIn.page((ctx, me) -> showPassword(ctx, 200, Form.EMPTY)));
        r.post("/settings/password", SignedIn.page(this::changePassword));
        r.get("/settings/delete", SignedIn.page((ctx, me) -> showDelete(ctx, 200, Form.EMPTY)));
        r.post("/settings/delete", SignedIn.page(this::delete));
        r.get("/settings/sessions", SignedIn.page((ctx, me) -> {
            pages.render(
                    ctx,
                    "settings/sessions.jte",
                    "Sessions and apps",
                    Map.of(
                            "listing",
                            s.listSessions().of(me.account().id()),
                            "currentSessionId",
                            me.session().id()));
        }));
        r.post("/settings/sessions/{id}/end", SignedIn.page(this::endSession));
        r.post("/settings/tokens/{id}/revoke", SignedIn.page((ctx, me) -> {
            s.revokeToken().revoke(me.account().id(), Web.longId(ctx, "id"));
            Pages.seeOther(ctx, "/settings/sessions", "token-revoked");
        }));
    }

    private static Form profileForm(Account a) {
        return Form.of(Map.of(
                "display_name",
                a.displayName() == null ? "" : a.displayName(),
                "note",
                a.note() == null ? "" : a.note(),
                "locked",
                a.locked() ? "1" : "",
                "discoverable",
                a.discoverable() ? "1" : "",
                "indexable",
                a.indexable() ? "1" : ""));
    }

    private void showProfile(Context ctx, int status, Form form) {
        pages.render(ctx, status, "settings/profile.jte", "Profile", Map.of("form", form));
    }

    private void showPassword(Context ctx, int status, Form form) {
        pages.render(ctx, status, "settings/password.jte", "Change your password", Map.of("form", form));
    }

    private void showDelete(Context ctx, int status, Form form) {
        pages.render(ctx, status, "settings/delete.jte", "Delete your account", Map.of("form", form));
    }

    private void saveProfile(Context ctx, SessionViewers.Found me) {
        Params p = Params.of(ctx);
        // The checkbox sends nothing when unticked, so `locked` only changes when the form showed it.
        Boolean locked = p.has("locked_shown") ? Boolean.TRUE.equals(p.bool("locked")) : null;
        Boolean discoverable = p.has("discovery_shown") ? Boolean.TRUE.equals(p.bool("discoverable")) : null;
        Boolean indexable = p.has("discovery_shown") ? Boolean.TRUE.equals(p.bool("indexable")) : null;
        try {
            s.updateProfile()
                    .update(
                            me.account().id(),
                            new UpdateProfile.Changes(
                                    p.string("display_name"), p.string("note"), locked, null, discoverable, indexable));
        } catch (Problem e) {
            showProfile(
                    ctx,
                    e.status(),
                    Form.entered(ctx.formParamMap(), "display_name", "note", "locked", "discoverable", "indexable")
                            .with(e));
            return;
        }
        Pages.seeOther(ctx, "/settings/profile", "profile-saved");
    }

    private void changePassword(Context ctx, SessionViewers.Found me) {
        Params p = Params.of(ctx);
        try {
            s.changePassword()
                    .change(
                            me.account().id(),
                            p.string("current_password"),
                            p.string("password"),
                            me.session().id(),
                            0,
                            s.rateLimits().clientIp(ctx));
        } catch (Problem e) {
            if (e.retryAfterSeconds() > 0) throw e;
            showPassword(ctx, e.status(), Form.EMPTY.with(e));
            return;
        }
        Pages.seeOther(ctx, "/settings", "password-changed");
    }

    private void endSession(Context ctx, SessionViewers.Found me) {
        long id = Web.longId(ctx, "id");
        s.endSession().end(me.account().id(), id);
        if (id == me.session().id()) {
            browser.forget(ctx);
            Pages.seeOther(ctx, "/", "signed-out");
        } else {
            Pages.seeOther(ctx, "/settings/sessions", "session-ended");
        }
    }

    private void delete(Context ctx, SessionViewers.Found me) {
        try {
            s.deleteAccount()
                    .delete(
                            me.account().id(),
                            Params.of(ctx).string("password"),
                            s.rateLimits().clientIp(ctx));
        } catch (Problem e) {
            if (e.retryAfterSeconds() > 0) throw e;
            showDelete(ctx, e.status(), Form.EMPTY.with(e));
            return;
        }
        browser.forget(ctx);
        Pages.seeOther(ctx, "/", "deleted");
    }
}
