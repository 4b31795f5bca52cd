package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import social.rapport.account.SessionViewers;
import social.rapport.account.oauth.OAuth;
import social.rapport.web.Params;
import social.rapport.web.Routes;

/**
 * The OAuth consent page. The request is checked before anything else, so a bad client or redirect
 * shows an error here and never sends the browser anywhere; then the person signs in if needed,
 * reads what the app asks for in plain words, and allows or denies it.
 */
public final class OAuthPages implements Routes {
    private final Pages pages;
    private final OAuth oauth;

    public OAuthPages(Pages pages, OAuth oauth) {
        this.pages = pages;
        this.oauth = oauth;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/oauth/authorize", this::ask);
        r.post("/oauth/authorize", this::decide);
    }

    private OAuth.AuthorizationRequest check(Params p) {
        return oauth.checkAuthorization(
                p.string("client_id"),
                p.string("redirect_uri"),
                p.string("response_type"),
                p.string("scope"),
                p.string("code_challenge"),
                p.string("code_challenge_method"),
                p.string("state"));
    }

    private void ask(Context ctx) {
        OAuth.AuthorizationRequest req = check(Params.query(ctx));
        if (SignedIn.orSignIn(ctx) == null) return;
        pages.render(
                ctx,
                "oauth/authorize.jte",
                "Allow " + req.app().name(),
                Map.of("req", req, "scopeWords", ScopeWords.describe(req.scopes())));
    }

    private void decide(Context ctx) {
        OAuth.AuthorizationRequest req = check(Params.of(ctx));
        SessionViewers.Found me = SignedIn.orSignIn(ctx);
        if (me == null) return;
        boolean approved = "approve".equals(ctx.formParam("decision"));
        if (!approved) {
            if (OAuth.OOB.equals(req.redirectUri())) {
                showCode(ctx, req, null);
                return;
            }
            ctx.redirect(denial(req), HttpStatus.SEE_OTHER);
            return;
        }
        String code = oauth.issueCode(req, me.account().id());
        String target = oauth.redirectFor(req, code);
        if (target == null) showCode(ctx, req, code);
        else ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    private void showCode(Context ctx, OAuth.AuthorizationRequest req, String code) {
        Map<String, Object> model = new HashMap<>();
        model.put("appName", req.app().name());
        model.put("code", code);
        pages.render(ctx, "oauth/code.jte", code == null ? "Access denied" : "Authorization code", model);
    }

    /** RFC 6749 §4.1.2.1: the app learns of the refusal at its own redirect URI, with its state. */
    static String denial(OAuth.AuthorizationRequest req) {
        StringBuilder b = new StringBuilder(req.redirectUri());
        b.append(req.redirectUri().contains("?") ? '&' : '?').append("error=access_denied");
        if (req.state() != null && !req.state().isEmpty()) {
            b.append("&state=").append(URLEncoder.encode(req.state(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }
}
