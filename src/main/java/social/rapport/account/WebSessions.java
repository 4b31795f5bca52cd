package social.rapport.account;

import java.util.List;
import java.util.Optional;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Browser sessions: a 256-bit random token in the cookie, stored only as its SHA-256 digest, with a
 * CSRF token of its own. A session idle longer than the configured time is over.
 */
public final class WebSessions {
    private final Database db;
    private final long idleMillis;

    public record Session(
            long id, int accountId, String csrfToken, String userAgent, String ip, long createdAt, long lastSeenAt) {}

    public record Started(Session session, String cookieValue) {}

    public WebSessions(Database db, java.time.Duration idle) {
        this.db = db;
        this.idleMillis = idle.toMillis();
    }

    public Started start(Tx tx, int accountId, String userAgent, String ip) {
        String token = Secrets.token();
        String csrf = Secrets.token();
        String ua = userAgent == null ? "" : userAgent.substring(0, Math.min(300, userAgent.length()));
        long id = tx.handle()
                .createQuery("INSERT INTO web_sessions (account_id, token_hash, csrf_token, user_agent, ip,"
                        + " created_at, last_seen_at) VALUES (:a, :h, :c, :ua, :ip, :t, :t) RETURNING id")
                .bind("a", accountId)
                .bind("h", Secrets.sha256(token))
                .bind("c", csrf)
                .bind("ua", ua)
                .bind("ip", ip == null ? "" : ip)
                .bind("t", tx.now())
                .mapTo(Long.class)
                .one();
        return new Started(new Session(id, accountId, csrf, ua, ip, tx.now(), tx.now()), token);
    }

    public Started start(int accountId, String userAgent, String ip) {
        return db.write(tx -> start(tx, accountId, userAgent, ip));
    }

    /** The live session for a cookie value; an idle one is ended and not answered. */
    public Optional<Session> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 200) return Optional.empty();
        String hash = Secrets.sha256(cookieValue);
        Optional<Session> s =
                db.read(h -> h.createQuery("SELECT id, account_id, csrf_token, user_agent, ip, created_at,"
                                + " last_seen_at FROM web_sessions WHERE token_hash = :h")
                        .bind("h", hash)
                        .map((rs, ctx) -> new Session(
                                rs.getLong("id"),
                                rs.getInt("account_id"),
                                rs.getString("csrf_token"),
                                rs.getString("user_agent"),
                                rs.getString("ip"),
                                rs.getLong("created_at"),
                                rs.getLong("last_seen_at")))
                        .findOne());
        if (s.isEmpty()) return s;
        long now = db.clock().millis();
        if (now - s.get().lastSeenAt() > idleMillis) {
            // Ended here rather than by anyone, so the event tells its open streams at once.
            db.writeVoid(tx -> {
                if (end(tx, s.get().accountId(), s.get().id())) {
                    tx.emit(new AccountEvents.SessionEnded(
                            s.get().accountId(), s.get().id()));
                }
            });
            return Optional.empty();
        }
        // Touch at most once a minute, so reading pages does not turn into a write per request.
        if (now - s.get().lastSeenAt() > 60_000) {
            db.writeVoid(tx -> tx.handle()
                    .createUpdate("UPDATE web_sessions SET last_seen_at = :t WHERE id = :id")
                    .bind("t", tx.now())
                    .bind("id", s.get().id())
                    .execute());
        }
        return s;
    }

    public List<Session> ofAccount(int accountId) {
        return db.read(h -> h.createQuery("SELECT id, account_id, csrf_token, user_agent, ip, created_at, last_seen_at"
                        + " FROM web_sessions WHERE account_id = :a ORDER BY id")
                .bind("a", accountId)
                .map((rs, ctx) -> new Session(
                        rs.getLong("id"),
                        rs.getInt("account_id"),
                        rs.getString("csrf_token"),
                        rs.getString("user_agent"),
                        rs.getString("ip"),
                        rs.getLong("created_at"),
                        rs.getLong("last_seen_at")))
                .list());
    }

    /** Ends one session of the account; false when it is not theirs. */
    public boolean end(Tx tx, int accountId, long sessionId) {
        return tx.handle()
                        .createUpdate("DELETE FROM web_sessions WHERE id = :id AND account_id = :a")
                        .bind("id", sessionId)
                        .bind("a", accountId)
                        .execute()
                == 1;
    }

    /** Ends every session of the account except the one kept (0 keeps none). */
    public int endAll(Tx tx, int accountId, long keepSessionId) {
        return tx.handle()
                .createUpdate("DELETE FROM web_sessions WHERE account_id = :a AND id <> :keep")
                .bind("a", accountId)
                .bind("keep", keepSessionId)
                .execute();
    }
}
