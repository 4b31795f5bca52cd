package social.rapport.account.oauth;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import social.rapport.core.Scopes;
import social.rapport.store.Tx;

/** SQL for OAuth applications and authorization codes. Secrets and codes are kept only as digests. */
final class OAuthStore {
    private static final String APP_COLUMNS = "id, name, website, redirect_uris, scopes, client_id";
    private static final RowMapper<OAuth.App> APP = (rs, ctx) -> new OAuth.App(
            rs.getInt("id"),
            rs.getString("name"),
            rs.getString("website"),
            splitLines(rs.getString("redirect_uris")),
            Scopes.parse(rs.getString("scopes")),
            rs.getString("client_id"));

    record Code(
            int appId,
            int accountId,
            String redirectUri,
            String scopes,
            String codeChallenge,
            long expiresAt,
            boolean used,
            long tokenId) {}

    static List<String> splitLines(String s) {
        return Arrays.stream(s.split("\n")).filter(x -> !x.isBlank()).toList();
    }

    int insertApp(
            Tx tx,
            String name,
            String website,
            List<String> redirectUris,
            String scopes,
            String clientId,
            String secretHash) {
        return tx.handle()
                .createQuery("INSERT INTO oauth_apps (name, website, redirect_uris, scopes, client_id,"
                        + " client_secret_hash, created_at) VALUES (:n, :w, :r, :s, :c, :h, :t) RETURNING id")
                .bind("n", name)
                .bind("w", website)
                .bind("r", String.join("\n", redirectUris))
                .bind("s", scopes)
                .bind("c", clientId)
                .bind("h", secretHash)
                .bind("t", tx.now())
                .mapTo(Integer.class)
                .one();
    }

    Optional<OAuth.App> appById(Handle h, int id) {
        return h.createQuery("SELECT " + APP_COLUMNS + " FROM oauth_apps WHERE id = :id")
                .bind("id", id)
                .map(APP)
                .findOne();
    }

    Optional<OAuth.App> appByClientId(Handle h, String clientId) {
        return h.createQuery("SELECT " + APP_COLUMNS + " FROM oauth_apps WHERE client_id = :c")
                .bind("c", clientId)
                .map(APP)
                .findOne();
    }

    String secretHash(Handle h, int appId) {
        return h.createQuery("SELECT client_secret_hash FROM oauth_apps WHERE id = :id")
                .bind("id", appId)
                .mapTo(String.class)
                .findOne()
                .orElse(null);
    }

    /** The app a token was issued to, if any. */
    Optional<Integer> appOfToken(Handle h, long tokenId) {
        return h.createQuery("SELECT app_id FROM access_tokens WHERE id = :id AND app_id IS NOT NULL")
                .bind("id", tokenId)
                .mapTo(Integer.class)
                .findOne();
    }

    record TokenOwner(long tokenId, int appId, int accountId) {}

    /** Who holds a token (by its digest): its id, app and account (0 when none), or empty when unknown. */
    Optional<TokenOwner> tokenOwner(Handle h, String tokenHash) {
        return h.createQuery("SELECT id, app_id, account_id FROM access_tokens WHERE token_hash = :h")
                .bind("h", tokenHash)
                .map((rs, ctx) -> new TokenOwner(rs.getLong("id"), rs.getInt("app_id"), rs.getInt("account_id")))
                .findOne();
    }

    void insertCode(
            Tx tx,
            String codeHash,
            int appId,
            int accountId,
            String redirectUri,
            String scopes,
            String challenge,
            long expiresAt) {
        tx.handle()
                .createUpdate("INSERT INTO oauth_codes (code_hash, app_id, account_id, redirect_uri, scopes,"
                        + " code_challenge, expires_at, used) VALUES (:h, :app, :acc, :r, :s, :c, :e, FALSE)")
                .bind("h", codeHash)
                .bind("app", appId)
                .bind("acc", accountId)
                .bind("r", redirectUri)
                .bind("s", scopes)
                .bind("c", challenge)
                .bind("e", expiresAt)
                .execute();
    }

    Optional<Code> code(Handle h, String codeHash) {
        return h.createQuery("SELECT app_id, account_id, redirect_uri, scopes, code_challenge, expires_at, used,"
                        + " token_id FROM oauth_codes WHERE code_hash = :h")
                .bind("h", codeHash)
                .map((rs, ctx) -> new Code(
                        rs.getInt("app_id"),
                        rs.getInt("account_id"),
                        rs.getString("redirect_uri"),
                        rs.getString("scopes"),
                        rs.getString("code_challenge"),
                        rs.getLong("expires_at"),
                        rs.getBoolean("used"),
                        rs.getLong("token_id")))
                .findOne();
    }

    /** Marks a code used; false when someone used it first, so a code is exchanged at most once. */
    /** Marks the code used, remembering the token it gave; false when it was already used. */
    boolean useCode(Tx tx, String codeHash, long tokenId) {
        return tx.handle()
                        .createUpdate("UPDATE oauth_codes SET used = TRUE, token_id = :t WHERE code_hash = :h"
                                + " AND used = FALSE")
                        .bind("h", codeHash)
                        .bind("t", tokenId)
                        .execute()
                == 1;
    }

    /** Codes past their time are of no use to anyone; they go whenever a new one is made. */
    void deleteExpiredCodes(Tx tx) {
        tx.handle()
                .createUpdate("DELETE FROM oauth_codes WHERE expires_at < :t")
                .bind("t", tx.now())
                .execute();
    }
}
