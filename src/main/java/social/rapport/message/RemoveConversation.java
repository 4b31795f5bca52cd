package social.rapport.message;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Removes a conversation for the one who asks (Mastodon's `DELETE /api/v1/conversations/:id`): the
 * others keep theirs and the posts stay; a new message in the thread starts it again.
 */
public final class RemoveConversation {
    private final Database db;
    private final MessageStore store;

    RemoveConversation(Database db, MessageStore store) {
        this.db = db;
        this.store = store;
    }

    public void remove(int viewer, long id) {
        db.writeVoid(tx -> {
            if (store.remove(tx, viewer, id) == 0) throw Problem.notFound();
        });
    }
}
