package social.rapport.status;

import java.util.List;
import java.util.Set;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Reblogs a post the actor may see. Others' posts only when public or unlisted; the reblog carries
 * the original's audience and is shown only where the original may be seen. Reblogging a reblog
 * reblogs its original. Doing it twice changes nothing.
 */
public final class Reblog {
    private final Database db;
    private final StatusAccess access;
    private final Ids ids;

    public Reblog(Database db, StatusAccess access, Ids ids) {
        this.db = db;
        this.access = access;
        this.ids = ids;
    }

    /** Answers the reblog row. */
    public Status reblog(int actor, long id) {
        return db.write(tx -> {
            var h = tx.handle();
            Status target = access.visibleOrNotFound(h, actor, id);
            Status original = target.isReblog() ? access.visibleOrNotFound(h, actor, target.reblogOfId()) : target;
            if (!access.policy().mayRepost(actor, original)) {
                throw Problem.invalid("id", "Only public and unlisted posts can be reblogged");
            }
            var existing = access.store().reblogBy(h, actor, original.id());
            if (existing.isPresent())
                return access.store().byId(h, existing.get()).orElseThrow();
            Status r = new Status(
                    ids.next(),
                    actor,
                    Status.Kind.REBLOG,
                    null,
                    "",
                    "",
                    "",
                    false,
                    null,
                    original.audience(),
                    original.replyPolicy(),
                    0,
                    0,
                    original.id(),
                    0,
                    tx.now(),
                    0,
                    Set.of(),
                    List.of(),
                    original.quotePolicy());
            access.store().insert(tx, r);
            tx.emit(new StatusEvents.Created(r.id(), actor, "reblog", 0, original.id(), 0, List.of()));
            tx.emit(new StatusEvents.Reblogged(r.id(), actor, original.id(), original.accountId()));
            return r;
        });
    }

    /** Removes the actor's reblog of a post they may see; answers the original. */
    public Status unreblog(int actor, long id) {
        return db.write(tx -> {
            var h = tx.handle();
            Status target = access.visibleOrNotFound(h, actor, id);
            Status original = target.isReblog() ? access.visibleOrNotFound(h, actor, target.reblogOfId()) : target;
            access.store().reblogBy(h, actor, original.id()).ifPresent(rid -> {
                access.store().delete(tx, rid);
                tx.emit(new StatusEvents.Unreblogged(rid, actor, original.id()));
                tx.emit(new StatusEvents.Deleted(rid, actor));
            });
            return original;
        });
    }
}
