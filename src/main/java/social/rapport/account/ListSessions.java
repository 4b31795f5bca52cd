package social.rapport.account;

import java.util.List;
import java.util.Optional;
import social.rapport.account.oauth.OAuth;

/** One's own web sessions and live access tokens (with the app each was given to). */
public final class ListSessions {
    private final WebSessions sessions;
    private final Tokens tokens;
    private final OAuth oauth;

    public record TokenInfo(Tokens.Token token, Optional<OAuth.App> app) {}

    public record Listing(List<WebSessions.Session> sessions, List<TokenInfo> tokens) {}

    public ListSessions(WebSessions sessions, Tokens tokens, OAuth oauth) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.oauth = oauth;
    }

    public Listing of(int accountId) {
        List<TokenInfo> t = tokens.ofAccount(accountId).stream()
                .map(tok -> new TokenInfo(tok, tok.appId() == null ? Optional.empty() : oauth.appById(tok.appId())))
                .toList();
        return new Listing(sessions.ofAccount(accountId), t);
    }
}
