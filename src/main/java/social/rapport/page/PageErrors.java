package social.rapport.page;

import io.javalin.http.Context;
import java.util.Map;
import social.rapport.web.HtmlErrors;

/** Errors on pages, in the shared layout, so a person can find their way on from them. */
public final class PageErrors implements HtmlErrors {
    private final Pages pages;

    public PageErrors(Pages pages) {
        this.pages = pages;
    }

    @Override
    public void render(Context ctx, int status, String message) {
        try {
            pages.render(ctx, status, "error.jte", title(status), Map.of("status", status, "message", message));
        } catch (RuntimeException e) {
            // A failure while rendering the error itself must still answer something safe.
            PLAIN.render(ctx, status, message);
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 401, 403 -> "Not allowed";
            case 404 -> "Not found";
            case 413 -> "Too large";
            case 422 -> "Please check what you entered";
            case 429 -> "Too many attempts";
            default -> status >= 500 ? "Something went wrong" : "Request refused";
        };
    }
}
