package social.rapport.account;

import java.util.Optional;
import java.util.Set;
import social.rapport.core.Scopes;
import social.rapport.core.Viewer;
import social.rapport.store.Database;

/**
 * Turns a browser session cookie into a viewer. An idle, ended or unknown session, and a session of an
 * account that is no longer active, count as nobody signed in.
 */
public final class SessionViewers {
    private final Database db;
    private final WebSessions sessions;
    private final AccountStore accounts;

    /** A live session, its account, and the viewer it stands for. */
    public record Found(WebSessions.Session session, Account account, Viewer viewer) {}

    public SessionViewers(Database db, WebSessions sessions, AccountStore accounts) {
        this.db = db;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    public Optional<Found> resolve(String cookieValue) {
        return sessions.find(cookieValue)
                .flatMap(s -> db.read(h -> accounts.byId(h, s.accountId()))
                        .filter(Account::active)
                        .map(a -> new Found(s, a, new Viewer(a.id(), Set.of(Scopes.ALL_WEB), 0, s.id(), a.role()))));
    }
}
