package social.rapport.account;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Revokes one of one's own access tokens. Someone else's, or one already revoked, is not found. */
public final class RevokeToken {
    private final Database db;
    private final Tokens tokens;

    public RevokeToken(Database db, Tokens tokens) {
        this.db = db;
        this.tokens = tokens;
    }

    public void revoke(int accountId, long tokenId) {
        db.writeVoid(tx -> {
            if (!tokens.revoke(tx, accountId, tokenId)) throw Problem.notFound();
            tx.emit(new AccountEvents.TokenRevoked(accountId, tokenId));
        });
    }
}
