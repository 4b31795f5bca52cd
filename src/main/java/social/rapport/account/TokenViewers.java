package social.rapport.account;

import io.javalin.http.Context;
import social.rapport.core.Problem;
import social.rapport.core.Viewer;
import social.rapport.store.Database;

/**
 * Turns `Authorization: Bearer …` into a viewer. A bad, revoked or foreign token is a 401; a token of
 * an account that is not active (pending, suspended, deleted) is refused the same way.
 */
public final class TokenViewers {
    private final Tokens tokens;
    private final AccountStore accounts;
    private final Database db;

    public TokenViewers(Database db, Tokens tokens, AccountStore accounts) {
        this.db = db;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** Answers null when the request carries no bearer token at all. */
    public Viewer resolve(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || auth.isBlank()) {
            // As Mastodon does, streams (EventSource cannot send headers) may carry the token in the query.
            String q = ctx.path().startsWith("/api/v1/streaming") ? ctx.queryParam("access_token") : null;
            return q == null || q.isBlank() ? null : byToken(q);
        }
        // HTTP Basic is how OAuth clients authenticate to the token endpoints: it names an app, not a viewer.
        if (auth.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) throw Problem.unauthorized("The access token is invalid");
        return byToken(auth.substring(7));
    }

    /** The viewer a raw bearer token stands for; a 401 for a bad, revoked or inactive one. */
    public Viewer byToken(String raw) {
        Tokens.Token t = tokens.find(raw.trim())
                .filter(Tokens.Token::live)
                .orElseThrow(() -> Problem.unauthorized("The access token is invalid"));
        if (t.accountId() == null) {
            // An app token (client_credentials): it may call what needs no user, nothing else.
            return new Viewer(0, t.scopes(), t.id(), 0, "");
        }
        Account a = db.read(h -> accounts.byId(h, t.accountId()))
                .orElseThrow(() -> Problem.unauthorized("The access token is invalid"));
        // As Mastodon does: a token made at sign-up works once an admin approves the account.
        if ("pending".equals(a.state())) throw Problem.forbidden("Your login is currently pending approval");
        if (ConfirmEmail.UNCONFIRMED.equals(a.state()))
            throw Problem.forbidden("Your login is missing a confirmed e-mail address");
        if (!a.active()) throw Problem.unauthorized("The access token is invalid");
        return new Viewer(a.id(), t.scopes(), t.id(), 0, a.role());
    }
}
