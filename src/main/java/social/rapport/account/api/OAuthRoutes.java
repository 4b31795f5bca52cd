package social.rapport.account.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.oauth.OAuth;
import social.rapport.account.oauth.OAuthError;
import social.rapport.account.oauth.RegisterApp;
import social.rapport.core.Problem;
import social.rapport.core.Scopes;
import social.rapport.core.Viewer;
import social.rapport.limits.RateLimits;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** OAuth 2 over JSON: app registration, the token and revocation endpoints, and discovery metadata. */
public final class OAuthRoutes implements Routes {
    private final OAuth oauth;
    private final RegisterApp registerApp;
    private final RateLimits limits;
    private final String baseUrl;
    private final String vapidKey;

    /** `vapidKey` is the server's Web Push public key, announced in every Application entity. */
    public OAuthRoutes(OAuth oauth, RegisterApp registerApp, RateLimits limits, String baseUrl, String vapidKey) {
        this.vapidKey = vapidKey;
        this.oauth = oauth;
        this.registerApp = registerApp;
        this.limits = limits;
        this.baseUrl = baseUrl;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/apps", this::createApp);
        r.get("/api/v1/apps/verify_credentials", this::verifyApp);
        r.post("/oauth/token", this::token);
        r.post("/oauth/revoke", this::revoke);
        r.get("/.well-known/oauth-authorization-server", this::metadata);
        r.exception(OAuthError.class, (e, ctx) -> {
            if (e.status() == 401 && ctx.header("Authorization") != null) {
                ctx.header("WWW-Authenticate", "Basic realm=\"rapport\"");
            }
            ctx.status(e.status()).json(e.body());
        });
    }

    private void createApp(Context ctx) {
        Params p = Params.of(ctx);
        List<String> uris = p.list("redirect_uris");
        if (uris.isEmpty() && p.has("redirect_uri")) uris = List.of(p.string("redirect_uri", ""));
        RegisterApp.Registered reg =
                registerApp.register(p.string("client_name"), uris, p.string("scopes"), p.string("website"));
        ctx.json(ApplicationEntity.registered(reg.app(), reg.clientSecret(), vapidKey));
    }

    private void verifyApp(Context ctx) {
        Viewer v = Web.viewer(ctx);
        if (v.tokenId() == 0) throw Problem.unauthorized("The access token is invalid");
        OAuth.App app =
                oauth.appOfToken(v.tokenId()).orElseThrow(() -> Problem.unauthorized("The access token is invalid"));
        ctx.json(ApplicationEntity.shown(app, vapidKey));
    }

    private void token(Context ctx) {
        limits.tokenRequest(limits.clientIp(ctx));
        Params p = oauthParams(ctx);
        String[] client = clientCredentials(ctx, p);
        String grant = p.string("grant_type");
        if (grant == null || grant.isEmpty()) throw OAuthError.invalidRequest("grant_type is missing");
        if (!grant.equals("authorization_code") && !grant.equals("client_credentials")) {
            throw new OAuthError(400, "unsupported_grant_type", "The grant_type " + clip(grant) + " is not supported");
        }
        OAuth.App app = oauth.authenticateClient(client[0], client[1]);
        OAuth.Granted g = grant.equals("authorization_code")
                ? oauth.exchangeCode(app, p.string("code"), p.string("redirect_uri"), p.string("code_verifier"))
                : oauth.clientCredentials(app, p.string("scope"));
        ctx.header("Cache-Control", "no-store");
        ctx.json(g.entity());
    }

    private void revoke(Context ctx) {
        limits.tokenRequest(limits.clientIp(ctx));
        Params p = oauthParams(ctx);
        String[] client = clientCredentials(ctx, p);
        OAuth.App app = oauth.authenticateClient(client[0], client[1]);
        oauth.revoke(app, p.string("token"));
        ctx.json(Map.of());
    }

    /** Parameters of the token endpoints; anything malformed is an OAuth invalid_request, not a Problem. */
    private static Params oauthParams(Context ctx) {
        try {
            Params p = Params.of(ctx);
            for (String name : List.of(
                    "grant_type",
                    "code",
                    "redirect_uri",
                    "code_verifier",
                    "scope",
                    "token",
                    "client_id",
                    "client_secret")) {
                p.string(name);
            }
            return p;
        } catch (Problem e) {
            throw OAuthError.invalidRequest(e.getMessage());
        }
    }

    /** client_id and client_secret from HTTP Basic or from the body (RFC 6749 2.3.1). */
    private static String[] clientCredentials(Context ctx, Params p) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair =
                        new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon < 0) throw OAuthError.invalidClient();
                return new String[] {
                    java.net.URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)
                };
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient();
            }
        }
        return new String[] {p.string("client_id"), p.string("client_secret")};
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private void metadata(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", baseUrl + "/");
        m.put("authorization_endpoint", baseUrl + "/oauth/authorize");
        m.put("token_endpoint", baseUrl + "/oauth/token");
        m.put("app_registration_endpoint", baseUrl + "/api/v1/apps");
        m.put("revocation_endpoint", baseUrl + "/oauth/revoke");
        m.put("scopes_supported", Scopes.all());
        m.put("response_types_supported", List.of("code"));
        m.put("response_modes_supported", List.of("query"));
        m.put("code_challenge_methods_supported", List.of("S256"));
        m.put("grant_types_supported", List.of("authorization_code", "client_credentials"));
        m.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        ctx.json(m);
    }
}
