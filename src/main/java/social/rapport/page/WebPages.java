package social.rapport.page;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import social.rapport.account.AccountStore;
import social.rapport.account.ApproveAccount;
import social.rapport.account.ChangePassword;
import social.rapport.account.ConfirmEmail;
import social.rapport.account.DeleteAccount;
import social.rapport.account.EndSession;
import social.rapport.account.FindAccount;
import social.rapport.account.InstanceRules;
import social.rapport.account.ListAccounts;
import social.rapport.account.ListSessions;
import social.rapport.account.ResetPassword;
import social.rapport.account.RevokeToken;
import social.rapport.account.SessionViewers;
import social.rapport.account.SetRegistrationMode;
import social.rapport.account.SetRole;
import social.rapport.account.Settings;
import social.rapport.account.SignIn;
import social.rapport.account.SignUp;
import social.rapport.account.SignedOutAccess;
import social.rapport.account.SuspendAccount;
import social.rapport.account.UpdateProfile;
import social.rapport.account.WebSessions;
import social.rapport.account.oauth.OAuth;
import social.rapport.core.Viewer;
import social.rapport.limits.RateLimits;
import social.rapport.store.Database;
import social.rapport.web.HtmlErrors;
import social.rapport.web.RequestGate;
import social.rapport.web.Routes;

/** The page half of the server, put together in one place so the App wires it with a few lines. */
public final class WebPages {
    /** The services the pages call. */
    public record Services(
            Database db,
            AccountStore accounts,
            Settings settings,
            SignUp signUp,
            SignIn signIn,
            WebSessions sessions,
            ChangePassword changePassword,
            DeleteAccount deleteAccount,
            RateLimits rateLimits,
            OAuth oauth,
            UpdateProfile updateProfile,
            FindAccount findAccount,
            ListSessions listSessions,
            EndSession endSession,
            RevokeToken revokeToken,
            SignedOutAccess signedOut,
            SuspendAccount suspend,
            ResetPassword resetPassword,
            ConfirmEmail confirmEmail) {}

    private final BrowserSessions browser;
    private final Csrf csrf;
    private final Pages pages;
    private final List<Routes> routes;

    public WebPages(Services s, Duration sessionIdle, boolean trustProxy, Clock clock) {
        Cookies cookies = new Cookies(trustProxy);
        WebSessions sessions = s.sessions();
        this.browser =
                new BrowserSessions(new SessionViewers(s.db(), sessions, s.accounts()), cookies, sessionIdle, clock);
        this.csrf = new Csrf(Csrf.keyOf(s.settings()), cookies);
        this.pages = new Pages(csrf);
        InstanceRules rules = new InstanceRules(s.settings(), clock);
        this.routes = List.of(
                new StaticFiles(),
                new AuthPages(pages, browser, s, rules),
                new PasswordResetPages(pages, s.resetPassword(), s.rateLimits()),
                new ConfirmEmailPages(pages, s.confirmEmail(), s.rateLimits()),
                new SettingsPages(pages, browser, s),
                new OAuthPages(pages, s.oauth()),
                new AdminPages(
                        pages,
                        new ListAccounts(s.db(), s.accounts()),
                        new ApproveAccount(s.db(), s.accounts()),
                        new SetRole(s.db(), s.accounts()),
                        new SetRegistrationMode(s.settings()),
                        s.suspend(),
                        s.signedOut(),
                        rules));
    }

    /** The signed-in person of a page request (the API never looks at cookies). */
    public Viewer viewer(Context ctx) {
        return browser.resolve(ctx);
    }

    /** The renderer, for the pages of features wired after this one. */
    public Pages pages() {
        return pages;
    }

    public RequestGate csrfGate() {
        return csrf;
    }

    public HtmlErrors errors() {
        return new PageErrors(pages);
    }

    public List<Routes> routes() {
        return routes;
    }
}
