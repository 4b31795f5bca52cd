package social.rapport.relation.claim;

import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The subject hides a recommendation; it shows nowhere. */
public final class HideRecommendation {
    private final Database db;
    private final ClaimStore store;
    private final Parties parties;

    public HideRecommendation(Database db, Visible visible, ClaimStore store) {
        this.db = db;
        this.store = store;
        this.parties = new Parties(visible, store);
    }

    public RecommendationView hide(int viewer, long id) {
        return db.write(tx -> {
            RecommendationView v = parties.recommendationAbout(tx.handle(), viewer, id);
            store.setRecommendation(tx, id, "hidden", v.recommendation().text());
            return parties.recommendationAbout(tx.handle(), viewer, id);
        });
    }
}
