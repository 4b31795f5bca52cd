package social.rapport.status;

import social.rapport.core.Ids;
import social.rapport.store.Database;

/** Favourites (likes) a post the actor may see, or takes it back. Repeating either changes nothing. */
public final class Favourite {
    private final Database db;
    private final StatusAccess access;
    private final Ids ids;

    public Favourite(Database db, StatusAccess access, Ids ids) {
        this.db = db;
        this.access = access;
        this.ids = ids;
    }

    public Status favourite(int actor, long id, boolean on) {
        return db.write(tx -> {
            Status s = Saving.target(access, tx.handle(), actor, id);
            if (on && access.store().save(tx, "favourites", ids.next(), actor, s.id())) {
                tx.emit(new StatusEvents.Favourited(s.id(), actor, s.accountId()));
            }
            if (!on && access.store().unsave(tx, "favourites", actor, s.id())) {
                tx.emit(new StatusEvents.Unfavourited(s.id(), actor));
            }
            return s;
        });
    }
}
