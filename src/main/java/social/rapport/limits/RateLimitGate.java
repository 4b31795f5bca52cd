package social.rapport.limits;

import io.javalin.http.Context;
import java.util.Locale;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.web.RequestGate;

/**
 * Applies the API and page limits to every request. The path is normalised before the bucket is chosen, so
 * `/API/v1/…`, `/api//v1/…`, `/api/v1/…/` or `/api/v1/….json` count like the plain path; and a path
 * that is not in its plain form (doubled or trailing slash) is answered 404 before any handler sees it.
 */
public final class RateLimitGate implements RequestGate {
    private final RateLimits limits;

    public RateLimitGate(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public void check(Context ctx, Viewer viewer) {
        String raw = ctx.path();
        String key = normalise(raw);
        if (isApi(key)) limits.api(viewer.accountId(), limits.clientIp(ctx));
        else if (isPage(key)) limits.page(viewer.accountId(), limits.clientIp(ctx));
        if (!raw.equals(collapse(raw))) throw Problem.notFound();
    }

    /** Doubled slashes collapsed and a trailing slash removed (the root stays "/"). */
    static String collapse(String path) {
        String p = path.replaceAll("/{2,}", "/");
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p.isEmpty() ? "/" : p;
    }

    /** The form used to choose a bucket: collapsed, lower-case, and without a format suffix like `.json`. */
    static String normalise(String path) {
        String p = collapse(path).toLowerCase(Locale.ROOT);
        int slash = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > slash && dot < p.length() - 1 && p.substring(dot + 1).chars().allMatch(Character::isLetter)) {
            p = p.substring(0, dot);
        }
        return p;
    }

    /**
     * Every other request but static files, pictures (media files, avatars, headers and custom emoji: a
     * page of posts loads many; an uploaded one is served only for its random name and, where it is
     * restricted, a signature or the session of someone who may see it) and the health check: the pages,
     * so they cannot be walked without limit.
     */
    static boolean isPage(String normalised) {
        return !normalised.startsWith("/static/")
                && !normalised.startsWith("/media/")
                && !normalised.startsWith("/avatars/")
                && !normalised.startsWith("/headers/")
                && !normalised.startsWith("/emoji/")
                && !normalised.equals("/health")
                && !normalised.equals("/metrics");
    }

    static boolean isApi(String normalised) {
        return normalised.startsWith("/api/")
                || normalised.equals("/api")
                || normalised.startsWith("/oauth/")
                || normalised.startsWith("/.well-known/")
                || normalised.startsWith("/nodeinfo");
    }
}
