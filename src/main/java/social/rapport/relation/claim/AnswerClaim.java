package social.rapport.relation.claim;

import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.Visible;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * The subject of a claim confirms or declines it. Three claims by one account declined within 30
 * days flag that account for moderators, once per 30 days.
 */
public final class AnswerClaim {
    public static final String FLAG = "declined_claims";
    public static final long WINDOW = java.time.Duration.ofDays(30).toMillis();
    public static final int FLAG_AT = 3;
    private final Database db;
    private final Visible visible;
    private final ClaimStore claims;

    public AnswerClaim(Database db, Visible visible, ClaimStore claims) {
        this.db = db;
        this.visible = visible;
        this.claims = claims;
    }

    public Claim confirm(int viewer, long id) { return decide(viewer, id, "confirmed"); }

    public Claim decline(int viewer, long id) { return decide(viewer, id, "declined"); }

    private Claim decide(int viewer, long id, String state) {
        return db.write(tx -> {
            Claim c = claims.claim(tx.handle(), id).filter(x -> x.subjectId() == viewer).orElseThrow(Problem::notFound);
            visible.account(tx.handle(), viewer, c.authorId());
            if (!claims.decideClaim(tx, id, state)) throw Problem.invalid("id", "This claim was already " + c.state());
            if (state.equals("declined")) flagIfRepeated(tx, c.authorId());
            return claims.claim(tx.handle(), id).orElseThrow();
        });
    }

    private void flagIfRepeated(Tx tx, int author) {
        long since = tx.now() - WINDOW;
        if (claims.declinedSince(tx.handle(), author, since) < FLAG_AT) return;
        if (claims.flaggedSince(tx.handle(), author, FLAG, since)) return;
        claims.flag(tx, author, FLAG);
        tx.emit(new RelationEvents.AccountFlagged(author, FLAG));
    }
}
