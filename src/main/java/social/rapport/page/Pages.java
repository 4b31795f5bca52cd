package social.rapport.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.SessionViewers;

/**
 * Renders a jte template (compiled at build time) with the model every page shares: the title, the
 * signed-in person, the CSRF token and a notice. jte escapes every expression, so user text is safe.
 */
public final class Pages {
    /** Notices shown after a redirect, chosen by a code in the query so no text comes from the URL. */
    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("welcome", "Welcome to Rapport."),
            Map.entry("signed-out", "You are signed out."),
            Map.entry(
                    "pending",
                    "Your account is waiting for an administrator's approval. You can sign in once it is approved."),
            Map.entry("profile-saved", "Your profile is saved."),
            Map.entry("password-changed", "Your password is changed. Every other session and app was signed out."),
            Map.entry("session-ended", "The session is ended."),
            Map.entry("token-revoked", "The app's access is revoked."),
            Map.entry("deleted", "Your account is deleted."),
            Map.entry("settings-saved", "The settings are saved."),
            Map.entry("account-approved", "The account is approved."),
            Map.entry(
                    "account-suspended", "The account is suspended: it cannot sign in, and nothing it wrote is shown."),
            Map.entry("account-unsuspended", "The suspension is lifted."),
            Map.entry("role-changed", "The role is changed."),
            Map.entry("posted", "Your post is published."),
            Map.entry("followed", "Done: you follow them, or your request is sent."),
            Map.entry("unfollowed", "You no longer follow them."),
            Map.entry("blocked", "Blocked. Neither of you sees the other any more."),
            Map.entry("unblocked", "Unblocked."),
            Map.entry("muted", "Muted. Their posts leave your timelines."),
            Map.entry("unmuted", "Unmuted."),
            Map.entry("invited", "Your invitation is sent."),
            Map.entry("added-to-circle", "Added to the circle. They are not told."),
            Map.entry("authorized", "The follow request is accepted."),
            Map.entry("rejected", "The follow request is declined."),
            Map.entry("accepted", "You are connected now."),
            Map.entry("declined", "The invitation is declined."),
            Map.entry("ignored", "The invitation is set aside. They are not told."),
            Map.entry("privacy-saved", "Saved."),
            Map.entry("post-edited", "Your post is saved. Its earlier versions stay in its history."),
            Map.entry("post-deleted", "Your post is deleted."),
            Map.entry("connection-removed", "The connection is removed. Follows stay until either of you unfollows."),
            Map.entry("withdrawn", "The invitation is withdrawn."),
            Map.entry("request-cancelled", "Your follow request is cancelled."),
            Map.entry("circle-created", "The circle is made."),
            Map.entry("circle-renamed", "The circle is renamed."),
            Map.entry("circle-deleted", "The circle is deleted. Its members are not told."),
            Map.entry("removed-from-circle", "Removed from the circle. They are not told."),
            Map.entry("dismissed", "The notification is dismissed."),
            Map.entry("cleared", "Your notifications are cleared."),
            Map.entry("marked-read", "Your notifications are marked as read."),
            Map.entry("notification-policy-saved", "Your notification filters are saved."),
            Map.entry("claim-confirmed", "Confirmed: the claim shows on your profile."),
            Map.entry("claim-declined", "Declined: the claim is shown nowhere."),
            Map.entry("recommendation-accepted", "Accepted: the recommendation shows on your profile."),
            Map.entry("recommendation-hidden", "Hidden: the recommendation is shown nowhere."),
            Map.entry("revision-asked", "The recommendation is sent back to its author for a revision."),
            Map.entry("recommendation-revised", "Your revised recommendation is sent."),
            Map.entry("claim-sent", "Your claim is sent. It shows nowhere until they confirm it."),
            Map.entry("recommendation-sent", "Your recommendation is sent. It shows once they accept it."),
            Map.entry("reported", "Your report is sent to the moderators."),
            Map.entry("follower-removed", "They no longer follow you. They are not told."));

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Csrf csrf;
    /** The unread count in the navigation; the notifications feature, wired after the pages, sets it. */
    private volatile java.util.function.IntUnaryOperator unread = account -> 0;

    public Pages(Csrf csrf) {
        this.csrf = csrf;
    }

    /** Tells the pages how to count a person's unread notifications (the same count the API answers). */
    public void countUnreadWith(java.util.function.IntUnaryOperator counter) {
        this.unread = counter;
    }

    public void render(Context ctx, String template, String title, Map<String, Object> params) {
        render(ctx, 200, template, title, params);
    }

    public void render(Context ctx, int status, String template, String title, Map<String, Object> params) {
        Map<String, Object> model = new HashMap<>(params);
        model.put("page", page(ctx, title));
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
                code == null ? null : NOTICES.get(code),
                viewer == null ? 0 : unread.applyAsInt(viewer.id()));
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
