package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.SessionViewers;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.relation.DescribeAudience;
import social.rapport.status.Cursor;
import social.rapport.status.PostStatus;
import social.rapport.web.Params;
import social.rapport.web.Routes;

/**
 * Home: the composer, which says who will see a post before it is posted, and the home timeline,
 * newest first with an "older" link. The audience sentence is rendered with the page and refreshed
 * by htmx when the picker changes; without JavaScript the "Check who will see it" button does it.
 * The composer attaches photos, a video or audio ({@link ComposerMedia}).
 */
final class TimelinePages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            // PostPages sends it too, after a reply, a quote or an article.
            Map.entry("posted", "Your post is published.")));

    private static final int PER_PAGE = 20;
    private final Pages pages;
    private final SocialPages.Services s;
    private final ComposerMedia media;

    TimelinePages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
        this.media = new ComposerMedia(services.uploads(), services.ownMedia());
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/", this::home);
        r.post("/statuses", SignedIn.page(this::post));
        r.post(ComposerMedia.UPLOAD_PATH, SignedIn.page(media::uploadRoute));
        r.get("/compose/audience", SignedIn.page((ctx, me) -> {
            Params p = Params.query(ctx);
            DescribeAudience.Described d =
                    describe(me.account().id(), p.string("audience"), p.string("audience_except"));
            pages.render(ctx, "compose/sentence.jte", "Audience", Map.of("described", d));
        }));
    }

    private void home(Context ctx) {
        var me = BrowserSessions.current(ctx);
        if (me.isEmpty()) {
            pages.render(ctx, "home.jte", "Home", Map.of());
            return;
        }
        int id = me.get().account().id();
        if (Listing.fragment(ctx)) {
            var more = s.timelines().home().page(id, Listing.cursor(ctx));
            Listing.more(pages, ctx, more, "/", PostActions.of(ctx, pages, s.posts(), id, more.items()));
            return;
        }
        var defaults = s.posts().services().defaults().show(id);
        String audience = defaults.audience().size() == 1 ? defaults.audience().get(0) : "public";
        String except = defaults.audienceExcept().isEmpty()
                ? ""
                : defaults.audienceExcept().get(0);
        show(
                ctx,
                200,
                id,
                Form.of(Map.of(
                        "audience", audience, "audience_except", except, "reply_policy", defaults.replyPolicy())));
    }

    private void show(Context ctx, int status, int viewer, Form form) {
        long maxId = Ids.parse(ctx.queryParam("max_id") == null ? "" : ctx.queryParam("max_id"));
        var page =
                s.timelines().home().page(viewer, new Cursor(maxId > 0 ? maxId : Long.MAX_VALUE, 0, false, PER_PAGE));
        DescribeAudience.Described d;
        try {
            d = describe(viewer, form.value("audience"), form.value("audience_except"));
        } catch (Problem e) {
            d = describe(viewer, "public", "");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("circles", s.relations().listCircles().list(viewer));
        model.put("described", d);
        model.put("timeline", page.items());
        model.put("actions", PostActions.of(ctx, pages, s.posts(), viewer, page.items()));
        model.put("older", page.items().size() == PER_PAGE ? page.next() : 0L);
        pages.render(ctx, status, "timeline/home.jte", "Home", model);
    }

    private DescribeAudience.Described describe(int viewer, String audience, String except) {
        return s.relations().describeAudience().describe(viewer, grants(audience), grants(except));
    }

    private static List<String> grants(String v) {
        return v == null || v.isBlank() ? List.of() : List.of(v.trim());
    }

    private void post(Context ctx, SessionViewers.Found me) {
        Params p = Params.of(ctx);
        Form form = Form.entered(
                ctx.formParamMap(),
                "status",
                "audience",
                "audience_except",
                "reply_policy",
                "quote_approval_policy",
                "sensitive",
                "description[0]",
                "description[1]",
                "description[2]",
                "description[3]");
        int id = me.account().id();
        if (p.string("check") != null) {
            show(ctx, 200, id, form);
            return;
        }
        try {
            List<String> attached = media.fromForm(ctx, id);
            s.posts()
                    .services()
                    .post()
                    .post(
                            id,
                            new PostStatus.Request(
                                    p.string("status"),
                                    null,
                                    null,
                                    Boolean.TRUE.equals(p.bool("sensitive")),
                                    null,
                                    null,
                                    grants(p.string("audience")),
                                    grants(p.string("audience_except")),
                                    p.string("reply_policy"),
                                    null,
                                    null,
                                    p.string("quote_approval_policy"),
                                    attached));
        } catch (Problem e) {
            show(ctx, e.status(), id, form.with(ComposerMedia.onForm(e)));
            return;
        }
        Pages.seeOther(ctx, "/", "posted");
    }
}
