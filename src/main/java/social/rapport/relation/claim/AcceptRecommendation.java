package social.rapport.relation.claim;

import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The subject accepts a recommendation: it shows on their profile, under its audience. */
public final class AcceptRecommendation {
    private final Database db;
    private final ClaimStore store;
    private final Parties parties;

    public AcceptRecommendation(Database db, Visible visible, ClaimStore store) {
        this.db = db;
        this.store = store;
        this.parties = new Parties(visible, store);
    }

    public RecommendationView accept(int viewer, long id) {
        return db.write(tx -> {
            RecommendationView v = parties.recommendationAbout(tx.handle(), viewer, id);
            store.setRecommendation(tx, id, "accepted", v.recommendation().text());
            return parties.recommendationAbout(tx.handle(), viewer, id);
        });
    }
}
