package social.rapport.relation.claim;

import java.util.List;
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

    public WhatOthersSay(Database db, Visible visible, ClaimStore store, ListAccess lists) {
        this.db = db;
        this.visible = visible;
        this.store = store;
        this.lists = lists;
    }

    public List<Claim> claimsOnProfile(int viewer, int accountId) {
        return db.read(h -> {
            visible.account(h, viewer, accountId);
            if (!lists.canSee(h, viewer, accountId, ProfileItem.CLAIMS)) return List.<Claim>of();
            return store.claimsAbout(h, accountId, "confirmed").stream()
                    .filter(c -> visible.policy().canSeeAccount(viewer, c.authorId())).toList();
        });
    }

    public List<Recommendation> recommendationsOnProfile(int viewer, int accountId) {
        return db.read(h -> {
            visible.account(h, viewer, accountId);
            if (!lists.canSee(h, viewer, accountId, ProfileItem.RECOMMENDATIONS)) return List.<Recommendation>of();
            return store.recommendationsAbout(h, accountId, List.of("accepted")).stream()
                    .filter(r -> visible.policy().canSeeAccount(viewer, r.authorId())).toList();
        });
    }

    public List<Claim> claimBox(int viewer, String box) {
        return db.read(h -> switch (box == null ? "received" : box) {
            case "received" -> store.claimsAbout(h, viewer, "pending").stream()
                    .filter(c -> visible.policy().canSeeAccount(viewer, c.authorId())).toList();
            case "sent" -> store.claimsBy(h, viewer).stream()
                    .filter(c -> visible.policy().canSeeAccount(viewer, c.subjectId())).toList();
            default -> throw Problem.invalid("box", "box is one of received, sent");
        });
    }

    public List<Recommendation> recommendationBox(int viewer, String box) {
        return db.read(h -> switch (box == null ? "received" : box) {
            case "received" -> store.recommendationsAbout(h, viewer, List.of("pending", "accepted", "hidden",
                            "revision_requested")).stream()
                    .filter(r -> visible.policy().canSeeAccount(viewer, r.authorId())).toList();
            case "sent" -> store.recommendationsBy(h, viewer).stream()
                    .filter(r -> visible.policy().canSeeAccount(viewer, r.subjectId())).toList();
            default -> throw Problem.invalid("box", "box is one of received, sent");
        });
    }
}
