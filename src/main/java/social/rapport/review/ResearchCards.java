package social.rapport.review;

import java.time.Clock;
import java.util.List;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.relation.RelationServices;
import social.rapport.relation.Relationship;
import social.rapport.relation.claim.ClaimView;
import social.rapport.relation.claim.RecommendationView;
import social.rapport.relation.connect.NetworkDistance;
import social.rapport.relation.profile.Profile;
import social.rapport.status.Cursor;
import social.rapport.status.StatusEntity;
import social.rapport.timeline.AccountStatuses;
import social.rapport.timeline.Timelines;

/**
 * Everything a viewer may learn about one person before deciding about them: the profile fields
 * their audiences admit, the relationship and degree, mutual connections and the path, the posts
 * the viewer may see, confirmed claims and accepted recommendations, and a locked account's
 * introduction. Each part comes from the service the API uses, so the page never shows more.
 */
public final class ResearchCards {
    /** One person as the viewer may see them. `relationship` is null for an anonymous viewer or oneself. */
    public record Card(
            Account account,
            Profile profile,
            Relationship relationship,
            List<Account> mutuals,
            NetworkDistance.Path path,
            List<StatusEntity> posts,
            long olderThan,
            List<ClaimView> claims,
            List<RecommendationView> recommendations,
            String introduction,
            long ageDays) {
        public String headline() {
            return profile.fields().get("headline");
        }

        public boolean self(int viewer) {
            return viewer == account.id();
        }
    }

    private static final int MUTUALS = 6;
    private final RelationServices m;
    private final Timelines timelines;
    private final Clock clock;

    public ResearchCards(RelationServices relations, Timelines timelines, Clock clock) {
        this.m = relations;
        this.timelines = timelines;
        this.clock = clock;
    }

    /** A locked account's introduction is for people who do not follow it yet; null when not shown. */
    static String introductionShown(social.rapport.audience.AudiencePolicy policy, int viewer, Account a, String text) {
        boolean stranger =
                viewer != a.id() && (viewer <= 0 || !policy.relations().follows(viewer, a.id()));
        return a.locked() && stranger && !text.isBlank() ? text : null;
    }

    /** A card with the latest `posts` posts, older than `maxId` (Long.MAX_VALUE for the newest). */
    public Card card(int viewer, int accountId, int posts, long maxId) {
        var intro = m.viewIntroduction().view(viewer, accountId);
        Account a = intro.account();
        if (!a.active()) throw Problem.notFound();
        Profile profile = m.viewProfile().view(viewer, accountId);
        boolean signedIn = viewer > 0;
        Relationship rel = signedIn && viewer != accountId ? m.relationships().with(viewer, accountId) : null;
        List<Account> mutuals = signedIn && viewer != accountId
                ? m.connectionList().mutuals(viewer, accountId, social.rapport.relation.AccountPage.first(MUTUALS))
                : List.of();
        NetworkDistance.Path path =
                signedIn && viewer != accountId ? m.networkDistance().path(viewer, accountId) : null;
        var page = timelines
                .profile()
                .page(
                        viewer,
                        accountId,
                        new Cursor(maxId, 0, false, posts),
                        new AccountStatuses.Filter(false, false, false));
        String introduction = introductionShown(m.policy(), viewer, a, intro.text());
        long age = Math.max(0, (clock.millis() - a.createdAt()) / 86_400_000L);
        return new Card(
                a,
                profile,
                rel,
                mutuals,
                path,
                page.items(),
                page.next(),
                m.whatOthersSay().claimsOnProfile(viewer, accountId),
                m.whatOthersSay().recommendationsOnProfile(viewer, accountId),
                introduction,
                age);
    }
}
