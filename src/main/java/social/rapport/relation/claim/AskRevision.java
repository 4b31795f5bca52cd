package social.rapport.relation.claim;

import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The subject sends a waiting recommendation back to its author for a revision. */
public final class AskRevision {
    private final Database db;
    private final ClaimStore store;
    private final Parties parties;

    public AskRevision(Database db, Visible visible, ClaimStore store) {
        this.db = db;
        this.store = store;
        this.parties = new Parties(visible, store);
    }

    public RecommendationView askRevision(int viewer, long id) {
        return db.write(tx -> {
            RecommendationView v = parties.recommendationAbout(tx.handle(), viewer, id);
            if (!v.recommendation().state().equals("pending")) {
                throw Problem.invalid("id", "Only a waiting recommendation can be sent back for revision");
            }
            store.setRecommendation(
                    tx, id, "revision_requested", v.recommendation().text());
            return parties.recommendationAbout(tx.handle(), viewer, id);
        });
    }
}
