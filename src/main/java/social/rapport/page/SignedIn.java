package social.rapport.page;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import social.rapport.account.SessionViewers;

/**
 * The one sign-in requirement of the pages. A page that needs a signed-in person is registered as
 * {@code r.get(path, SignedIn.page((ctx, me) -> ...))}: a visitor is sent to sign in first (and back
 * here afterwards when it was a page they can open again), and the handler gets the signed-in person.
 */
public final class SignedIn {
    /** A page handler that runs only for a signed-in person. */
    @FunctionalInterface
    public interface Handler {
        void handle(Context ctx, SessionViewers.Found me) throws Exception;
    }

    private SignedIn() {}

    /** The handler, run only once someone is signed in. */
    public static io.javalin.http.Handler page(Handler handler) {
        return ctx -> {
            SessionViewers.Found me = orSignIn(ctx);
            if (me != null) handler.handle(ctx, me);
        };
    }

    /**
     * The signed-in person's session, or null after sending the browser to sign in first. Only for pages
     * that decide late whether they need someone signed in; the rest use {@link #page}.
     */
    public static SessionViewers.Found orSignIn(Context ctx) {
        var found = BrowserSessions.current(ctx);
        if (found.isPresent()) return found.get();
        String back = ctx.method().name().equals("GET")
                ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString())
                : null;
        Pages.seeOther(
                ctx,
                back == null
                        ? "/auth/sign_in"
                        : "/auth/sign_in?return_to=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        return null;
    }
}
