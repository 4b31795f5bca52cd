package social.rapport.status;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Mutes or unmutes the conversation a post belongs to (Mastodon's status mute): its thread, from its
 * first post down, tells the muter of no more mentions, replies, favourites or reblogs. Only a post
 * one may see (else 404, as a missing one) and takes part in, as its author or mentioned (else 422).
 */
public final class MuteConversation {
    private final Database db;
    private final StatusAccess access;

    MuteConversation(Database db, StatusAccess access) {
        this.db = db;
        this.access = access;
    }

    public Status mute(int viewer, long id) {
        return db.write(tx -> {
            Status s = partOf(tx.handle(), viewer, id);
            tx.handle()
                    .createUpdate(tx.dialect()
                            .insertIgnore(
                                    "conversation_mutes",
                                    "account_id, root_id, created_at",
                                    ":a, :r, :now",
                                    "account_id, root_id"))
                    .bind("a", viewer)
                    .bind("r", root(tx.handle(), s.id()))
                    .bind("now", tx.now())
                    .execute();
            return s;
        });
    }

    public Status unmute(int viewer, long id) {
        return db.write(tx -> {
            Status s = partOf(tx.handle(), viewer, id);
            tx.handle()
                    .createUpdate("DELETE FROM conversation_mutes WHERE account_id = :a AND root_id = :r")
                    .bind("a", viewer)
                    .bind("r", root(tx.handle(), s.id()))
                    .execute();
            return s;
        });
    }

    /** The post (a reblog's original in its place) when the viewer may see it and takes part in it. */
    private Status partOf(Handle h, int viewer, long id) {
        StatusAccess.Seen seen = access.seen(h, viewer, id).orElseThrow(Problem::notFound);
        Status s = seen.original() != null ? seen.original() : seen.post();
        if (s.accountId() != viewer && !s.mentions().contains(viewer)) {
            throw Problem.invalid("id", "Only a conversation one takes part in can be muted");
        }
        return s;
    }

    private long root(Handle h, long id) {
        return access.threadRoots(h, java.util.List.of(id)).getOrDefault(id, id);
    }

    /** Has `account` muted the conversation of this post (read now, for a reaction that may be replayed)? */
    public boolean muted(Handle h, int account, long statusId) {
        if (account <= 0 || statusId == 0) return false;
        Optional<Integer> any = h.createQuery("SELECT 1 FROM conversation_mutes WHERE account_id = :a")
                .bind("a", account)
                .mapTo(Integer.class)
                .findFirst();
        if (any.isEmpty()) return false;
        Map<Long, Long> roots = access.threadRoots(h, java.util.List.of(statusId));
        return h.createQuery("SELECT COUNT(*) FROM conversation_mutes WHERE account_id = :a AND root_id = :r")
                        .bind("a", account)
                        .bind("r", roots.getOrDefault(statusId, statusId))
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }
}
