package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.SessionViewers;
import social.rapport.core.Problem;
import social.rapport.relation.DescribeAudience;
import social.rapport.status.EditStatus;
import social.rapport.status.PostStatus;
import social.rapport.status.StatusEntity;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * What one does with a post from the pages: like, repost, bookmark, pin (small forms on every post,
 * swapped in place by htmx when it runs), reply, quote, edit, delete with a confirmation, the
 * history of an edited post, and long-form articles with a preview. Every action calls the same
 * service as the API, so a post the viewer may not see answers the same 404 page as a missing one.
 * Each form comes back to the page it was sent from (a path on this site only).
 */
final class PostPages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("post-edited", "Your post is saved. Its earlier versions stay in its history."),
            Map.entry("post-deleted", "Your post is deleted.")));

    private final Pages pages;
    private final SocialPages.Services s;
    private final ComposerMedia media;

    PostPages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
        this.media = new ComposerMedia(services.uploads(), services.ownMedia());
    }

    private interface Toggle {
        void apply(int viewer, long id);
    }

    @Override
    public void register(RoutesConfig r) {
        var post = s.posts().services();
        toggle(r, "favourite", (v, id) -> post.favourite().favourite(v, id, true));
        toggle(r, "unfavourite", (v, id) -> post.favourite().favourite(v, id, false));
        toggle(r, "reblog", (v, id) -> post.reblog().reblog(v, id));
        toggle(r, "unreblog", (v, id) -> post.reblog().unreblog(v, id));
        toggle(r, "bookmark", (v, id) -> post.bookmark().bookmark(v, id, true));
        toggle(r, "unbookmark", (v, id) -> post.bookmark().bookmark(v, id, false));
        toggle(r, "pin", (v, id) -> post.pin().pin(v, id, true));
        toggle(r, "unpin", (v, id) -> post.pin().pin(v, id, false));
        r.get("/statuses/{id}/history", this::history);
        r.get("/statuses/{id}/delete", SignedIn.page(this::confirmDelete));
        r.post("/statuses/{id}/delete", SignedIn.page(this::delete));
        r.get("/statuses/{id}/edit", SignedIn.page(this::editForm));
        r.post("/statuses/{id}/edit", SignedIn.page(this::edit));
        r.get("/statuses/{id}/reply", SignedIn.page((ctx, me) -> composeForm(ctx, me, "reply")));
        r.post("/statuses/{id}/reply", SignedIn.page((ctx, me) -> compose(ctx, me, "reply")));
        r.get("/statuses/{id}/quote", SignedIn.page((ctx, me) -> composeForm(ctx, me, "quote")));
        r.post("/statuses/{id}/quote", SignedIn.page((ctx, me) -> compose(ctx, me, "quote")));
        r.get("/articles/new", SignedIn.page(this::articleForm));
        r.post("/articles", SignedIn.page(this::article));
    }

    // Like, repost, bookmark, pin: one form post each, back to the page (or the post's actions for htmx).

    private void toggle(RoutesConfig r, String verb, Toggle t) {
        r.post("/statuses/{id}/" + verb, SignedIn.page((ctx, me) -> {
            int viewer = me.account().id();
            long id = Web.longId(ctx, "id");
            String back = ReturnTo.or(ctx.formParam("return_to"), "/");
            try {
                t.apply(viewer, id);
            } catch (Problem e) {
                if (e.status() == 404) throw e;
                refused(ctx, e, back);
                return;
            }
            if ("true".equals(ctx.header("HX-Request"))) {
                StatusEntity shown = s.posts().services().show().show(viewer, id);
                if (shown.reblog() != null) shown = shown.reblog();
                String entry = ctx.formParam("entry");
                if (entry == null || !entry.matches("[0-9]{1,19}")) entry = shown.id();
                PostActions actions = PostActions.of(
                        pages.page(ctx, "").csrf(), ReturnTo.withoutFragment(back), s.posts(), viewer, List.of(shown));
                pages.render(
                        ctx, "post/actions.jte", "Post", Map.of("entryId", entry, "shown", shown, "actions", actions));
                return;
            }
            Pages.seeOther(ctx, back);
        }));
    }

    private void refused(Context ctx, Problem e, String back) {
        String message = e.fields().isEmpty()
                ? e.getMessage()
                : String.join(" ", e.fields().values());
        pages.render(
                ctx,
                e.status(),
                "post/refused.jte",
                "Not done",
                Map.of("message", message, "returnTo", ReturnTo.withoutFragment(back)));
    }

    // History, for whoever may see the post.

    private void history(Context ctx) {
        int viewer = BrowserSessions.current(ctx).map(f -> f.account().id()).orElse(0);
        long id = Web.longId(ctx, "id");
        var show = s.posts().services().show();
        List<StatusEntity.Edit> versions = show.history(viewer, id);
        StatusEntity target = show.show(viewer, id);
        if (target.reblog() != null) target = target.reblog();
        pages.render(ctx, "post/history.jte", "History", Map.of("target", target, "versions", versions));
    }

    // Delete: a confirmation page, then the form post.

    private void confirmDelete(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        long id = Web.longId(ctx, "id");
        s.posts().services().edit().source(viewer, id);
        pages.render(
                ctx,
                "post/delete.jte",
                "Delete a post",
                Map.of(
                        "target",
                        s.posts().services().show().show(viewer, id),
                        "returnTo",
                        ReturnTo.or(ctx.queryParam("return_to"), "/")));
    }

    private void delete(Context ctx, SessionViewers.Found me) {
        long id = Web.longId(ctx, "id");
        String back = ReturnTo.or(ctx.formParam("return_to"), "/");
        s.posts().services().delete().delete(me.account().id(), id);
        Pages.seeOther(
                ctx, ReturnTo.withNotice(about(back, id) ? "/" : ReturnTo.withoutFragment(back), "post-deleted"));
    }

    /** Does the path name this post (its thread, its edit page…), which no longer exists? */
    private static boolean about(String path, long id) {
        String p = ReturnTo.withoutFragment(path);
        int q = p.indexOf('?');
        if (q >= 0) p = p.substring(0, q);
        for (String segment : p.split("/")) if (segment.equals(Long.toString(id))) return true;
        return false;
    }

    // Edit one's own post.

    private void editForm(Context ctx, SessionViewers.Found me) {
        EditStatus.Source src = s.posts().services().edit().source(me.account().id(), Web.longId(ctx, "id"));
        Map<String, String> values = new HashMap<>();
        values.put("status", src.text());
        values.put("spoiler_text", src.spoilerText());
        if (src.title() != null) values.put("title", src.title());
        List<EditedMedia> media =
                EditedMedia.of(s.posts().services().show().show(me.account().id(), src.id()));
        showEdit(ctx, 200, src, media, Form.of(values), ReturnTo.or(ctx.queryParam("return_to"), "/"));
    }

    private void showEdit(
            Context ctx, int status, EditStatus.Source src, List<EditedMedia> media, Form form, String back) {
        pages.render(
                ctx,
                status,
                "post/edit.jte",
                "Edit a post",
                Map.of("source", src, "media", media, "form", form, "returnTo", back));
    }

    private void edit(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        long id = Web.longId(ctx, "id");
        EditStatus.Source src = s.posts().services().edit().source(viewer, id);
        Params p = Params.of(ctx);
        String back = ReturnTo.or(p.string("return_to"), "/");
        List<Map<String, String>> sentMedia = p.records("media", "id", "description", "remove");
        try {
            s.posts()
                    .services()
                    .edit()
                    .edit(
                            viewer,
                            id,
                            new EditStatus.Request(
                                    p.string("status"),
                                    src.article() ? p.string("title") : null,
                                    p.string("spoiler_text", ""),
                                    null,
                                    null,
                                    null,
                                    EditedMedia.kept(sentMedia),
                                    EditedMedia.descriptions(sentMedia)));
        } catch (Problem e) {
            if (e.status() == 404) throw e;
            List<EditedMedia> media = EditedMedia.entered(
                    EditedMedia.of(s.posts().services().show().show(viewer, id)), sentMedia);
            showEdit(
                    ctx,
                    e.status(),
                    src,
                    media,
                    Form.entered(ctx.formParamMap(), "status", "title", "spoiler_text")
                            .with(e),
                    back);
            return;
        }
        Pages.seeOther(ctx, ReturnTo.withNotice(back, "post-edited"));
    }

    // Reply and quote: the composer with the post above it.

    private void composeForm(Context ctx, SessionViewers.Found me, String mode) {
        int viewer = me.account().id();
        long id = Web.longId(ctx, "id");
        StatusEntity target = target(viewer, id);
        Map<String, String> values = defaults(viewer);
        boolean open =
                target.visibility().equals("public") || target.visibility().equals("unlisted");
        if (mode.equals("reply")) {
            if (!open) values.put("audience", "mentioned");
            if (!target.account().id().equals(Integer.toString(viewer)))
                values.put("status", "@" + target.account().acct() + " ");
        }
        showCompose(ctx, 200, viewer, target, mode, Form.of(values), ReturnTo.or(ctx.queryParam("return_to"), "/"));
    }

    private StatusEntity target(int viewer, long id) {
        StatusEntity t = s.posts().services().show().show(viewer, id);
        return t.reblog() != null ? t.reblog() : t;
    }

    private void showCompose(
            Context ctx, int status, int viewer, StatusEntity target, String mode, Form form, String back) {
        var can = s.posts()
                .abilities()
                .of(viewer, List.of(Long.parseLong(target.id())))
                .getOrDefault(Long.parseLong(target.id()), social.rapport.status.PostAbilities.Ability.NONE);
        boolean allowed = mode.equals("quote") ? can.quote() : can.reply();
        Map<String, Object> model = composerModel(viewer, form);
        model.put("target", target);
        model.put("mode", mode);
        model.put("allowed", allowed);
        model.put("returnTo", back);
        pages.render(ctx, allowed ? status : 403, "post/compose.jte", mode.equals("reply") ? "Reply" : "Quote", model);
    }

    private void compose(Context ctx, SessionViewers.Found me, String mode) {
        int viewer = me.account().id();
        long id = Web.longId(ctx, "id");
        StatusEntity target = target(viewer, id);
        Params p = Params.of(ctx);
        String back = ReturnTo.or(p.string("return_to"), "/");
        Form form = Form.entered(
                ctx.formParamMap(),
                "status",
                "spoiler_text",
                "audience",
                "audience_except",
                "reply_policy",
                "quote_approval_policy",
                "sensitive",
                "description[0]",
                "description[1]",
                "description[2]",
                "description[3]");
        if (p.string("check") != null) {
            showCompose(ctx, 200, viewer, target, mode, form, back);
            return;
        }
        try {
            List<String> attached = media.fromForm(ctx, viewer);
            s.posts()
                    .services()
                    .post()
                    .post(
                            viewer,
                            new PostStatus.Request(
                                    p.string("status"),
                                    null,
                                    p.string("spoiler_text"),
                                    Boolean.TRUE.equals(p.bool("sensitive")),
                                    null,
                                    null,
                                    grants(p.string("audience")),
                                    grants(p.string("audience_except")),
                                    p.string("reply_policy"),
                                    mode.equals("reply") ? Long.toString(id) : null,
                                    mode.equals("quote") ? Long.toString(id) : null,
                                    p.string("quote_approval_policy"),
                                    attached));
        } catch (Problem e) {
            if (e.status() == 404) throw e;
            showCompose(ctx, e.status(), viewer, target, mode, form.with(ComposerMedia.onForm(e)), back);
            return;
        }
        Pages.seeOther(ctx, ReturnTo.withNotice(back, "posted"));
    }

    // Articles: title and Markdown, a preview rendered by the posting service, then publish.

    private void articleForm(Context ctx, SessionViewers.Found me) {
        showArticle(ctx, 200, me.account().id(), Form.of(defaults(me.account().id())), null);
    }

    private void showArticle(Context ctx, int status, int viewer, Form form, PostStatus.Preview preview) {
        Map<String, Object> model = composerModel(viewer, form);
        if (preview != null) model.put("preview", preview);
        pages.render(ctx, status, "post/article.jte", "Write an article", model);
    }

    private void article(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        Params p = Params.of(ctx);
        Form form = Form.entered(
                ctx.formParamMap(),
                "title",
                "status",
                "audience",
                "audience_except",
                "reply_policy",
                "quote_approval_policy");
        String title = p.string("title", "");
        try {
            if (p.string("check") != null) {
                showArticle(ctx, 200, viewer, form, null);
                return;
            }
            if (p.string("preview") != null) {
                showArticle(
                        ctx, 200, viewer, form, s.posts().services().post().preview(viewer, p.string("status"), title));
                return;
            }
            s.posts()
                    .services()
                    .post()
                    .post(
                            viewer,
                            new PostStatus.Request(
                                    p.string("status"),
                                    title,
                                    null,
                                    false,
                                    null,
                                    null,
                                    grants(p.string("audience")),
                                    grants(p.string("audience_except")),
                                    p.string("reply_policy"),
                                    null,
                                    null,
                                    p.string("quote_approval_policy")));
        } catch (Problem e) {
            if (e.status() == 404) throw e;
            showArticle(ctx, e.status(), viewer, form.with(e), null);
            return;
        }
        Pages.seeOther(ctx, "/", "posted");
    }

    // The composer's pickers, shared by replies, quotes and articles.

    private Map<String, String> defaults(int viewer) {
        var d = s.posts().services().defaults().show(viewer);
        Map<String, String> values = new HashMap<>();
        values.put("audience", d.audience().size() == 1 ? d.audience().get(0) : "public");
        values.put(
                "audience_except",
                d.audienceExcept().isEmpty() ? "" : d.audienceExcept().get(0));
        values.put("reply_policy", d.replyPolicy());
        values.put("quote_approval_policy", "public");
        return values;
    }

    private Map<String, Object> composerModel(int viewer, Form form) {
        DescribeAudience.Described d;
        try {
            d = s.relations()
                    .describeAudience()
                    .describe(viewer, grants(form.value("audience")), grants(form.value("audience_except")));
        } catch (Problem e) {
            d = s.relations().describeAudience().describe(viewer, List.of("public"), List.of());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("circles", s.relations().listCircles().list(viewer));
        model.put("described", d);
        return model;
    }

    private static List<String> grants(String v) {
        return v == null || v.isBlank() ? List.of() : List.of(v.trim());
    }
}
