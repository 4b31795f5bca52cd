package social.rapport.account.oauth;

/** Mastodon's Token entity: what /oauth/token and sign-up through the API answer. */
public record TokenEntity(String accessToken, String tokenType, String scope, long createdAt) {
    public static TokenEntity bearer(String token, java.util.Set<String> scopes, long createdAtMillis) {
        return new TokenEntity(token, "Bearer", social.rapport.core.Scopes.format(scopes), createdAtMillis / 1000);
    }
}
