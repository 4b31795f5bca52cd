package social.rapport.list;

import java.util.Arrays;
import java.util.Optional;
import social.rapport.graph.SocialGraph;
import social.rapport.notify.StreamLists;
import social.rapport.status.Status;
import social.rapport.store.Database;

/** The list stream's decisions, the same as the list timeline's, and home's exclusions for the user stream. */
public final class ListStreams implements StreamLists {
    private final Database db;
    private final ListStore lists;
    private final ListTimeline timeline;
    private final SocialGraph graph;

    public ListStreams(Database db, ListStore lists, ListTimeline timeline, SocialGraph graph) {
        this.db = db;
        this.lists = lists;
        this.timeline = timeline;
        this.graph = graph;
    }

    @Override
    public boolean owns(int viewer, long listId) {
        return db.read(h -> lists.owned(h, viewer, listId).isPresent());
    }

    @Override
    public boolean carries(int viewer, long listId, Status post, Status original) {
        Optional<ListTimeline.Loaded> l = db.read(h ->
                lists.owned(h, viewer, listId).map(list -> new ListTimeline.Loaded(list, lists.members(h, listId))));
        if (l.isEmpty()) return false;
        int author = post.accountId();
        if (Arrays.binarySearch(l.get().members(), author) < 0 || !timeline.reads(viewer, author)) return false;
        if (original != null && original.accountId() != viewer && graph.isMuted(viewer, original.accountId())) {
            return false;
        }
        return timeline.replyShown(l.get(), author, post.inReplyToAccountId());
    }

    @Override
    public boolean leavesHome(int viewer, int author) {
        int[] excluded = db.read(h -> lists.exclusiveMembers(h, viewer));
        return Arrays.binarySearch(excluded, author) >= 0;
    }
}
