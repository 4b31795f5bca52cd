package social.rapport.relation.claim;

import java.util.List;
import java.util.function.Predicate;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;
import social.rapport.relation.ListAccess;
import social.rapport.relation.Visible;
import social.rapport.relation.profile.ProfileItem;
import social.rapport.store.Database;

/**
 * What others say about an account: on the profile, only confirmed claims and accepted
 * recommendations, under the profile's audiences and by authors the viewer may see; in the owner's
 * boxes, what waits for an answer and what they sent.
 */
public final class WhatOthersSay {
    private final Database db;
    private final Visible visible;
    private final ClaimStore store;
    private final ListAccess lists;
    private final Parties parties;

    public WhatOthersSay(Database db, Visible visible, ClaimStore store, ListAccess lists) {
        this.db = db;
        this.visible = visible;
        this.store = store;
        this.lists = lists;
        this.parties = new Parties(visible, store);
    }

    private Predicate<Integer> seen(int viewer) {
        AudiencePolicy p = visible.policy();
        return id -> p.canSeeAccount(viewer, id);
    }

    public List<ClaimView> claimsOnProfile(int viewer, int accountId) {
        return db.read(h -> {
            visible.account(h, viewer, accountId);
            if (!lists.canSee(h, viewer, accountId, ProfileItem.CLAIMS)) return List.<ClaimView>of();
            return store.claimsAbout(h, accountId, "confirmed").stream()
                    .filter(c -> seen(viewer).test(c.authorId()))
                    .map(c -> parties.claim(h, viewer, c))
                    .toList();
        });
    }

    public List<RecommendationView> recommendationsOnProfile(int viewer, int accountId) {
        return db.read(h -> {
            visible.account(h, viewer, accountId);
            if (!lists.canSee(h, viewer, accountId, ProfileItem.RECOMMENDATIONS)) return List.<RecommendationView>of();
            return store.recommendationsAbout(h, accountId, List.of("accepted")).stream()
                    .filter(r -> seen(viewer).test(r.authorId()))
                    .map(r -> parties.recommendation(h, viewer, r))
                    .toList();
        });
    }

    public List<ClaimView> claimBox(int viewer, String box) {
        return db.read(h -> (switch (box == null ? "received" : box) {
                    case "received" ->
                        store.claimsAbout(h, viewer, "pending").stream()
                                .filter(c -> seen(viewer).test(c.authorId()));
                    case "sent" ->
                        store.claimsBy(h, viewer).stream()
                                .filter(c -> seen(viewer).test(c.subjectId()));
                    default -> throw Problem.invalid("box", "box is one of received, sent");
                })
                .map(c -> parties.claim(h, viewer, c))
                .toList());
    }

    public List<RecommendationView> recommendationBox(int viewer, String box) {
        return db.read(h -> (switch (box == null ? "received" : box) {
                    case "received" ->
                        store
                                .recommendationsAbout(
                                        h, viewer, List.of("pending", "accepted", "hidden", "revision_requested"))
                                .stream()
                                .filter(r -> seen(viewer).test(r.authorId()));
                    case "sent" ->
                        store.recommendationsBy(h, viewer).stream()
                                .filter(r -> seen(viewer).test(r.subjectId()));
                    default -> throw Problem.invalid("box", "box is one of received, sent");
                })
                .map(r -> parties.recommendation(h, viewer, r))
                .toList());
    }
}
