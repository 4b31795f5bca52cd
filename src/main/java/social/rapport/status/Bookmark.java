package social.rapport.status;

import social.rapport.core.Ids;
import social.rapport.store.Database;

/** Bookmarks a post the actor may see, privately, or removes the bookmark. */
public final class Bookmark {
    private final Database db;
    private final StatusAccess access;
    private final Ids ids;

    public Bookmark(Database db, StatusAccess access, Ids ids) {
        this.db = db;
        this.access = access;
        this.ids = ids;
    }

    public Status bookmark(int actor, long id, boolean on) {
        return db.write(tx -> {
            Status s = Saving.target(access, tx.handle(), actor, id);
            boolean changed = on
                    ? access.store().save(tx, "bookmarks", ids.next(), actor, s.id())
                    : access.store().unsave(tx, "bookmarks", actor, s.id());
            if (changed) tx.emit(new StatusEvents.Bookmarked(s.id(), actor, on));
            return s;
        });
    }
}
