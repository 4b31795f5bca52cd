package social.rapport.status;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Pins one's own post to one's profile (at most five), or unpins it. */
public final class Pin {
    public static final int MAX_PINS = 5;
    private final Database db;
    private final StatusAccess access;

    public Pin(Database db, StatusAccess access) {
        this.db = db;
        this.access = access;
    }

    public Status pin(int actor, long id, boolean on) {
        return db.write(tx -> {
            var h = tx.handle();
            Status s = access.visibleOrNotFound(h, actor, id);
            if (s.accountId() != actor || s.isReblog()) {
                throw Problem.invalid("id", "Only your own posts can be pinned");
            }
            if (on) {
                var pinned = access.store().pinned(h, actor);
                if (!pinned.contains(id) && pinned.size() >= MAX_PINS) {
                    throw Problem.invalid("id", "At most " + MAX_PINS + " posts can be pinned");
                }
                if (access.store().pin(tx, actor, id)) tx.emit(new StatusEvents.Pinned(id, actor, true));
            } else if (access.store().unpin(tx, actor, id)) {
                tx.emit(new StatusEvents.Pinned(id, actor, false));
            }
            return s;
        });
    }
}
