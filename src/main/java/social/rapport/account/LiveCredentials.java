package social.rapport.account;

import social.rapport.store.Database;
import social.rapport.web.Viewer;

/**
 * Whether the credential a viewer was resolved from still holds: the token not revoked, the web
 * session not ended, the account active. Streams ask it once they are registered, because they
 * outlive the request that checked the credential.
 */
public final class LiveCredentials {
    private final Database db;

    public LiveCredentials(Database db) { this.db = db; }

    public boolean live(Viewer v) {
        if (v.tokenId() == 0 && v.sessionId() == 0 && !v.signedIn()) return true;
        return db.read(h -> {
            if (v.tokenId() != 0 && h.createQuery("SELECT COUNT(*) FROM access_tokens WHERE id = :id"
                    + " AND revoked_at IS NULL").bind("id", v.tokenId()).mapTo(Integer.class).one() == 0) {
                return false;
            }
            if (v.sessionId() != 0 && h.createQuery("SELECT COUNT(*) FROM web_sessions WHERE id = :id")
                    .bind("id", v.sessionId()).mapTo(Integer.class).one() == 0) {
                return false;
            }
            return !v.signedIn() || h.createQuery("SELECT COUNT(*) FROM accounts WHERE id = :id AND state = 'active'")
                    .bind("id", v.accountId()).mapTo(Integer.class).one() == 1;
        });
    }
}
