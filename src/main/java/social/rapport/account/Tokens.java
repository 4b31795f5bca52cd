package social.rapport.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import social.rapport.core.Scopes;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * OAuth access tokens: issued as 256-bit random strings, stored only as their SHA-256 digest.
 * An account's tokens end when it changes its password or is deleted.
 */
public final class Tokens {
    private final Database db;

    public record Issued(long id, String token) {}

    public record Token(
            long id,
            Integer appId,
            Integer accountId,
            Set<String> scopes,
            long createdAt,
            long lastUsedAt,
            Long revokedAt) {
        public boolean live() {
            return revokedAt == null;
        }
    }

    public Tokens(Database db) {
        this.db = db;
    }

    public Issued issue(Tx tx, Integer appId, Integer accountId, Set<String> scopes) {
        String token = Secrets.token();
        long id = tx.handle()
                .createQuery("INSERT INTO access_tokens (token_hash, app_id, account_id, scopes, created_at,"
                        + " last_used_at) VALUES (:h, :app, :acc, :s, :t, :t) RETURNING id")
                .bind("h", Secrets.sha256(token))
                .bind("app", appId)
                .bind("acc", accountId)
                .bind("s", Scopes.format(scopes))
                .bind("t", tx.now())
                .mapTo(Long.class)
                .one();
        return new Issued(id, token);
    }

    public Issued issue(Integer appId, Integer accountId, Set<String> scopes) {
        return db.write(tx -> issue(tx, appId, accountId, scopes));
    }

    public Optional<Token> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
        return db.read(h -> h.createQuery("SELECT id, app_id, account_id, scopes, created_at, last_used_at, revoked_at"
                        + " FROM access_tokens WHERE token_hash = :h")
                .bind("h", Secrets.sha256(token))
                .map((rs, ctx) -> new Token(
                        rs.getLong("id"),
                        rs.getObject("app_id") == null ? null : rs.getInt("app_id"),
                        rs.getObject("account_id") == null ? null : rs.getInt("account_id"),
                        Scopes.parse(rs.getString("scopes")),
                        rs.getLong("created_at"),
                        rs.getLong("last_used_at"),
                        rs.getObject("revoked_at") == null ? null : rs.getLong("revoked_at")))
                .findOne());
    }

    public List<Token> ofAccount(int accountId) {
        return db.read(h -> h.createQuery("SELECT id, app_id, account_id, scopes, created_at, last_used_at, revoked_at"
                        + " FROM access_tokens WHERE account_id = :a AND revoked_at IS NULL ORDER BY id")
                .bind("a", accountId)
                .map((rs, ctx) -> new Token(
                        rs.getLong("id"),
                        rs.getObject("app_id") == null ? null : rs.getInt("app_id"),
                        rs.getInt("account_id"),
                        Scopes.parse(rs.getString("scopes")),
                        rs.getLong("created_at"),
                        rs.getLong("last_used_at"),
                        null))
                .list());
    }

    /** Revokes one token of the account; answers false when it is not theirs or already ended. */
    public boolean revoke(Tx tx, int accountId, long tokenId) {
        return tx.handle()
                        .createUpdate("UPDATE access_tokens SET revoked_at = :t WHERE id = :id AND account_id = :a"
                                + " AND revoked_at IS NULL")
                        .bind("t", tx.now())
                        .bind("id", tokenId)
                        .bind("a", accountId)
                        .execute()
                == 1;
    }

    /** Revokes every token of the account except the one kept (0 keeps none). */
    public int revokeAll(Tx tx, int accountId, long keepTokenId) {
        return tx.handle()
                .createUpdate("UPDATE access_tokens SET revoked_at = :t WHERE account_id = :a"
                        + " AND revoked_at IS NULL AND id <> :keep")
                .bind("t", tx.now())
                .bind("a", accountId)
                .bind("keep", keepTokenId)
                .execute();
    }

    public boolean revokeByValue(Tx tx, String token) {
        return tx.handle()
                        .createUpdate(
                                "UPDATE access_tokens SET revoked_at = :t WHERE token_hash = :h AND revoked_at IS NULL")
                        .bind("t", tx.now())
                        .bind("h", Secrets.sha256(token))
                        .execute()
                == 1;
    }
}
