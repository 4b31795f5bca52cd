package social.rapport.timeline;

import io.javalin.http.Context;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.status.Cursor;
import social.rapport.web.Params;

/** Mastodon paging: `max_id`, `since_id`, `min_id`, `limit` in; a `Link` header out. */
public final class Paging {
    private Paging() {}

    public static Cursor cursor(Context ctx) {
        Params p = Params.query(ctx);
        Integer limit = p.integer("limit");
        int n = limit == null ? Cursor.DEFAULT_LIMIT : limit;
        if (n < 1) throw Problem.invalid("limit", "limit must be at least 1");
        n = Math.min(n, Cursor.MAX_LIMIT);
        long max = id(p, "max_id", Long.MAX_VALUE);
        long min = id(p, "min_id", -1);
        if (min >= 0) return new Cursor(max, min, true, n);
        return new Cursor(max, id(p, "since_id", 0), false, n);
    }

    private static long id(Params p, String name, long absent) {
        String v = p.string(name);
        if (v == null || v.isBlank()) return absent;
        long id = Ids.parse(v.trim());
        if (id < 0) throw Problem.invalid(name, name + " must be an id");
        return id;
    }

    /** Answers the page as JSON with Mastodon's Link header for the next (older) and previous (newer) pages. */
    public static void answer(Context ctx, LinkedPage<?> page) {
        link(ctx, page.next(), page.prev());
        ctx.json(page.items());
    }

    /** Mastodon's Link header alone, for an answer that is not a plain list (nothing when `next` is 0). */
    public static void link(Context ctx, long next, long prev) {
        if (next == 0) return;
        String base = ctx.scheme() + "://" + ctx.host() + ctx.path();
        String keep = keptQuery(ctx);
        ctx.header(
                "Link",
                "<" + base + "?" + keep + "max_id=" + next + ">; rel=\"next\", <" + base + "?" + keep + "min_id=" + prev
                        + ">; rel=\"prev\"");
    }

    private static String keptQuery(Context ctx) {
        StringBuilder b = new StringBuilder();
        ctx.queryParamMap().forEach((k, vs) -> {
            if (k.equals("max_id") || k.equals("min_id") || k.equals("since_id")) return;
            for (String v : vs) {
                b.append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                        .append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return b.toString();
    }
}
