package social.rapport.relation.claim;

import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.relation.connect.ConnectionStore;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/** A connection writes a recommendation. Nothing is shown until the subject accepts it. */
public final class WriteRecommendation {
    public static final int MAX_TEXT = 3000;
    private final Database db;
    private final Visible visible;
    private final ClaimStore store;
    private final ConnectionStore connections;
    private final Parties parties;

    public WriteRecommendation(Database db, Visible visible, ClaimStore store, ConnectionStore connections) {
        this.db = db;
        this.visible = visible;
        this.store = store;
        this.connections = connections;
        this.parties = new Parties(visible, store);
    }

    public RecommendationView write(int viewer, int subjectId, String text) {
        return db.write(tx -> write(tx, viewer, subjectId, text));
    }

    /** Writes within a transaction the caller holds (to record an idempotency key with the recommendation). */
    public RecommendationView write(Tx tx, int viewer, int subjectId, String text) {
        String t = check(text);
        visible.account(tx.handle(), viewer, subjectId);
        if (subjectId == viewer) throw Problem.invalid("account_id", "You cannot recommend yourself");
        if (!connections.connected(tx.handle(), viewer, subjectId)) {
            throw Problem.invalid("account_id", "Only a connection may write a recommendation");
        }
        long id = store.insertRecommendation(tx, viewer, subjectId, t);
        tx.emit(new social.rapport.relation.RelationEvents.RecommendationWritten(id, viewer, subjectId));
        return parties.recommendationBy(tx.handle(), viewer, id);
    }

    /**
     * A recommendation as it was first answered, with both accounts as the viewer may see them now: a
     * side hidden since is answered like a missing one.
     */
    public RecommendationView again(int viewer, Recommendation first) {
        return db.read(h -> parties.recommendation(h, viewer, first));
    }

    static String check(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw Problem.invalid("text", "A recommendation needs text");
        if (t.codePointCount(0, t.length()) > MAX_TEXT) {
            throw Problem.invalid("text", "A recommendation is at most " + MAX_TEXT + " characters");
        }
        return t;
    }
}
