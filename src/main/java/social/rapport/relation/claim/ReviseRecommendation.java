package social.rapport.relation.claim;

import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The author rewrites a recommendation the subject sent back; it waits for acceptance again. */
public final class ReviseRecommendation {
    private final Database db;
    private final ClaimStore store;
    private final Parties parties;

    public ReviseRecommendation(Database db, Visible visible, ClaimStore store) {
        this.db = db;
        this.store = store;
        this.parties = new Parties(visible, store);
    }

    public RecommendationView revise(int viewer, long id, String text) {
        String t = WriteRecommendation.check(text);
        return db.write(tx -> {
            RecommendationView v = parties.recommendationBy(tx.handle(), viewer, id);
            if (!v.recommendation().state().equals("revision_requested")) {
                throw Problem.invalid("id", "Only a recommendation sent back for revision can be rewritten");
            }
            store.setRecommendation(tx, id, "pending", t);
            return parties.recommendationBy(tx.handle(), viewer, id);
        });
    }
}
