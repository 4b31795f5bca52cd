package social.rapport.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import social.rapport.account.Account;
import social.rapport.account.SessionViewers;

/**
 * Renders a jte template (compiled at build time) with the model every page shares: the title, the
 * signed-in person, the CSRF token and a notice. jte escapes every expression, so user text is safe.
 */
public final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Csrf csrf;
    /** The notices every feature declared, by their code in `?notice=`; an unknown code shows nothing. */
    private final Map<String, String> notices = new ConcurrentHashMap<>();
    /** The unread count in the navigation; the notifications feature, wired after the pages, sets it. */
    private volatile java.util.function.IntUnaryOperator unread = account -> 0;

    public Pages(Csrf csrf) {
        this.csrf = csrf;
    }

    /** Tells the pages how to count a person's unread notifications (the same count the API answers). */
    public void countUnreadWith(java.util.function.IntUnaryOperator counter) {
        this.unread = counter;
    }

    /** Lets the pages show a feature's notices. A code has one text: declaring another one is a wiring fault. */
    public void declare(Notices declared) {
        declared.texts().forEach((code, text) -> {
            String before = notices.putIfAbsent(code, text);
            if (before != null && !before.equals(text))
                throw new IllegalStateException("The notice " + code + " has two texts");
        });
    }

    public void render(Context ctx, String template, String title, Map<String, Object> params) {
        render(ctx, 200, template, title, params);
    }

    public void render(Context ctx, int status, String template, String title, Map<String, Object> params) {
        Map<String, Object> model = new HashMap<>(params);
        Page page = page(ctx, title);
        // An error page marks no place in the navigation: a post one may not see must answer exactly
        // as a missing one does, whatever path was asked for (under one's own profile or another's).
        if (status >= 400 && status != 422) page = page.withoutPath();
        model.put("page", page);
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        // Pages hold CSRF tokens and personal data: never cached, never framed, never sniffed.
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'");
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    Page page(Context ctx, String title) {
        Account viewer =
                BrowserSessions.current(ctx).map(SessionViewers.Found::account).orElse(null);
        String code = ctx.queryParam("notice");
        return new Page(
                title,
                viewer,
                csrf.token(ctx),
                code == null ? null : notices.get(code),
                viewer == null ? 0 : unread.applyAsInt(viewer.id()),
                ctx.path());
    }

    /**
     * After a successful form post: go to a page (303, so the browser follows with GET). Every target
     * passes the one safe-return check, so no page can send the browser to another site.
     */
    public static void seeOther(Context ctx, String path) {
        String safe = ReturnTo.safe(path, 8000);
        ctx.redirect(safe == null ? "/" : safe, HttpStatus.SEE_OTHER);
    }

    public static void seeOther(Context ctx, String path, String notice) {
        String safe = ReturnTo.safe(path, 8000);
        String target = safe == null ? "/" : safe;
        ctx.redirect(target + (target.contains("?") ? "&" : "?") + "notice=" + notice, HttpStatus.SEE_OTHER);
    }
}
