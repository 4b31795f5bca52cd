package social.rapport.page;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import social.rapport.account.Secrets;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.RequestGate;
import social.rapport.web.WebServer;

/**
 * Cross-site request forgery protection for every form. A signed-in person's forms carry their
 * session's own token. Forms used before signing in (sign-in, sign-up) use a signed double submit:
 * a random cookie, and in the form its HMAC under the server's key, so a value planted in the cookie
 * by someone else cannot be matched without the key. Every state-changing request to a page is
 * checked before its handler runs; a mismatch is a 403 and nothing changes.
 */
public final class Csrf implements RequestGate {
    public static final String FIELD = "_csrf";
    private static final String ANON_ATTR = "rapport.page.anon_csrf";
    private final SecretKeySpec key;
    private final Cookies cookies;

    public Csrf(String key, Cookies cookies) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.cookies = cookies;
    }

    /**
     * The server's signing key, made once and kept in the database so that every node of a
     * deployment, and the server after a restart, accepts the forms the others rendered.
     */
    public static String keyOf(social.rapport.account.Settings settings) {
        return settings.get("csrf_key").orElseGet(() -> {
            settings.set("csrf_key", Secrets.token());
            return settings.get("csrf_key").orElseThrow();
        });
    }

    /** The token to put in this request's forms; sets the anonymous cookie when it is missing. */
    public String token(Context ctx) {
        var session = BrowserSessions.current(ctx);
        if (session.isPresent()) return session.get().session().csrfToken();
        String seed = ctx.attribute(ANON_ATTR);
        if (seed == null) seed = ctx.cookie(cookies.csrfName(ctx));
        if (seed == null || seed.isEmpty() || seed.length() > 100) {
            seed = Secrets.token();
            cookies.set(ctx, cookies.csrfName(ctx), seed, -1);
        }
        ctx.attribute(ANON_ATTR, seed);
        return sign(seed);
    }

    @Override
    public void check(Context ctx, Viewer viewer) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        if (WebServer.wantsJson(ctx)) return;
        String sent = ctx.formParam(FIELD);
        if (!valid(ctx, sent)) {
            throw Problem.forbidden(
                    "This form has expired or did not come from this site. Go back, reload the page and try again.");
        }
    }

    private boolean valid(Context ctx, String sent) {
        if (sent == null || sent.isEmpty()) return false;
        var session = BrowserSessions.current(ctx);
        if (session.isPresent())
            return Secrets.same(sent, session.get().session().csrfToken());
        String seed = ctx.cookie(cookies.csrfName(ctx));
        return seed != null && !seed.isEmpty() && seed.length() <= 100 && Secrets.same(sent, sign(seed));
    }

    private String sign(String seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
