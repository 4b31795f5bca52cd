package social.rapport.account.oauth;

/**
 * An error of the OAuth token and revocation endpoints, answered as RFC 6749 asks:
 * {"error": "invalid_grant", "error_description": "..."} with 400, or 401 for a client that failed
 * to authenticate.
 */
public final class OAuthError extends RuntimeException {
    private final String code;
    private final int status;

    public OAuthError(int status, String code, String description) {
        super(description, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(400, "invalid_grant", description);
    }

    public static OAuthError invalidClient() {
        return new OAuthError(
                401,
                "invalid_client",
                "Client authentication failed due to unknown client,"
                        + " no client authentication included, or unsupported authentication method.");
    }

    public static OAuthError invalidScope(String description) {
        return new OAuthError(400, "invalid_scope", description);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    /** The body as RFC 6749 section 5.2 names its members. */
    public java.util.Map<String, String> body() {
        return java.util.Map.of("error", code, "error_description", getMessage());
    }
}
