package social.rapport.list;

import java.util.Arrays;
import social.rapport.core.Problem;
import social.rapport.graph.SocialGraph;
import social.rapport.status.Cursor;
import social.rapport.status.StatusEntity;
import social.rapport.store.Database;
import social.rapport.timeline.AuthorFeed;
import social.rapport.timeline.LinkedPage;

/**
 * A list's timeline: posts and reblogs by its members that the owner may see (the audience policy
 * decides, through {@link AuthorFeed}), less muted and blocked accounts, with replies as the list's
 * policy says. Only the owner reads it; anyone else gets a 404.
 */
public final class ListTimeline {
    private final Database db;
    private final ListStore lists;
    private final AuthorFeed feed;
    private final SocialGraph graph;

    public ListTimeline(Database db, ListStore lists, AuthorFeed feed, SocialGraph graph) {
        this.db = db;
        this.lists = lists;
        this.feed = feed;
        this.graph = graph;
    }

    /** A list and its members (ascending), read together. */
    record Loaded(PeopleList list, int[] members) {}

    public LinkedPage<StatusEntity> page(int owner, long listId, Cursor cursor) {
        Loaded l = db.read(h ->
                new Loaded(lists.owned(h, owner, listId).orElseThrow(Problem::notFound), lists.members(h, listId)));
        int[] sources = Arrays.stream(l.members()).filter(a -> reads(owner, a)).toArray();
        return feed.page(owner, sources, cursor, m -> replyShown(l, m.owner(), m.replyTo()));
    }

    /** Whether the owner reads this member now: still followed or connected, neither muted nor blocked. */
    boolean reads(int owner, int member) {
        if (graph.isMuted(owner, member) || graph.isBlockedEitherWay(owner, member)) return false;
        return graph.isFollowing(owner, member) || graph.isConnected(owner, member);
    }

    /** Replies to oneself and to the owner always show; others as the list's replies policy says. */
    boolean replyShown(Loaded l, int author, int replyTo) {
        int owner = l.list().ownerId();
        if (replyTo == 0 || replyTo == author || replyTo == owner) return true;
        return switch (l.list().repliesPolicy()) {
            case FOLLOWED -> graph.isFollowing(owner, replyTo) || graph.isConnected(owner, replyTo);
            case LIST -> Arrays.binarySearch(l.members(), replyTo) >= 0;
            case NONE -> false;
        };
    }
}
