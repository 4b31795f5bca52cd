package social.rapport.group;

import java.util.Set;
import java.util.TreeSet;
import social.rapport.audience.Relations;
import social.rapport.store.Tx;

/**
 * The limits on mentioning strangers in a group: a member who joined less than 30 days ago may name
 * at most {@link #PER_POST} people they have no relationship with (neither follows the other, not
 * connected) in one post, and at most {@link #PER_DAY} different such people in the group's posts of
 * the last 24 hours. A post above either is held for the group's moderators.
 */
final class MentionLimits {
    static final int PER_POST = 5;
    static final int PER_DAY = 20;
    static final long NEW_MEMBER_MILLIS = 30L * 24 * 60 * 60 * 1000;
    static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private final GroupStore store;
    private final Relations relations;

    MentionLimits(GroupStore store, Relations relations) {
        this.store = store;
        this.relations = relations;
    }

    /**
     * Records the strangers the post names and answers whether it must be held. Called in the post's
     * transaction after the author's membership row is held, so two posts of one member to the group
     * count one after the other.
     */
    boolean holds(Tx tx, int author, long groupId, long statusId, Set<Integer> mentioned) {
        Membership m = store.membership(tx.handle(), groupId, author).orElse(null);
        if (m == null || !m.member() || tx.now() - m.since() >= NEW_MEMBER_MILLIS) return false;
        Set<Integer> strangers = new TreeSet<>();
        for (int p : mentioned) {
            if (p != author && stranger(author, p)) strangers.add(p);
        }
        if (strangers.isEmpty()) return false;
        store.recordStrangers(tx, groupId, author, statusId, strangers);
        if (strangers.size() > PER_POST) return true;
        return store.strangersSince(tx.handle(), groupId, author, tx.now() - DAY_MILLIS) > PER_DAY;
    }

    private boolean stranger(int author, int other) {
        return !relations.follows(author, other)
                && !relations.follows(other, author)
                && !relations.connected(author, other);
    }
}
