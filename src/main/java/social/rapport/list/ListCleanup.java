package social.rapport.list;

import social.rapport.relation.RelationEvents;
import social.rapport.store.Tx;

/**
 * Durable reactions: as in Mastodon, someone one stops following (unfollowing, a block either way,
 * being removed as a follower) leaves one's lists, unless one is still connected with them; and a
 * connection that ends does the same unless one still follows them. Each reads the relationship as
 * the store holds it now, so a replayed event removes nobody who was followed again since.
 */
public final class ListCleanup {
    public static final String CONSUMER = "lists";
    private final ListStore lists;
    private final Followed followed;

    public ListCleanup(ListStore lists, Followed followed) {
        this.lists = lists;
        this.followed = followed;
    }

    public void unfollowed(Tx tx, RelationEvents.Unfollowed e) {
        drop(tx, e.follower(), e.followed());
    }

    public void disconnected(Tx tx, RelationEvents.Disconnected e) {
        drop(tx, e.a(), e.b());
        drop(tx, e.b(), e.a());
    }

    private void drop(Tx tx, int owner, int member) {
        if (!followed.test(tx.handle(), owner, member)) lists.removeFromAll(tx, owner, member);
    }
}
