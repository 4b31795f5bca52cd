package social.rapport.status;

import org.jdbi.v3.core.Handle;

/** Favourites, bookmarks and pins act on the original of a reblog, and only on a post the actor may see. */
final class Saving {
    private Saving() {}

    static Status target(StatusAccess access, Handle h, int actor, long id) {
        Status s = access.visibleOrNotFound(h, actor, id);
        return s.isReblog() ? access.visibleOrNotFound(h, actor, s.reblogOfId()) : s;
    }
}
