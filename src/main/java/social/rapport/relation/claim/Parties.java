package social.rapport.relation.claim;

import org.jdbi.v3.core.Handle;
import social.rapport.core.Problem;
import social.rapport.relation.Visible;

/**
 * Finds the claim or recommendation the viewer may act on, with both accounts: only its subject
 * answers it, only its author rewrites it, and anyone else (or a hidden other side) gets a 404.
 */
final class Parties {
    private final Visible visible;
    private final ClaimStore store;

    Parties(Visible visible, ClaimStore store) {
        this.visible = visible;
        this.store = store;
    }

    ClaimView claim(Handle h, int viewer, Claim c) {
        return new ClaimView(c, visible.account(h, viewer, c.authorId()), visible.account(h, viewer, c.subjectId()));
    }

    RecommendationView recommendation(Handle h, int viewer, Recommendation r) {
        return new RecommendationView(
                r, visible.account(h, viewer, r.authorId()), visible.account(h, viewer, r.subjectId()));
    }

    ClaimView claimAbout(Handle h, int viewer, long id) {
        return claim(
                h,
                viewer,
                store.claim(h, id).filter(c -> c.subjectId() == viewer).orElseThrow(Problem::notFound));
    }

    RecommendationView recommendationAbout(Handle h, int viewer, long id) {
        return recommendation(
                h,
                viewer,
                store.recommendation(h, id).filter(r -> r.subjectId() == viewer).orElseThrow(Problem::notFound));
    }

    RecommendationView recommendationBy(Handle h, int viewer, long id) {
        return recommendation(
                h,
                viewer,
                store.recommendation(h, id).filter(r -> r.authorId() == viewer).orElseThrow(Problem::notFound));
    }
}
