package social.rapport.notify;

import java.util.ArrayList;
import java.util.List;
import social.rapport.core.Problem;
import social.rapport.status.Cursor;
import social.rapport.store.Database;
import social.rapport.timeline.LinkedPage;

/** A person's notifications: the main list, one by id, and the policy with its pending count. */
public final class ReadNotifications {
    private final Database db;
    private final NotificationStore store;
    private final NotificationViews views;
    private final MarkerStore markers;
    private final NotificationRequests requests;

    ReadNotifications(
            Database db,
            NotificationStore store,
            NotificationViews views,
            MarkerStore markers,
            NotificationRequests requests) {
        this.db = db;
        this.store = store;
        this.views = views;
        this.markers = markers;
        this.requests = requests;
    }

    /**
     * One page, newest first (oldest first for `min_id`, answered newest first as Mastodon does).
     * Rows the viewer may no longer see are skipped and the next rows read, so a page stays full.
     */
    public LinkedPage<NotificationEntity> page(int viewer, NotificationStore.Filter filter, Cursor cursor) {
        return db.read(h -> {
            List<NotificationEntity> items = new ArrayList<>();
            List<Notification> read = new ArrayList<>();
            Cursor c = cursor;
            while (items.size() < cursor.limit()) {
                List<Notification> rows = store.page(h, viewer, filter, c.withLimit(cursor.limit()));
                if (rows.isEmpty()) break;
                // One batch per page of rows: keep just enough of the visible ones to fill the page.
                List<Notification> visible = views.check(h, viewer, rows).rows();
                int room = cursor.limit() - items.size();
                List<Notification> taken = visible.size() > room ? visible.subList(0, room) : visible;
                items.addAll(views.render(h, viewer, taken));
                if (visible.size() > room) {
                    long lastTaken = taken.get(taken.size() - 1).id();
                    for (Notification n : rows) {
                        read.add(n);
                        if (n.id() == lastTaken) break;
                    }
                    break;
                }
                read.addAll(rows);
                c = c.after(rows.get(rows.size() - 1).id(), cursor.limit());
            }
            if (read.isEmpty()) return LinkedPage.<NotificationEntity>empty();
            if (cursor.ascending()) {
                java.util.Collections.reverse(items);
                java.util.Collections.reverse(read);
            }
            return new LinkedPage<>(
                    items, read.get(read.size() - 1).id(), read.get(0).id());
        });
    }

    /** Mastodon's cap on the unread count when none is asked for, and the highest one may ask for. */
    public static final int UNREAD_DEFAULT_LIMIT = 100;

    public static final int UNREAD_MAX_LIMIT = 1000;

    /**
     * Mastodon 4.3's unread count: the notifications newer than the notifications marker that the
     * list would show (the same filter and the same checks), counted up to `limit`.
     */
    public int unreadCount(int viewer, NotificationStore.Filter filter, int limit) {
        int cap = Math.max(1, Math.min(limit, UNREAD_MAX_LIMIT));
        return db.read(h -> {
            long lastRead = markers.one(h, viewer, Markers.NOTIFICATIONS)
                    .map(Marker::lastReadId)
                    .orElse(0L);
            int count = 0;
            Cursor c = new Cursor(Long.MAX_VALUE, lastRead, false, Math.min(cap, Cursor.MAX_LIMIT * 2));
            while (count < cap) {
                List<Notification> rows = store.page(h, viewer, filter, c);
                if (rows.isEmpty()) break;
                count += views.check(h, viewer, rows).rows().size();
                c = c.after(rows.get(rows.size() - 1).id(), c.limit());
            }
            return Math.min(count, cap);
        });
    }

    /** The count the pages show: every type, Mastodon's default cap. */
    public int unreadCount(int viewer) {
        return unreadCount(viewer, ALL, UNREAD_DEFAULT_LIMIT);
    }

    public static final NotificationStore.Filter ALL = new NotificationStore.Filter(List.of(), List.of(), 0, false);

    /** The notifications the policy filtered, for the person to look through. */
    public LinkedPage<NotificationEntity> filtered(int viewer, Cursor cursor) {
        return page(viewer, new NotificationStore.Filter(List.of(), List.of(), 0, true), cursor);
    }

    public NotificationEntity one(int viewer, long id) {
        return db.read(h -> store.byId(h, viewer, id)
                .map(n -> views.render(h, viewer, List.of(n)))
                .filter(l -> !l.isEmpty())
                .map(l -> l.get(0))
                .orElseThrow(Problem::notFound));
    }

    public record PolicyView(
            String forNotFollowing,
            String forNotFollowers,
            String forNewAccounts,
            String forPrivateMentions,
            String forLimitedAccounts,
            Summary summary) {
        public record Summary(int pendingRequestsCount, int pendingNotificationsCount) {}
    }

    public PolicyView policy(int viewer) {
        return db.read(
                h -> view(store.policy(h, viewer).orElse(NotificationPolicy.DEFAULT), requests.summary(h, viewer)));
    }

    /** The summary counts only the requests and notifications the viewer may see. */
    static PolicyView view(NotificationPolicy p, PolicyView.Summary summary) {
        return new PolicyView(
                p.forNotFollowing().wire(),
                p.forNotFollowers().wire(),
                p.forNewAccounts().wire(),
                p.forPrivateMentions().wire(),
                p.forLimitedAccounts().wire(),
                summary);
    }
}
