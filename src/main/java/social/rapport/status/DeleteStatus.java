package social.rapport.status;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Deletes one's own post (or reblog). Its reblogs go with it, each with its own event; favourites,
 * bookmarks, pins and history are removed by the database. Replies and quotes stay but lose the link.
 */
public final class DeleteStatus {
    private final Database db;
    private final StatusAccess access;

    public DeleteStatus(Database db, StatusAccess access) {
        this.db = db;
        this.access = access;
    }

    /** Answers the post as it was, for Mastodon's "delete and redraft". */
    public Status delete(int actor, long id) {
        return db.write(tx -> {
            var h = tx.handle();
            Status s = access.visibleOrNotFound(h, actor, id);
            if (s.accountId() != actor) throw Problem.notFound();
            for (Status reblog : access.store().reblogsOf(h, java.util.List.of(id))) {
                tx.emit(new StatusEvents.Unreblogged(reblog.id(), reblog.accountId(), id));
                tx.emit(new StatusEvents.Deleted(reblog.id(), reblog.accountId()));
            }
            access.store().delete(tx, id);
            if (s.isReblog()) tx.emit(new StatusEvents.Unreblogged(s.id(), actor, s.reblogOfId()));
            tx.emit(new StatusEvents.Deleted(id, actor));
            return s;
        });
    }
}
