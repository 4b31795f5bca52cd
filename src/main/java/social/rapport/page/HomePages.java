package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.FindAccount;
import social.rapport.web.Routes;

/** The home page, public profiles at /@handle, and the stylesheet. */
public final class HomePages implements Routes {
    private final Pages pages;
    private final FindAccount find;
    private final byte[] css;

    public HomePages(Pages pages, FindAccount find) {
        this.pages = pages;
        this.find = find;
        this.css = resource("/static/rapport.css");
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/", ctx -> pages.render(ctx, "home.jte", "Home", Map.of()));
        r.get("/@{handle}", this::profile);
        r.get("/static/rapport.css", ctx -> ctx.header("Cache-Control", "public, max-age=3600")
                .contentType("text/css; charset=utf-8").result(css));
    }

    private void profile(Context ctx) {
        Account a = find.byAcct(ctx.pathParam("handle"));
        pages.render(ctx, "profile.jte", a.shownName(), Map.of("account", a));
    }

    private static byte[] resource(String path) {
        try (InputStream in = HomePages.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
