package social.rapport.status;

import social.rapport.audience.Audience;
import social.rapport.audience.Grant;
import social.rapport.core.Problem;
import social.rapport.store.Tx;

/**
 * A group's posts held for its moderators (audience `held:<group>`, which the audience policy shows
 * to the author and the group's moderators alone). A moderator releases one (it becomes the group's
 * post and is announced as a new post: streams, mentions, replies) or rejects it (deleted). Both are
 * conditional on the post still being held, so a release and a rejection at the same moment cannot
 * both happen: the second finds nothing held and answers 404.
 */
public final class HeldPosts {
    private final StatusAccess access;

    HeldPosts(StatusAccess access) {
        this.access = access;
    }

    /** Releases, in a transaction in which the groups feature holds the moderator's role. */
    public Status release(Tx tx, int moderator, long groupId, long id) {
        Status s = heldOrNotFound(tx, moderator, groupId, id);
        Audience group = Audience.of(Grant.group(groupId));
        if (!access.store().changeAudience(tx, id, s.audience(), group)) throw Problem.notFound();
        Status released = s.withAudience(group);
        tx.emit(new StatusEvents.Released(id, s.accountId()));
        int quotedAuthor = s.quoteOfId() == 0
                ? 0
                : access.store()
                        .byId(tx.handle(), s.quoteOfId())
                        .map(Status::accountId)
                        .orElse(0);
        PostStatus.announce(tx, released, quotedAuthor);
        return released;
    }

    /** Rejects (deletes), in a transaction in which the groups feature holds the moderator's role. */
    public Status reject(Tx tx, int moderator, long groupId, long id) {
        Status s = heldOrNotFound(tx, moderator, groupId, id);
        if (!access.store().deleteWithAudience(tx, id, s.audience())) throw Problem.notFound();
        tx.emit(new StatusEvents.Deleted(id, s.accountId()));
        return s;
    }

    private Status heldOrNotFound(Tx tx, int moderator, long groupId, long id) {
        Status s = access.store().byId(tx.handle(), id).orElseThrow(Problem::notFound);
        if (!s.audience().equals(Audience.of(Grant.held(groupId)))
                || !access.policy().canSee(moderator, s)) {
            throw Problem.notFound();
        }
        return s;
    }
}
