package social.rapport.page;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import social.rapport.account.FindAccount;
import social.rapport.media.OwnMedia;
import social.rapport.media.UploadMedia;
import social.rapport.notify.Notifications;
import social.rapport.relation.RelationServices;
import social.rapport.review.ResearchCards;
import social.rapport.review.ReviewQueue;
import social.rapport.review.ViewAs;
import social.rapport.search.Search;
import social.rapport.status.Posts;
import social.rapport.timeline.Timelines;
import social.rapport.web.Routes;

/** The pages over relationships and posts: home, profiles, the review queue and privacy settings. */
public final class SocialPages {
    /** The services these pages call: the same ones the API calls. */
    public record Services(
            RelationServices relations,
            Posts posts,
            Timelines timelines,
            ResearchCards cards,
            ReviewQueue review,
            FindAccount find,
            Search search,
            ViewAs viewAs,
            Notifications notifications,
            UploadMedia uploads,
            OwnMedia ownMedia) {}

    /**
     * The pages that take files (the composer's forms and its uploads): they get the media routes'
     * larger body limit.
     */
    public static final Set<String> UPLOAD_PATHS =
            Set.of(ComposerMedia.UPLOAD_PATH, "/statuses", "/statuses/{id}/reply", "/statuses/{id}/quote");

    private final List<Routes> routes;

    public SocialPages(Pages pages, Services s) {
        this.routes = List.of(
                new TimelinePages(pages, s),
                new ProfilePages(pages, s),
                new ReviewPages(pages, s),
                new PrivacySettingsPages(pages, s),
                new ReadingPages(pages, s),
                new NetworkPages(pages, s),
                new PostPages(pages, s),
                new PeoplePages(pages, s),
                new CirclePages(pages, s),
                new NotificationPages(pages, s),
                new InboxPages(pages, s),
                new ThreadPages(pages, s),
                new SearchPages(pages, s));
    }

    public List<Routes> routes() {
        return routes;
    }

    /** Where to go back to after an action: a path on this site given by the form, else the fallback. */
    static String back(Context ctx, String fallback) {
        String b = ReturnTo.safe(ctx.formParam("back"), 300);
        return b == null ? fallback : b;
    }
}
