package social.rapport.emoji.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.Map;
import social.rapport.core.Problem;
import social.rapport.emoji.CustomEmojis;
import social.rapport.emoji.ManageEmojis;
import social.rapport.page.Form;
import social.rapport.page.Notices;
import social.rapport.page.Pages;
import social.rapport.page.SignedIn;
import social.rapport.web.Params;
import social.rapport.web.Routes;

/**
 * The administrators' custom emoji page: every emoji with its image, a form to add one (a shortcode,
 * an optional category, an image) and a button to delete each. To everyone else it does not exist.
 */
public final class EmojiPages implements Routes {
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("emoji-added", "The emoji is added."), Map.entry("emoji-deleted", "The emoji is deleted.")));

    private final Pages pages;
    private final CustomEmojis emojis;
    private final ManageEmojis manage;

    public EmojiPages(Pages pages, CustomEmojis emojis, ManageEmojis manage) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.emojis = emojis;
        this.manage = manage;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/admin/emoji", SignedIn.page((ctx, me) -> {
            if (!me.account().admin()) throw Problem.notFound();
            show(ctx, 200, Form.EMPTY);
        }));
        r.post("/admin/emoji", SignedIn.page((ctx, me) -> {
            boolean admin = me.account().admin();
            if (!admin) throw Problem.notFound();
            Params p = Params.of(ctx);
            try {
                manage.add(admin, p.string("shortcode"), p.string("category"), image(ctx));
            } catch (Problem e) {
                if (e.status() == 404) throw e;
                show(
                        ctx,
                        e.status(),
                        Form.entered(ctx.formParamMap(), "shortcode", "category")
                                .with(e));
                return;
            }
            Pages.seeOther(ctx, "/admin/emoji", "emoji-added");
        }));
        r.post("/admin/emoji/{shortcode}/delete", SignedIn.page((ctx, me) -> {
            manage.delete(me.account().admin(), ctx.pathParam("shortcode"));
            Pages.seeOther(ctx, "/admin/emoji", "emoji-deleted");
        }));
    }

    /** The `image` file part, at most one byte over the limit (so that "too large" can be told); null when none. */
    private static byte[] image(Context ctx) throws Exception {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (!type.startsWith("multipart/form-data")) return null;
        Part part = ctx.req().getPart("image");
        if (part == null || part.getSubmittedFileName() == null) return null;
        try (InputStream in = part.getInputStream()) {
            return ManageEmojis.readLimited(in);
        }
    }

    private void show(Context ctx, int status, Form form) {
        pages.render(ctx, status, "admin/emoji.jte", "Custom emoji", Map.of("form", form, "emojis", emojis.all()));
    }
}
