package social.rapport.account.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import social.rapport.account.Account;
import social.rapport.account.AccountEvents;
import social.rapport.account.AccountStore;
import social.rapport.account.Secrets;
import social.rapport.account.Tokens;
import social.rapport.core.Problem;
import social.rapport.core.Scopes;
import social.rapport.store.Database;

/**
 * OAuth 2 as Mastodon clients use it: the authorization code grant (with PKCE S256 and the
 * out-of-band redirect), client credentials, and revocation. The consent page asks checkAuthorization
 * first, then issueCode once the person agrees; the token endpoint exchanges the code.
 */
public final class OAuth {
    public static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    static final long CODE_LIFETIME_MS = 10 * 60 * 1000;
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    public record App(
            int id, String name, String website, List<String> redirectUris, Set<String> scopes, String clientId) {}

    public record AuthorizationRequest(
            App app, String redirectUri, Set<String> scopes, String codeChallenge, String state) {}

    /** A token just made, with what it may do and when it was made. */
    public record Granted(long tokenId, String token, Set<String> scopes, long createdAt) {
        public TokenEntity entity() {
            return TokenEntity.bearer(token, scopes, createdAt);
        }
    }

    private final Database db;
    private final OAuthStore store;
    private final Tokens tokens;
    private final AccountStore accounts;

    public OAuth(Database db, Tokens tokens, AccountStore accounts) {
        this(db, new OAuthStore(), tokens, accounts);
    }

    OAuth(Database db, OAuthStore store, Tokens tokens, AccountStore accounts) {
        this.db = db;
        this.store = store;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /**
     * Validates an authorization request (response_type=code, known client_id, registered redirect_uri
     * or urn:ietf:wg:oauth:2.0:oob, scopes within the app's, PKCE method S256 if a challenge is given);
     * throws Problem (400) with a clear message.
     */
    public AuthorizationRequest checkAuthorization(
            String clientId,
            String redirectUri,
            String responseType,
            String scope,
            String codeChallenge,
            String codeChallengeMethod,
            String state) {
        if (clientId == null || clientId.isBlank() || clientId.length() > 200) {
            throw Problem.badRequest("client_id is missing");
        }
        App app = db.read(h -> store.appByClientId(h, clientId))
                .orElseThrow(() -> Problem.badRequest("Unknown client_id: no application is registered under it"));
        if (!"code".equals(responseType)) throw Problem.badRequest("response_type must be code");
        String redirect = redirectUri == null || redirectUri.isBlank()
                ? (app.redirectUris().size() == 1 ? app.redirectUris().get(0) : null)
                : redirectUri;
        if (redirect == null) throw Problem.badRequest("redirect_uri is missing");
        if (!app.redirectUris().contains(redirect)) {
            throw Problem.badRequest("redirect_uri is not one the application registered");
        }
        Set<String> scopes = Scopes.parse(scope);
        if (scopes == null) throw Problem.badRequest("scope holds an unknown scope");
        if (!Scopes.within(scopes, app.scopes())) {
            throw Problem.badRequest("scope asks for more than the application registered");
        }
        String challenge = codeChallenge == null || codeChallenge.isEmpty() ? null : codeChallenge;
        String method = codeChallengeMethod == null || codeChallengeMethod.isEmpty() ? null : codeChallengeMethod;
        if (challenge == null && method != null)
            throw Problem.badRequest("code_challenge_method given without code_challenge");
        if (challenge != null) {
            if (!"S256".equals(method)) throw Problem.badRequest("code_challenge_method must be S256");
            if (!CHALLENGE.matcher(challenge).matches()) {
                throw Problem.badRequest("code_challenge must be 43 characters of base64url (SHA-256 of the verifier)");
            }
        }
        if (state != null && state.length() > 1000) throw Problem.badRequest("state is too long");
        return new AuthorizationRequest(app, redirect, scopes, challenge, state);
    }

    /** After the signed-in person consents: a one-time code (10 minutes) bound to app, account, redirect_uri, scopes and challenge. */
    public String issueCode(AuthorizationRequest req, int accountId) {
        String code = Secrets.token();
        db.writeVoid(tx -> {
            store.deleteExpiredCodes(tx);
            store.insertCode(
                    tx,
                    Secrets.sha256(code),
                    req.app().id(),
                    accountId,
                    req.redirectUri(),
                    Scopes.format(req.scopes()),
                    req.codeChallenge(),
                    tx.now() + CODE_LIFETIME_MS);
        });
        return code;
    }

    /** Where to send the browser: redirect_uri?code=…&state=…, or null for the out-of-band redirect (the page then shows the code). */
    public String redirectFor(AuthorizationRequest req, String code) {
        if (OOB.equals(req.redirectUri())) return null;
        StringBuilder b = new StringBuilder(req.redirectUri());
        b.append(req.redirectUri().contains("?") ? '&' : '?').append("code=").append(encode(code));
        if (req.state() != null && !req.state().isEmpty()) b.append("&state=").append(encode(req.state()));
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The application whose id and secret these are; invalid_client (401) otherwise. */
    public App authenticateClient(String clientId, String clientSecret) {
        if (clientId == null || clientSecret == null || clientId.length() > 200 || clientSecret.length() > 200) {
            throw OAuthError.invalidClient();
        }
        Optional<App> app = db.read(h -> store.appByClientId(h, clientId));
        String expected =
                app.map(a -> db.read(h -> store.secretHash(h, a.id()))).orElse(null);
        // Hash even for an unknown client so the answer takes the same time either way.
        String given = Secrets.sha256(clientSecret);
        if (app.isEmpty() || !Secrets.same(given, expected)) throw OAuthError.invalidClient();
        return app.get();
    }

    /** Exchanges an authorization code once for a user token; every mismatch is invalid_grant. */
    public Granted exchangeCode(App app, String code, String redirectUri, String codeVerifier) {
        if (code == null || code.isEmpty() || code.length() > 200) throw OAuthError.invalidRequest("code is missing");
        if (redirectUri == null || redirectUri.isEmpty()) throw OAuthError.invalidRequest("redirect_uri is missing");
        String hash = Secrets.sha256(code);
        Granted granted = db.write(tx -> {
            OAuthStore.Code c = store.code(tx.handle(), hash)
                    .filter(x -> x.appId() == app.id())
                    .orElseThrow(() -> OAuthError.invalidGrant("The authorization code is invalid"));
            if (c.used()) {
                // RFC 6749 §4.1.2: a code presented twice was probably stolen, so the token it gave ends too.
                if (c.tokenId() > 0 && tokens.revoke(tx, c.accountId(), c.tokenId())) {
                    tx.emit(new AccountEvents.TokenRevoked(c.accountId(), c.tokenId()));
                }
                return null;
            }
            if (c.expiresAt() < tx.now()) throw OAuthError.invalidGrant("The authorization code has expired");
            if (!c.redirectUri().equals(redirectUri)) {
                throw OAuthError.invalidGrant("redirect_uri does not match the one the code was issued for");
            }
            if (c.codeChallenge() != null) {
                if (codeVerifier == null || !VERIFIER.matcher(codeVerifier).matches()) {
                    throw OAuthError.invalidGrant("code_verifier is missing or malformed");
                }
                if (!Secrets.same(Secrets.s256(codeVerifier), c.codeChallenge())) {
                    throw OAuthError.invalidGrant("code_verifier does not match the code_challenge");
                }
            }
            accounts.byId(tx.handle(), c.accountId())
                    .filter(Account::active)
                    .orElseThrow(() -> OAuthError.invalidGrant("The account is not active"));
            Set<String> scopes = Scopes.parse(c.scopes());
            Tokens.Issued t = tokens.issue(tx, app.id(), c.accountId(), scopes);
            if (!store.useCode(tx, hash, t.id()))
                throw OAuthError.invalidGrant("The authorization code was already used");
            return new Granted(t.id(), t.token(), scopes, tx.now());
        });
        // The revocation above is committed before the replay is refused.
        if (granted == null) throw OAuthError.invalidGrant("The authorization code was already used");
        return granted;
    }

    /** An app token: it may call what needs no user, such as signing someone up. */
    public Granted clientCredentials(App app, String scope) {
        Set<String> scopes = Scopes.parse(scope);
        if (scopes == null) throw OAuthError.invalidScope("scope holds an unknown scope");
        if (!Scopes.within(scopes, app.scopes())) {
            throw OAuthError.invalidScope("scope asks for more than the application registered");
        }
        return db.write(tx -> {
            Tokens.Issued t = tokens.issue(tx, app.id(), null, scopes);
            return new Granted(t.id(), t.token(), scopes, tx.now());
        });
    }

    /**
     * Revokes a token the app holds (RFC 7009). An unknown token is not an error; a token of another
     * app is refused, so one client cannot end another's sessions.
     */
    public void revoke(App app, String token) {
        if (token == null || token.isEmpty()) throw OAuthError.invalidRequest("token is missing");
        if (token.length() > 200) return;
        String hash = Secrets.sha256(token);
        db.writeVoid(tx -> {
            Optional<OAuthStore.TokenOwner> owner = store.tokenOwner(tx.handle(), hash);
            if (owner.isEmpty()) return;
            if (owner.get().appId() != app.id()) {
                throw new OAuthError(403, "unauthorized_client", "You are not authorized to revoke this token");
            }
            // An app's own token (no account) has streams too: they close like any other.
            if (tokens.revokeByValue(tx, token)) {
                tx.emit(new AccountEvents.TokenRevoked(
                        owner.get().accountId(), owner.get().tokenId()));
            }
        });
    }

    /** The application a token was issued to (for /api/v1/apps/verify_credentials). */
    public Optional<App> appOfToken(long tokenId) {
        return db.read(h -> store.appOfToken(h, tokenId).flatMap(id -> store.appById(h, id)));
    }

    public Optional<App> appById(int id) {
        return db.read(h -> store.appById(h, id));
    }
}
