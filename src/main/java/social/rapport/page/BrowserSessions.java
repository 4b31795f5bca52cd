package social.rapport.page;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import social.rapport.account.SessionViewers;
import social.rapport.account.WebSessions;
import social.rapport.core.Viewer;

/**
 * Who is signed in on a page request: the session cookie, looked up in the session store. The cookie
 * lives as long as the session may stay idle, and is renewed when the session is used, so an active
 * person stays signed in and an idle one is signed out after `Config.sessionIdle()`.
 */
public final class BrowserSessions {
    private static final String ATTR = "rapport.page.session";
    private final SessionViewers viewers;
    private final Cookies cookies;
    private final long idleSeconds;
    private final Clock clock;

    public BrowserSessions(SessionViewers viewers, Cookies cookies, Duration idle, Clock clock) {
        this.viewers = viewers;
        this.cookies = cookies;
        this.idleSeconds = idle.toSeconds();
        this.clock = clock;
    }

    public Viewer resolve(Context ctx) {
        String name = cookies.sessionName(ctx);
        String value = ctx.cookie(name);
        if (value == null || value.isEmpty()) return Viewer.ANONYMOUS;
        Optional<SessionViewers.Found> found = viewers.resolve(value);
        if (found.isEmpty()) {
            cookies.clear(ctx, name);
            return Viewer.ANONYMOUS;
        }
        ctx.attribute(ATTR, found.get());
        if (clock.millis() - found.get().session().lastSeenAt() > 60_000) cookies.set(ctx, name, value, idleSeconds);
        return found.get().viewer();
    }

    /** The session of this request, when someone is signed in. */
    public static Optional<SessionViewers.Found> current(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTR));
    }

    /** Hands the browser the cookie of a session just started. */
    public void begin(Context ctx, WebSessions.Started started) {
        cookies.set(ctx, cookies.sessionName(ctx), started.cookieValue(), idleSeconds);
    }

    public void forget(Context ctx) {
        cookies.clear(ctx, cookies.sessionName(ctx));
    }
}
