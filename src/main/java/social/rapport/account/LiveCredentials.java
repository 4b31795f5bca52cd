package social.rapport.account;

import java.time.Duration;
import java.util.List;
import social.rapport.core.Viewer;
import social.rapport.store.Database;

/**
 * Whether the credential a viewer was resolved from still holds, and until when: the token not
 * revoked, the web session not ended and not idle, the account active. Streams ask it once they are
 * registered, because they outlive the request that checked the credential, and again whenever the
 * answer's time has passed, since a session ends by going idle without anyone ending it.
 */
public final class LiveCredentials {
    /** The answer for a credential that has ended. */
    public static final long ENDED = -1;

    private final Database db;
    private final long idleMillis;

    /** `sessionIdle` is how long a web session lasts unused, as {@link WebSessions} counts it. */
    public LiveCredentials(Database db, Duration sessionIdle) {
        this.db = db;
        this.idleMillis = sessionIdle.toMillis();
    }

    /**
     * The last moment (epoch milliseconds) the credential holds unless something ends it sooner:
     * {@link Long#MAX_VALUE} when only an event can end it (tokens do not expire), {@link #ENDED}
     * when it has already ended. A session lasts until it has been unused for the idle time.
     */
    public long liveUntil(Viewer v) {
        if (v.tokenId() == 0 && v.sessionId() == 0 && !v.signedIn()) return Long.MAX_VALUE;
        return db.read(h -> {
            if (v.tokenId() != 0
                    && h.createQuery("SELECT COUNT(*) FROM access_tokens WHERE id = :id" + " AND revoked_at IS NULL")
                                    .bind("id", v.tokenId())
                                    .mapTo(Integer.class)
                                    .one()
                            == 0) {
                return ENDED;
            }
            long until = Long.MAX_VALUE;
            if (v.sessionId() != 0) {
                List<Long> seen = h.createQuery("SELECT last_seen_at FROM web_sessions WHERE id = :id")
                        .bind("id", v.sessionId())
                        .mapTo(Long.class)
                        .list();
                if (seen.isEmpty()) return ENDED;
                until = seen.get(0) + idleMillis;
            }
            boolean active = !v.signedIn()
                    || h.createQuery("SELECT COUNT(*) FROM accounts WHERE id = :id" + " AND state = 'active'")
                                    .bind("id", v.accountId())
                                    .mapTo(Integer.class)
                                    .one()
                            == 1;
            return active ? until : ENDED;
        });
    }
}
