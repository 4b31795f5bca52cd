package social.rapport.page;

import io.javalin.http.Context;

/**
 * The cookies of the pages. Over https they carry the `__Host-` prefix and Secure (the browser then
 * refuses them from any other origin or path); over plain http, for local use, they cannot.
 * Behind a trusted proxy, X-Forwarded-Proto tells which one the browser used.
 */
public final class Cookies {
    private final boolean trustProxy;

    public Cookies(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    public boolean secure(Context ctx) {
        return social.rapport.web.Https.used(ctx.scheme(), ctx.header("X-Forwarded-Proto"), trustProxy);
    }

    public String sessionName(Context ctx) {
        return secure(ctx) ? "__Host-rapport" : "rapport";
    }

    public String csrfName(Context ctx) {
        return secure(ctx) ? "__Host-rapport_csrf" : "rapport_csrf";
    }

    public String read(Context ctx, String name) {
        return ctx.cookie(name);
    }

    /** Sets a cookie with the attributes every cookie of ours has; maxAge < 0 leaves it to the browser session. */
    public void set(Context ctx, String name, String value, long maxAgeSeconds) {
        StringBuilder b = new StringBuilder(name).append('=').append(value).append("; Path=/");
        if (maxAgeSeconds >= 0) b.append("; Max-Age=").append(maxAgeSeconds);
        b.append("; HttpOnly; SameSite=Lax");
        if (secure(ctx)) b.append("; Secure");
        ctx.res().addHeader("Set-Cookie", b.toString());
    }

    public void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }
}
