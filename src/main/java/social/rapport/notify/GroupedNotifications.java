package social.rapport.notify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountEntity;
import social.rapport.core.Problem;
import social.rapport.core.Times;
import social.rapport.status.Cursor;
import social.rapport.status.Status;
import social.rapport.status.StatusEntity;
import social.rapport.store.Database;

/**
 * Mastodon 4.3's grouped notifications (API v2). Built on the same reads as the plain list: the
 * same rows (`NotificationStore.page` with the same filter) and the same checks
 * (`NotificationViews.check`), so a group never holds a notification, an account or a post that the
 * plain list would not show. A group's count and sample accounts are its visible members only.
 */
public final class GroupedNotifications {
    static final int SAMPLE_ACCOUNTS = 8;
    public static final int DEFAULT_LIMIT = 40;
    public static final int MAX_LIMIT = 80;
    /** The types grouped when a client names none: Mastodon's favourite, reblog and follow. */
    public static final Set<String> GROUPED_TYPES = GroupKey.GROUPABLE;

    private final Database db;
    private final NotificationStore store;
    private final NotificationViews views;
    private final MarkerStore markers;

    GroupedNotifications(Database db, NotificationStore store, NotificationViews views, MarkerStore markers) {
        this.db = db;
        this.store = store;
        this.views = views;
        this.markers = markers;
    }

    /** Mastodon's GroupedNotificationsResults. */
    public record Results(List<AccountEntity> accounts, List<StatusEntity> statuses, List<Group> notificationGroups) {}

    /** Mastodon's NotificationGroup; `rapport.object_id` as on a plain notification. */
    public record Group(
            String groupKey,
            int notificationsCount,
            String type,
            String mostRecentNotificationId,
            String pageMinId,
            String pageMaxId,
            String latestPageNotificationAt,
            List<String> sampleAccountIds,
            String statusId,
            NotificationEntity.Rapport rapport) {}

    /** A page of groups with the ids for the Link header (0 when nothing was read). */
    public record Page(Results results, long next, long prev) {}

    /**
     * Up to `cursor.limit()` groups, newest first. Rows are read as the plain list reads them; the page
     * ends before the first row that would open one group too many.
     */
    public Page page(int viewer, NotificationStore.Filter filter, Set<String> groupedTypes, Cursor cursor) {
        return db.read(h -> {
            Map<GroupKey, List<Notification>> groups = new LinkedHashMap<>();
            List<Long> read = new ArrayList<>();
            Cursor c = cursor;
            boolean full = false;
            while (!full) {
                List<Notification> rows = store.page(h, viewer, filter, c.withLimit(cursor.limit()));
                if (rows.isEmpty()) break;
                Set<Notification> visible =
                        new HashSet<>(views.check(h, viewer, rows).rows());
                for (Notification n : rows) {
                    if (visible.contains(n)) {
                        GroupKey k = GroupKey.of(n, groupedTypes);
                        if (!groups.containsKey(k) && groups.size() == cursor.limit()) {
                            full = true;
                            break;
                        }
                        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
                    }
                    read.add(n.id());
                }
                c = c.after(rows.get(rows.size() - 1).id(), cursor.limit());
            }
            if (read.isEmpty()) return new Page(new Results(List.of(), List.of(), List.of()), 0, 0);
            List<Map.Entry<GroupKey, List<Notification>>> ordered = new ArrayList<>(groups.entrySet());
            if (cursor.ascending()) Collections.reverse(ordered);
            Results r = render(h, viewer, filter.fromAccountId(), ordered);
            return new Page(r, Collections.min(read), Collections.max(read));
        });
    }

    /** One group by its key, as the viewer may see it now; a key with no visible member is missing. */
    public Results one(int viewer, String wireKey) {
        GroupKey k = GroupKey.parse(wireKey).orElseThrow(Problem::notFound);
        return db.read(h -> {
            List<Notification> members = members(h, viewer, k, 0);
            if (members.isEmpty()) throw Problem.notFound();
            return render(h, viewer, 0, List.of(Map.entry(k, members)));
        });
    }

    /** The accounts of one group's visible members, newest first, each once. */
    public List<AccountEntity> accounts(int viewer, String wireKey) {
        GroupKey k = GroupKey.parse(wireKey).orElseThrow(Problem::notFound);
        return db.read(h -> {
            NotificationViews.Checked c = views.check(h, viewer, rows(h, viewer, k, 0));
            if (c.rows().isEmpty()) throw Problem.notFound();
            Set<Integer> seen = new LinkedHashSet<>();
            for (Notification n : c.rows()) seen.add(n.fromAccountId());
            List<AccountEntity> out = new ArrayList<>();
            for (int id : seen) out.add(views.account(c.from().get(id)));
            return out;
        });
    }

    /**
     * Removes every notification of the group. A group the viewer cannot see any member of is
     * answered as missing and nothing is removed.
     */
    public void dismiss(int viewer, String wireKey) {
        GroupKey k = GroupKey.parse(wireKey).orElseThrow(Problem::notFound);
        db.writeVoid(tx -> {
            List<Notification> all = rows(tx.handle(), viewer, k, 0);
            if (views.check(tx.handle(), viewer, all).rows().isEmpty()) throw Problem.notFound();
            store.dismissAll(tx, viewer, all.stream().map(Notification::id).toList());
        });
    }

    /** Groups with a visible member newer than the notifications marker, counted up to `limit`. */
    public int unreadCount(int viewer, NotificationStore.Filter filter, Set<String> groupedTypes, int limit) {
        int cap = Math.max(1, Math.min(limit, ReadNotifications.UNREAD_MAX_LIMIT));
        return db.read(h -> {
            long lastRead = markers.one(h, viewer, Markers.NOTIFICATIONS)
                    .map(Marker::lastReadId)
                    .orElse(0L);
            Set<GroupKey> keys = new HashSet<>();
            Cursor c = new Cursor(Long.MAX_VALUE, lastRead, false, Cursor.MAX_LIMIT * 2);
            while (keys.size() < cap) {
                List<Notification> rows = store.page(h, viewer, filter, c);
                if (rows.isEmpty()) break;
                for (Notification n : views.check(h, viewer, rows).rows()) keys.add(GroupKey.of(n, groupedTypes));
                c = c.after(rows.get(rows.size() - 1).id(), c.limit());
            }
            return Math.min(keys.size(), cap);
        });
    }

    private List<Notification> rows(Handle h, int viewer, GroupKey k, int fromAccountId) {
        if (!k.grouped()) {
            return store.byId(h, viewer, k.notificationId())
                    .filter(n -> !n.filtered())
                    .filter(n -> fromAccountId <= 0 || n.fromAccountId() == fromAccountId)
                    .map(List::of)
                    .orElse(List.of());
        }
        return store.window(h, viewer, k.type(), k.statusId(), fromAccountId, k.from(), k.until());
    }

    /** The group's visible members, newest first. */
    private List<Notification> members(Handle h, int viewer, GroupKey k, int fromAccountId) {
        return views.check(h, viewer, rows(h, viewer, k, fromAccountId)).rows();
    }

    private Results render(
            Handle h, int viewer, int fromAccountId, List<Map.Entry<GroupKey, List<Notification>>> page) {
        List<Group> groups = new ArrayList<>(page.size());
        Set<Integer> accountIds = new LinkedHashSet<>();
        Map<Integer, Account> accounts = new HashMap<>();
        Map<Long, Status> posts = new LinkedHashMap<>();
        for (Map.Entry<GroupKey, List<Notification>> e : page) {
            GroupKey k = e.getKey();
            List<Notification> onPage = e.getValue();
            NotificationViews.Checked all = views.check(h, viewer, rows(h, viewer, k, fromAccountId));
            // A member seen on the page but gone since (a post deleted between the two reads) still counts once.
            List<Notification> members = all.rows().isEmpty() ? onPage : all.rows();
            Notification newestOnPage =
                    onPage.stream().max((a, b) -> Long.compare(a.id(), b.id())).orElseThrow();
            Notification newest = members.get(0);
            List<String> sample = new ArrayList<>();
            Set<Integer> sampled = new LinkedHashSet<>();
            for (Notification n : members) {
                if (sampled.size() == SAMPLE_ACCOUNTS) break;
                sampled.add(n.fromAccountId());
            }
            NotificationViews.Checked pageChecked = views.check(h, viewer, onPage);
            accounts.putAll(pageChecked.from());
            accounts.putAll(all.from());
            for (int id : sampled) {
                if (!accounts.containsKey(id)) continue;
                sample.add(Integer.toString(id));
                accountIds.add(id);
            }
            if (newest.statusId() != 0) {
                Status s = all.posts()
                        .getOrDefault(newest.statusId(), pageChecked.posts().get(newest.statusId()));
                if (s != null) posts.putIfAbsent(s.id(), s);
            }
            long min = onPage.stream().mapToLong(Notification::id).min().orElseThrow();
            long max = newestOnPage.id();
            groups.add(new Group(
                    k.wire(),
                    members.size(),
                    newest.type(),
                    Long.toString(newest.id()),
                    Long.toString(min),
                    Long.toString(max),
                    Times.iso(newestOnPage.createdAt()),
                    sample,
                    newest.statusId() == 0 ? null : Long.toString(newest.statusId()),
                    NotificationViews.WITH_OBJECT.contains(newest.type())
                            ? new NotificationEntity.Rapport(Long.toString(newest.objectId()))
                            : null));
        }
        List<AccountEntity> accountEntities = new ArrayList<>();
        for (int id : accountIds) accountEntities.add(views.account(accounts.get(id)));
        List<StatusEntity> statuses = views.posts(h, viewer, List.copyOf(posts.values()));
        return new Results(accountEntities, statuses, groups);
    }
}
