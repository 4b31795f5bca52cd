package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import social.rapport.account.SessionViewers;
import social.rapport.review.ReviewQueue;
import social.rapport.status.StatusEntity;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * The review queue: new followers, follow requests, invitations and the filtered folder as research
 * cards, with one-click answers. Following back, blocking and adding to a circle are the profile's
 * actions at /people/{id}/…, which come back here.
 */
final class ReviewPages implements Routes {
    /** The notices these pages redirect with. */
    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("authorized", "The follow request is accepted."),
            Map.entry("rejected", "The follow request is declined."),
            Map.entry("accepted", "You are connected now."),
            Map.entry("declined", "The invitation is declined."),
            Map.entry("ignored", "The invitation is set aside. They are not told.")));

    private final Pages pages;
    private final SocialPages.Services s;

    ReviewPages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/review", SignedIn.page((ctx, me) -> {
            int id = me.account().id();
            var queue = s.review().of(id);
            List<StatusEntity> posts = new ArrayList<>();
            for (var list : List.of(queue.requests(), queue.invitations(), queue.followers(), queue.filtered())) {
                for (ReviewQueue.Entry e : list) posts.addAll(e.card().posts());
            }
            pages.render(
                    ctx,
                    "review/index.jte",
                    "Review",
                    Map.of(
                            "queue",
                            queue,
                            "circles",
                            s.relations().listCircles().list(id),
                            "viewerId",
                            id,
                            "actions",
                            PostActions.of(ctx, pages, s.posts(), id, posts)));
        }));
        r.post(
                "/follow_requests/{id}/authorize",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "authorized",
                        (me, id) -> s.relations().authorizeFollowRequest().authorize(me, (int) id))));
        r.post(
                "/follow_requests/{id}/reject",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "rejected",
                        (me, id) -> s.relations().rejectFollowRequest().reject(me, (int) id))));
        r.post(
                "/invitations/{id}/accept",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "accepted",
                        (me, id) -> s.relations().acceptInvitation().accept(me, id))));
        r.post(
                "/invitations/{id}/decline",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "declined",
                        (me, id) -> s.relations().declineInvitation().decline(me, id))));
        r.post(
                "/invitations/{id}/ignore",
                SignedIn.page((ctx, found) -> answer(
                        ctx,
                        found,
                        "ignored",
                        (me, id) -> s.relations().ignoreInvitation().ignore(me, id))));
    }

    interface Answer {
        void apply(int viewer, long id);
    }

    private void answer(Context ctx, SessionViewers.Found me, String notice, Answer a) {
        long id = ctx.path().startsWith("/follow_requests/") ? Web.accountId(ctx, "id") : Web.longId(ctx, "id");
        a.apply(me.account().id(), id);
        Pages.seeOther(ctx, "/review", notice);
    }
}
