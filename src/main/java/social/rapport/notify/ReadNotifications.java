package social.rapport.notify;

import java.util.ArrayList;
import java.util.List;
import social.rapport.core.Problem;
import social.rapport.status.Cursor;
import social.rapport.store.Database;
import social.rapport.timeline.Page;

/** A person's notifications: the main list, one by id, and the policy with its pending count. */
public final class ReadNotifications {
    private final Database db;
    private final NotificationStore store;
    private final NotificationViews views;

    public ReadNotifications(Database db, NotificationStore store, NotificationViews views) {
        this.db = db;
        this.store = store;
        this.views = views;
    }

    /**
     * One page, newest first (oldest first for `min_id`, answered newest first as Mastodon does).
     * Rows the viewer may no longer see are skipped and the next rows read, so a page stays full.
     */
    public Page<NotificationEntity> page(int viewer, NotificationStore.Filter filter, Cursor cursor) {
        return db.read(h -> {
            List<NotificationEntity> items = new ArrayList<>();
            List<Notification> read = new ArrayList<>();
            Cursor c = cursor;
            while (items.size() < cursor.limit()) {
                List<Notification> rows = store.page(h, viewer, filter, c.withLimit(cursor.limit()));
                if (rows.isEmpty()) break;
                for (Notification n : rows) {
                    if (items.size() == cursor.limit()) break;
                    read.add(n);
                    items.addAll(views.render(h, viewer, List.of(n)));
                }
                c = c.after(rows.get(rows.size() - 1).id(), cursor.limit());
            }
            if (read.isEmpty()) return Page.<NotificationEntity>empty();
            if (cursor.ascending()) {
                java.util.Collections.reverse(items);
                java.util.Collections.reverse(read);
            }
            return new Page<>(items, read.get(read.size() - 1).id(), read.get(0).id());
        });
    }

    public NotificationEntity one(int viewer, long id) {
        return db.read(h -> store.byId(h, viewer, id)
                .map(n -> views.render(h, viewer, List.of(n)))
                .filter(l -> !l.isEmpty()).map(l -> l.get(0))
                .orElseThrow(Problem::notFound));
    }

    public record PolicyView(String forNotFollowing, String forNotFollowers, String forNewAccounts,
                             String forPrivateMentions, String forLimitedAccounts, Summary summary) {
        public record Summary(int pendingRequestsCount, int pendingNotificationsCount) {}
    }

    public PolicyView policy(int viewer) {
        return db.read(h -> view(store.policy(h, viewer).orElse(NotificationPolicy.DEFAULT),
                store.countFiltered(h, viewer)));
    }

    static PolicyView view(NotificationPolicy p, int pending) {
        return new PolicyView(p.forNotFollowing().wire(), p.forNotFollowers().wire(), p.forNewAccounts().wire(),
                p.forPrivateMentions().wire(), p.forLimitedAccounts().wire(),
                new PolicyView.Summary(pending > 0 ? 1 : 0, pending));
    }
}
