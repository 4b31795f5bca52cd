package social.rapport.message;

import social.rapport.relation.connect.SharedContext;
import social.rapport.store.Database;

/**
 * Screening's `earlier_conversation` with message requests in it: an accepted request between the
 * two counts; while one is pending or was declined, nothing between them counts (a stranger's first
 * message, which mentions the recipient, must not open the door it asks to be let through). Otherwise
 * the posts decide (a reply or a mention from one to the other).
 */
public final class TalkedBefore implements SharedContext {
    private final SharedContext posts;
    private final Database db;
    private final MessageStore store = new MessageStore();

    public TalkedBefore(SharedContext posts, Database db) {
        this.posts = posts;
        this.db = db;
    }

    @Override
    public boolean groupInCommon(int a, int b) {
        return posts.groupInCommon(a, b);
    }

    @Override
    public boolean earlierConversation(int a, int b) {
        java.util.List<String> states = db.read(h -> store.statesBetween(h, a, b));
        if (states.contains("accepted")) return true;
        if (!states.isEmpty()) return false;
        return posts.earlierConversation(a, b);
    }
}
