package social.rapport.relation.claim;

import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The subject confirms a claim: from now on it shows on their profile, under its audience. */
public final class ConfirmClaim {
    private final Database db;
    private final ClaimStore claims;
    private final Parties parties;

    public ConfirmClaim(Database db, Visible visible, ClaimStore claims) {
        this.db = db;
        this.claims = claims;
        this.parties = new Parties(visible, claims);
    }

    public ClaimView confirm(int viewer, long id) {
        return db.write(tx -> {
            ClaimView v = parties.claimAbout(tx.handle(), viewer, id);
            if (!claims.decideClaim(tx, id, "confirmed")) {
                throw Problem.invalid(
                        "id", "This claim was already " + v.claim().state());
            }
            return parties.claimAbout(tx.handle(), viewer, id);
        });
    }
}
