package social.rapport.web;

import io.javalin.http.Context;

/** Renders an error for a person using the pages, not the API. */
public interface HtmlErrors {
    void render(Context ctx, int status, String message);

    /** A plain, escaped page used until the page layer installs its own. */
    HtmlErrors PLAIN = (ctx, status, message) -> ctx.status(status)
            .contentType("text/html; charset=utf-8")
            .result("<!doctype html><title>" + status + "</title><p>" + Html.escape(message) + "</p>");
}
