package social.rapport.relation.claim;

import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The subject accepts a recommendation (shown on the profile), hides it, or asks for a revision. */
public final class AnswerRecommendation {
    private final Database db;
    private final Visible visible;
    private final ClaimStore store;

    public AnswerRecommendation(Database db, Visible visible, ClaimStore store) {
        this.db = db;
        this.visible = visible;
        this.store = store;
    }

    public Recommendation accept(int viewer, long id) { return set(viewer, id, "accepted"); }

    public Recommendation hide(int viewer, long id) { return set(viewer, id, "hidden"); }

    public Recommendation askRevision(int viewer, long id) { return set(viewer, id, "revision_requested"); }

    private Recommendation set(int viewer, long id, String state) {
        return db.write(tx -> {
            Recommendation r = store.recommendation(tx.handle(), id).filter(x -> x.subjectId() == viewer)
                    .orElseThrow(Problem::notFound);
            visible.account(tx.handle(), viewer, r.authorId());
            if (state.equals("revision_requested") && !r.state().equals("pending")) {
                throw Problem.invalid("id", "Only a waiting recommendation can be sent back for revision");
            }
            store.setRecommendation(tx, id, state, r.text());
            return store.recommendation(tx.handle(), id).orElseThrow();
        });
    }
}
