package social.rapport.status;

import social.rapport.relation.connect.SharedContext;
import social.rapport.store.Database;

/**
 * What screening asks of the posts: have the two talked before? A reply from one to the other, or a
 * post of one that mentions the other, counts. Groups in common are the groups feature's answer
 * (`group.GroupsInCommon`); the posts know of none.
 */
public final class Conversations implements SharedContext {
    private final Database db;

    public Conversations(Database db) {
        this.db = db;
    }

    @Override
    public boolean groupInCommon(int a, int b) {
        return false;
    }

    @Override
    public boolean earlierConversation(int a, int b) {
        return db.read(h ->
                h.createQuery("SELECT COUNT(*) FROM statuses WHERE (account_id = :a AND in_reply_to_account_id = :b)"
                                                + " OR (account_id = :b AND in_reply_to_account_id = :a)")
                                        .bind("a", a)
                                        .bind("b", b)
                                        .mapTo(Integer.class)
                                        .one()
                                > 0
                        || h.createQuery(
                                                "SELECT COUNT(*) FROM status_mentions m JOIN statuses s ON s.id = m.status_id"
                                                        + " WHERE (s.account_id = :a AND m.account_id = :b) OR (s.account_id = :b AND m.account_id = :a)")
                                        .bind("a", a)
                                        .bind("b", b)
                                        .mapTo(Integer.class)
                                        .one()
                                > 0);
    }
}
