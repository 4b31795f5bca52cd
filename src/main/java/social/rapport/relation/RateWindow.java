package social.rapport.relation;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.core.Problem;

/**
 * A sliding-window limit counted from rows in the database (so it holds across restarts and nodes),
 * answering 429 with the seconds until the oldest counted row leaves the window.
 */
public final class RateWindow {
    private RateWindow() {}

    /**
     * @param timesSql a query selecting the `created_at` of counted rows, bound to :account and :since
     */
    public static void check(Handle h, String timesSql, int account, long now, long window, int limit, String message) {
        long since = now - window;
        int count = h.createQuery("SELECT COUNT(*) FROM (" + timesSql + ") w")
                .bind("account", account)
                .bind("since", since)
                .mapTo(Integer.class)
                .one();
        if (count < limit) return;
        // The row whose leaving brings the count below the limit.
        Optional<Long> frees = h.createQuery("SELECT t FROM (" + timesSql + ") w ORDER BY t LIMIT 1 OFFSET :skip")
                .bind("account", account)
                .bind("since", since)
                .bind("skip", count - limit)
                .mapTo(Long.class)
                .findOne();
        long at = frees.orElse(now) + window;
        throw Problem.tooMany(message, Math.max(1, (at - now + 999) / 1000));
    }
}
