package social.rapport.notify;

import java.util.Optional;
import java.util.Set;

/**
 * Mastodon 4.3's notification group key. Favourites and reblogs of one post, and follows, that fall
 * in the same 12-hour window share a key (`favourite-<post>-<window>`, `follow-<window>`); every
 * other notification is a group of its own (`ungrouped-<id>`).
 */
record GroupKey(String type, long statusId, long slot, long notificationId) {
    static final Set<String> GROUPABLE = Set.of("favourite", "reblog", "follow");
    static final long SLOT_MILLIS = 12L * 3600 * 1000;

    static GroupKey of(Notification n, Set<String> groupedTypes) {
        if (!GROUPABLE.contains(n.type()) || !groupedTypes.contains(n.type())) {
            return new GroupKey(null, 0, 0, n.id());
        }
        long slot = Math.floorDiv(n.createdAt(), SLOT_MILLIS);
        return new GroupKey(n.type(), n.type().equals("follow") ? 0 : n.statusId(), slot, 0);
    }

    boolean grouped() {
        return type != null;
    }

    long from() {
        return slot * SLOT_MILLIS;
    }

    long until() {
        return from() + SLOT_MILLIS;
    }

    String wire() {
        if (!grouped()) return "ungrouped-" + notificationId;
        return type.equals("follow") ? "follow-" + slot : type + "-" + statusId + "-" + slot;
    }

    /** The key a client sends back; anything that is not one of ours is empty (answered as missing). */
    static Optional<GroupKey> parse(String wire) {
        if (wire == null) return Optional.empty();
        String[] parts = wire.split("-", -1);
        try {
            if (parts.length == 2 && parts[0].equals("ungrouped")) {
                long id = Long.parseLong(parts[1]);
                return id > 0 ? Optional.of(new GroupKey(null, 0, 0, id)) : Optional.empty();
            }
            if (parts.length == 2 && parts[0].equals("follow")) {
                return Optional.of(new GroupKey("follow", 0, Long.parseLong(parts[1]), 0));
            }
            if (parts.length == 3 && (parts[0].equals("favourite") || parts[0].equals("reblog"))) {
                long post = Long.parseLong(parts[1]);
                if (post <= 0) return Optional.empty();
                return Optional.of(new GroupKey(parts[0], post, Long.parseLong(parts[2]), 0));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
