package social.rapport.page;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.status.Cursor;
import social.rapport.timeline.LinkedPage;

/**
 * Paging shared by the reading pages: newest first, an "Older posts" link by `max_id` that works
 * without JavaScript, and with `fragment=1` only the next posts and the next link, which htmx
 * appends in place of the link when it scrolls into view.
 */
final class Listing {
    static final int PER_PAGE = 20;

    private Listing() {}

    /** The newest page, or the one older than `max_id`; a malformed id is a 422. */
    static Cursor cursor(Context ctx) {
        String v = ctx.queryParam("max_id");
        if (v == null || v.isBlank()) return Cursor.newest(PER_PAGE);
        long id = Ids.parse(v.trim());
        if (id <= 0) throw Problem.invalid("max_id", "max_id must be an id");
        return new Cursor(id, 0, false, PER_PAGE);
    }

    /** Asked for the next posts only, by the infinite scroll. */
    static boolean fragment(Context ctx) {
        return "1".equals(ctx.queryParam("fragment"));
    }

    /** The link to the next older page of `path`, or null when this page was the last. */
    static String older(String path, LinkedPage<?> page) {
        return page.items().size() >= PER_PAGE && page.next() != 0 ? path + "?max_id=" + page.next() : null;
    }

    /** Answers only the posts of the page and the link to the next one. */
    static void more(Pages pages, Context ctx, LinkedPage<?> page, String path, PostActions actions) {
        Map<String, Object> model = new HashMap<>();
        model.put("timeline", page.items());
        model.put("older", optional(older(path, page)));
        model.put("actions", actions);
        pages.render(ctx, "timeline/more.jte", "Older posts", model);
    }

    /** jte takes no null in a Map.of, so a missing link is an empty string. */
    static String optional(String s) {
        return s == null ? "" : s;
    }
}
