package social.rapport.account;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Ends one of one's own web sessions, from the list of sessions. Someone else's is not found. */
public final class EndSession {
    private final Database db;
    private final WebSessions sessions;

    public EndSession(Database db, WebSessions sessions) {
        this.db = db;
        this.sessions = sessions;
    }

    public void end(int accountId, long sessionId) {
        db.writeVoid(tx -> {
            if (!sessions.end(tx, accountId, sessionId)) throw Problem.notFound();
            tx.emit(new AccountEvents.SessionEnded(accountId, sessionId));
        });
    }
}
