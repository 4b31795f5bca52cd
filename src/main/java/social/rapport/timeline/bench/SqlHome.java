package social.rapport.timeline.bench;

import java.util.ArrayList;
import java.util.List;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * The baseline: what a typical application does for a home page, in plain SQL. Posts by the people
 * the viewer follows or is connected with (and their own), newest first, fetched in chunks and
 * filtered by the same audience policy, then rendered by the same views.
 */
final class SqlHome {
    private static final String CANDIDATES = "SELECT id FROM statuses WHERE id < :max AND (account_id = :v"
            + " OR account_id IN (SELECT followed_id FROM follows WHERE follower_id = :v AND state = 'approved')"
            + " OR account_id IN (SELECT high_id FROM connections WHERE low_id = :v)"
            + " OR account_id IN (SELECT low_id FROM connections WHERE high_id = :v))"
            + " ORDER BY id DESC LIMIT 40";
    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;

    SqlHome(Database db, StatusAccess access, StatusViews views) {
        this.db = db;
        this.access = access;
        this.views = views;
    }

    List<StatusEntity> page(int viewer, int limit) {
        return db.read(h -> {
            List<Status> out = new ArrayList<>();
            long max = Long.MAX_VALUE;
            for (int round = 0; round < 50 && out.size() < limit; round++) {
                List<Long> ids = h.createQuery(CANDIDATES)
                        .bind("v", viewer)
                        .bind("max", max)
                        .mapTo(Long.class)
                        .list();
                if (ids.isEmpty()) break;
                for (Status s : access.visibleByIds(h, viewer, ids)) if (out.size() < limit) out.add(s);
                max = ids.get(ids.size() - 1);
                if (ids.size() < 40) break;
            }
            return views.render(h, viewer, out);
        });
    }
}
