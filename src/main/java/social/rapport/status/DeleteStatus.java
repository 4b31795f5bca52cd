package social.rapport.status;

import social.rapport.audience.Audience;
import social.rapport.audience.Grant;
import social.rapport.core.Problem;
import social.rapport.store.Database;
import social.rapport.store.Tx;

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
            Status s = access.visibleOrNotFound(tx.handle(), actor, id);
            if (s.accountId() != actor) throw Problem.notFound();
            return remove(tx, s);
        });
    }

    /**
     * A group's moderator removes a post to the group, in a transaction in which the groups feature
     * has checked (and holds) the moderator's role. A post the moderator cannot see, or one that is
     * not the group's, is answered as missing.
     */
    public Status removeFromGroup(Tx tx, int moderator, long groupId, long id) {
        Status s = access.visibleOrNotFound(tx.handle(), moderator, id);
        if (s.isReblog() || !s.audience().equals(Audience.of(Grant.group(groupId)))) throw Problem.notFound();
        return remove(tx, s);
    }

    private Status remove(Tx tx, Status s) {
        var h = tx.handle();
        long id = s.id();
        for (Status reblog : access.store().reblogsOf(h, java.util.List.of(id))) {
            tx.emit(new StatusEvents.Unreblogged(reblog.id(), reblog.accountId(), id));
            tx.emit(new StatusEvents.Deleted(reblog.id(), reblog.accountId()));
        }
        access.store().delete(tx, id);
        if (s.isReblog()) tx.emit(new StatusEvents.Unreblogged(s.id(), s.accountId(), s.reblogOfId()));
        tx.emit(new StatusEvents.Deleted(id, s.accountId()));
        return s;
    }
}
