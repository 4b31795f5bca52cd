package social.rapport.relation.claim;

import social.rapport.core.Problem;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.Visible;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * The subject declines a claim; it is shown nowhere. Three claims by one account declined within
 * 30 days flag that account for moderators, once per 30 days.
 */
public final class DeclineClaim {
    public static final String FLAG = "declined_claims";
    public static final long WINDOW = java.time.Duration.ofDays(30).toMillis();
    public static final int FLAG_AT = 3;
    private final Database db;
    private final ClaimStore claims;
    private final Parties parties;

    public DeclineClaim(Database db, Visible visible, ClaimStore claims) {
        this.db = db;
        this.claims = claims;
        this.parties = new Parties(visible, claims);
    }

    public ClaimView decline(int viewer, long id) {
        return db.write(tx -> {
            ClaimView v = parties.claimAbout(tx.handle(), viewer, id);
            if (!claims.decideClaim(tx, id, "declined")) {
                throw Problem.invalid(
                        "id", "This claim was already " + v.claim().state());
            }
            flagIfRepeated(tx, v.claim().authorId());
            return parties.claimAbout(tx.handle(), viewer, id);
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
