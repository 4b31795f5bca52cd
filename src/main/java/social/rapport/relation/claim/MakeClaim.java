package social.rapport.relation.claim;

import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/** Claims a relationship with someone; it stays unseen until they confirm it. */
public final class MakeClaim {
    public static final Set<String> KINDS = Set.of("worked_together", "did_business", "met_in_person");
    public static final int MAX_DETAIL = 500;
    private final Database db;
    private final Visible visible;
    private final ClaimStore claims;
    private final Parties parties;

    public MakeClaim(Database db, Visible visible, ClaimStore claims) {
        this.db = db;
        this.visible = visible;
        this.claims = claims;
        this.parties = new Parties(visible, claims);
    }

    public ClaimView claim(int viewer, int subjectId, String kind, String detail) {
        return db.write(tx -> claim(tx, viewer, subjectId, kind, detail));
    }

    /** Claims within a transaction the caller holds (to record an idempotency key with the claim). */
    public ClaimView claim(Tx tx, int viewer, int subjectId, String kind, String detail) {
        String d = detail == null ? "" : detail.strip();
        if (kind == null || !KINDS.contains(kind)) {
            throw Problem.invalid("kind", "kind is one of worked_together, did_business, met_in_person");
        }
        if (d.codePointCount(0, d.length()) > MAX_DETAIL) {
            throw Problem.invalid("detail", "detail is at most " + MAX_DETAIL + " characters");
        }
        visible.account(tx.handle(), viewer, subjectId);
        if (subjectId == viewer) throw Problem.invalid("account_id", "You cannot make a claim about yourself");
        long id = claims.insertClaim(tx, viewer, subjectId, kind, d);
        tx.emit(new social.rapport.relation.RelationEvents.ClaimMade(id, viewer, subjectId));
        return parties.claim(tx.handle(), viewer, claims.claim(tx.handle(), id).orElseThrow());
    }

    /**
     * A claim as it was first answered, with both accounts as the viewer may see them now: a side
     * hidden since is answered like a missing claim.
     */
    public ClaimView again(int viewer, Claim first) {
        return db.read(h -> parties.claim(h, viewer, first));
    }
}
