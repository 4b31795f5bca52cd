package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.SessionViewers;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.review.ResearchCards;
import social.rapport.review.ViewAs;
import social.rapport.timeline.AccountStatuses;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * A person's profile at /@handle, showing only what the viewer may see, and the actions one takes
 * about a person (follow, unfollow, invite, block, mute, add to a circle), each one form post.
 */
final class ProfilePages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("followed", "Done: you follow them, or your request is sent."),
            Map.entry("unfollowed", "You no longer follow them."),
            Map.entry("blocked", "Blocked. Neither of you sees the other any more."),
            Map.entry("unblocked", "Unblocked."),
            Map.entry("muted", "Muted. Their posts leave your timelines."),
            Map.entry("unmuted", "Unmuted."),
            Map.entry("invited", "Your invitation is sent."),
            // PeoplePages and CirclePages send it too.
            Map.entry("added-to-circle", "Added to the circle. They are not told.")));

    private static final int PER_PAGE = 20;
    private final Pages pages;
    private final SocialPages.Services s;

    ProfilePages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/@{handle}", this::profile);
        // A request to a locked account may carry a note (the service checks its length).
        r.post(
                "/people/{id}/follow",
                SignedIn.page((ctx, found) -> act(
                        ctx,
                        found,
                        "followed",
                        (me, id) -> s.relations()
                                .followAccount()
                                .follow(me, id, blankToNull(Params.of(ctx).string("note"))))));
        r.post(
                "/people/{id}/unfollow",
                SignedIn.page((ctx, found) -> act(
                        ctx,
                        found,
                        "unfollowed",
                        (me, id) -> s.relations().unfollowAccount().unfollow(me, id))));
        r.post(
                "/people/{id}/block",
                SignedIn.page((ctx, found) -> act(
                        ctx,
                        found,
                        "blocked",
                        (me, id) -> s.relations().blockAccount().block(me, id))));
        r.post(
                "/people/{id}/unblock",
                SignedIn.page((ctx, found) -> act(
                        ctx,
                        found,
                        "unblocked",
                        (me, id) -> s.relations().unblockAccount().unblock(me, id))));
        r.post(
                "/people/{id}/mute",
                SignedIn.page((ctx, found) -> act(ctx, found, "muted", (me, id) -> {
                    Params p = Params.of(ctx);
                    Boolean notifications = p.bool("notifications");
                    Integer duration = p.integer("duration");
                    s.relations()
                            .muteAccount()
                            .mute(me, id, notifications == null || notifications, duration == null ? 0 : duration);
                })));
        r.post(
                "/people/{id}/unmute",
                SignedIn.page((ctx, found) -> act(
                        ctx,
                        found,
                        "unmuted",
                        (me, id) -> s.relations().unmuteAccount().unmute(me, id))));
        r.post(
                "/people/{id}/invite",
                SignedIn.page((ctx, found) -> act(ctx, found, "invited", (me, id) -> {
                    Params p = Params.of(ctx);
                    s.relations()
                            .sendInvitation()
                            .send(
                                    me,
                                    new SendInvitation.Request(
                                            id, p.string("note"), blankToNull(p.string("how_we_met")), null));
                })));
        r.post(
                "/people/{id}/circles",
                SignedIn.page((ctx, found) -> act(ctx, found, "added-to-circle", (me, id) -> {
                    long circle = Ids.parse(
                            Params.of(ctx).string("circle") == null
                                    ? ""
                                    : Params.of(ctx).string("circle"));
                    if (circle <= 0) throw Problem.invalid("circle", "Choose a circle");
                    s.relations().addToCircle().add(me, circle, List.of(id));
                })));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private void profile(Context ctx) {
        Account a = s.find().byAcct(ctx.pathParam("handle"));
        var me = BrowserSessions.current(ctx);
        int viewer = me.map(f -> f.account().id()).orElse(0);
        if (Listing.fragment(ctx)) {
            var more = s.timelines()
                    .profile()
                    .page(viewer, a.id(), Listing.cursor(ctx), new AccountStatuses.Filter(false, false, false));
            Listing.more(
                    pages,
                    ctx,
                    more,
                    Page.profilePath(a.handle()),
                    PostActions.of(ctx, pages, s.posts(), viewer, more.items()));
            return;
        }
        long maxId = Ids.parse(ctx.queryParam("max_id") == null ? "" : ctx.queryParam("max_id"));
        // Only the owner may view their profile as someone else; for anyone else the parameter means nothing.
        String as = ctx.queryParam("view_as");
        if (viewer > 0 && viewer == a.id() && as != null && !as.isBlank()) {
            viewAs(ctx, a, as, maxId);
            return;
        }
        ResearchCards.Card card = s.cards().card(viewer, a.id(), PER_PAGE, maxId > 0 ? maxId : Long.MAX_VALUE);
        Map<String, Object> model = new HashMap<>();
        model.put("card", card);
        model.put("viewerId", viewer);
        model.put("circles", viewer > 0 ? s.relations().listCircles().list(viewer) : List.of());
        // Back to the profile itself: a view-as parameter a non-owner sent must not change the page.
        String back = Page.profilePath(a.handle()) + (maxId > 0 ? "?max_id=" + maxId : "");
        model.put("actions", PostActions.of(pages.page(ctx, "").csrf(), back, s.posts(), viewer, card.posts()));
        model.put("older", card.posts().size() >= PER_PAGE ? card.olderThan() : 0L);
        // The feeds show what a signed-out visitor sees: they exist only where a visitor may see the person.
        model.put("feeds", s.posts().access().policy().canSeeAccount(0, a.id()));
        pages.render(ctx, "profile.jte", a.shownName(), model);
    }

    private static final Map<String, ViewAs.Kind> KINDS = Map.of(
            "anonymous",
            ViewAs.Kind.ANONYMOUS,
            "follower",
            ViewAs.Kind.FOLLOWER,
            "connection",
            ViewAs.Kind.CONNECTION,
            "circle",
            ViewAs.Kind.CIRCLE,
            "person",
            ViewAs.Kind.PERSON);

    /** The owner's profile, read-only, as the chosen viewer would see it. */
    private void viewAs(Context ctx, Account owner, String asText, long maxId) {
        String as = asText.strip().toLowerCase(java.util.Locale.ROOT);
        ViewAs.Kind kind = KINDS.get(as);
        if (kind == null) throw Problem.invalid("view_as", "Choose whom to view your profile as");
        String circleText = ctx.queryParam("circle");
        long circle = 0;
        if (circleText != null && !circleText.isBlank()) {
            circle = Ids.parse(circleText.strip());
            if (circle <= 0) throw Problem.invalid("circle", "Choose one of your circles");
        }
        String handle = ctx.queryParam("handle");
        if (handle != null && handle.length() > 200) throw Problem.invalid("handle", "That handle is too long");
        ViewAs.View view = s.viewAs()
                .view(
                        owner.id(),
                        new ViewAs.Who(kind, circle, kind == ViewAs.Kind.PERSON ? handle : null),
                        PER_PAGE,
                        maxId > 0 ? maxId : Long.MAX_VALUE);
        StringBuilder query = new StringBuilder("?view_as=").append(as);
        if (circle > 0) query.append("&circle=").append(circle);
        if (kind == ViewAs.Kind.PERSON)
            query.append("&handle=").append(URLEncoder.encode(handle.strip(), StandardCharsets.UTF_8));
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("circles", s.relations().listCircles().list(owner.id()));
        model.put("chosen", as);
        model.put("circle", circle);
        model.put("handle", kind == ViewAs.Kind.PERSON ? handle.strip() : "");
        model.put(
                "older",
                view.posts().size() == PER_PAGE && view.olderThan() != 0
                        ? Page.profilePath(owner.handle()) + query + "&max_id=" + view.olderThan()
                        : null);
        pages.render(ctx, "viewas/profile.jte", "Your profile as " + view.viewer(), model);
    }

    interface Action {
        void apply(int viewer, int target);
    }

    private void act(Context ctx, SessionViewers.Found me, String notice, Action action) {
        int target = Web.accountId(ctx, "id");
        action.apply(me.account().id(), target);
        Pages.seeOther(ctx, SocialPages.back(ctx, "/review"), notice);
    }
}
