package social.rapport.notify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.account.AccountEntity;
import social.rapport.core.Problem;
import social.rapport.core.Times;
import social.rapport.status.Cursor;
import social.rapport.status.StatusEntity;
import social.rapport.store.Database;
import social.rapport.timeline.LinkedPage;

/**
 * Mastodon's notification requests: the notifications the policy filtered, one request per stranger.
 * A request is shown only while the viewer may see its account and at least one of its notifications,
 * through the same checks as the main list; its count and last post are of those alone. Accepting one
 * moves its notifications into the main list and lets later ones through; dismissing one drops them.
 */
public final class NotificationRequests {
    private final Database db;
    private final NotificationStore notifications;
    private final RequestStore store;
    private final NotificationViews views;

    NotificationRequests(Database db, NotificationStore notifications, RequestStore store, NotificationViews views) {
        this.db = db;
        this.notifications = notifications;
        this.store = store;
        this.views = views;
    }

    /** Mastodon's NotificationRequest; `notifications_count` is a string there. */
    public record RequestEntity(
            String id,
            String createdAt,
            String updatedAt,
            AccountEntity account,
            String notificationsCount,
            StatusEntity lastStatus) {}

    public LinkedPage<RequestEntity> page(int viewer, Cursor cursor) {
        return db.read(h -> {
            List<RequestEntity> items = new ArrayList<>();
            List<Long> read = new ArrayList<>();
            Cursor c = cursor;
            outer:
            while (items.size() < cursor.limit()) {
                List<RequestStore.Row> rows = store.page(h, viewer, c);
                if (rows.isEmpty()) break;
                for (RequestStore.Row r : rows) {
                    if (items.size() == cursor.limit()) break outer;
                    render(h, viewer, r).ifPresent(items::add);
                    read.add(r.id());
                }
                c = c.after(rows.get(rows.size() - 1).id(), cursor.limit());
            }
            if (read.isEmpty()) return LinkedPage.<RequestEntity>empty();
            if (cursor.ascending()) Collections.reverse(items);
            return new LinkedPage<>(items, Collections.min(read), Collections.max(read));
        });
    }

    public RequestEntity one(int viewer, long id) {
        return db.read(h ->
                store.byId(h, viewer, id).flatMap(r -> render(h, viewer, r)).orElseThrow(Problem::notFound));
    }

    /** The stranger's filtered notifications join the main list, and later ones are not filtered. */
    public void accept(int viewer, long id) {
        db.writeVoid(tx -> {
            RequestStore.Row r = shown(tx.handle(), viewer, id).orElseThrow(Problem::notFound);
            store.permit(tx, viewer, r.fromAccountId(), tx.now());
            store.unfilter(tx, viewer, r.fromAccountId());
            store.delete(tx, viewer, r.fromAccountId());
        });
    }

    /** The stranger's filtered notifications are dropped; later ones are filtered again. */
    public void dismiss(int viewer, long id) {
        db.writeVoid(tx -> {
            RequestStore.Row r = shown(tx.handle(), viewer, id).orElseThrow(Problem::notFound);
            store.dropFiltered(tx, viewer, r.fromAccountId());
            store.delete(tx, viewer, r.fromAccountId());
        });
    }

    /** Mastodon's bulk forms: ids that are not the viewer's shown requests are passed over. */
    public void acceptAll(int viewer, List<Long> ids) {
        for (long id : ids) {
            if (exists(viewer, id)) accept(viewer, id);
        }
    }

    public void dismissAll(int viewer, List<Long> ids) {
        for (long id : ids) {
            if (exists(viewer, id)) dismiss(viewer, id);
        }
    }

    /** The policy's summary: the requests shown and the notifications they hold. */
    public ReadNotifications.PolicyView.Summary summary(Handle h, int viewer) {
        int requests = 0;
        int pending = 0;
        Cursor c = Cursor.newest(Cursor.MAX_LIMIT);
        while (true) {
            List<RequestStore.Row> rows = store.page(h, viewer, c);
            if (rows.isEmpty()) break;
            for (RequestStore.Row r : rows) {
                int n = visible(h, viewer, r).rows().size();
                if (n == 0) continue;
                requests++;
                pending += n;
            }
            c = c.after(rows.get(rows.size() - 1).id(), c.limit());
        }
        return new ReadNotifications.PolicyView.Summary(requests, pending);
    }

    private boolean exists(int viewer, long id) {
        return db.read(h -> shown(h, viewer, id).isPresent());
    }

    private Optional<RequestStore.Row> shown(Handle h, int viewer, long id) {
        return store.byId(h, viewer, id)
                .filter(r -> !visible(h, viewer, r).rows().isEmpty());
    }

    private NotificationViews.Checked visible(Handle h, int viewer, RequestStore.Row r) {
        return views.check(h, viewer, store.filteredFrom(h, notifications, viewer, r.fromAccountId()));
    }

    private Optional<RequestEntity> render(Handle h, int viewer, RequestStore.Row r) {
        NotificationViews.Checked c = visible(h, viewer, r);
        if (c.rows().isEmpty()) return Optional.empty();
        StatusEntity last = null;
        for (Notification n : c.rows()) {
            if (n.statusId() == 0) continue;
            List<StatusEntity> shown = views.posts(h, viewer, List.of(c.posts().get(n.statusId())));
            if (!shown.isEmpty()) {
                last = shown.get(0);
                break;
            }
        }
        return Optional.of(new RequestEntity(
                Long.toString(r.id()),
                Times.iso(r.createdAt()),
                Times.iso(r.updatedAt()),
                views.account(c.from().get(r.fromAccountId())),
                Integer.toString(c.rows().size()),
                last));
    }
}
