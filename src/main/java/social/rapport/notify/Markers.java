package social.rapport.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Mastodon's markers: where one stopped reading home and notifications. Saving the notifications
 * marker is what "mark as read" means; the unread count starts after it.
 */
public final class Markers {
    public static final String HOME = "home";
    public static final String NOTIFICATIONS = "notifications";
    public static final Set<String> TIMELINES = Set.of(HOME, NOTIFICATIONS);
    private final Database db;
    private final MarkerStore store;
    private final NotificationStore notifications;

    public Markers(Database db, MarkerStore store, NotificationStore notifications) {
        this.db = db;
        this.store = store;
        this.notifications = notifications;
    }

    /** The markers asked for that exist, by timeline; an unknown timeline is a 422. */
    public Map<String, Marker> show(int viewer, List<String> timelines) {
        for (String t : timelines) check("timeline", t);
        return db.read(h -> {
            Map<String, Marker> out = new LinkedHashMap<>();
            for (Marker m : store.of(h, viewer, List.copyOf(new java.util.LinkedHashSet<>(timelines)))) {
                out.put(m.timeline(), m);
            }
            return out;
        });
    }

    /** Saves the positions given (timeline → last read id), all or none. */
    public Map<String, Marker> save(int viewer, Map<String, Long> positions) {
        if (positions.isEmpty()) {
            throw Problem.invalid("home", "Give home[last_read_id] or notifications[last_read_id]");
        }
        positions.forEach((t, id) -> {
            check(t, t);
            if (id == null || id <= 0) throw Problem.invalid(t + "[last_read_id]", "last_read_id must be an id");
        });
        return db.write(tx -> {
            Map<String, Marker> out = new LinkedHashMap<>();
            positions.forEach((t, id) -> {
                out.put(t, store.save(tx, viewer, t, id));
                tx.emit(new MarkerEvents.Saved(viewer, t));
            });
            return out;
        });
    }

    /** Marks every notification read so far as read: the marker moves to the newest one. */
    public void readAllNotifications(int viewer) {
        long newest = db.read(h -> notifications.newestId(h, viewer));
        if (newest > 0) save(viewer, Map.of(NOTIFICATIONS, newest));
    }

    private static void check(String field, String timeline) {
        if (!TIMELINES.contains(timeline)) throw Problem.invalid(field, "timeline is home or notifications");
    }
}
