package social.rapport.account.oauth;

import social.rapport.account.SignUp;
import social.rapport.account.Tokens;
import social.rapport.core.Problem;

/**
 * Sign-up through the API (POST /api/v1/accounts): an app holding an app token signs a person up and
 * gets a user token with the app token's scopes, in the same transaction as the account. In approval
 * mode the token is issued too, as Mastodon does, but it works only once an admin approves the account;
 * where sign-ups confirm their address, only once the mailed link is used.
 */
public final class SignUpByApp {
    private final SignUp signUp;
    private final Tokens tokens;
    private final OAuth oauth;

    public SignUpByApp(SignUp signUp, Tokens tokens, OAuth oauth) {
        this.signUp = signUp;
        this.tokens = tokens;
        this.oauth = oauth;
    }

    public OAuth.Granted signUp(long appTokenId, java.util.Set<String> scopes, SignUp.Request request) {
        OAuth.App app = oauth.appOfToken(appTokenId)
                .orElseThrow(() -> Problem.forbidden("Sign-up needs a token issued to an application"));
        OAuth.Granted granted = signUp.signUp(request, (tx, account) -> {
            Tokens.Issued t = tokens.issue(tx, app.id(), account.id(), scopes);
            return new OAuth.Granted(t.id(), t.token(), scopes, tx.now());
        });
        // The address is a member's (who was told by mail): an app cannot be handed a token for nothing.
        if (granted == null) throw Problem.invalid("email", "Email is taken");
        return granted;
    }
}
