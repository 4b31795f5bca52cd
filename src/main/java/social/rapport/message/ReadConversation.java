package social.rapport.message;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Marks one of one's conversations read (Mastodon's `POST /api/v1/conversations/:id/read`). */
public final class ReadConversation {
    private final Database db;
    private final MessageStore store;
    private final ShowConversations show;

    ReadConversation(Database db, MessageStore store, ShowConversations show) {
        this.db = db;
        this.store = store;
        this.show = show;
    }

    /** The conversation as it reads now; someone else's, or one with nothing visible, is a 404. */
    public ConversationEntity read(int viewer, long id) {
        db.writeVoid(tx -> {
            if (store.markRead(tx, viewer, id) == 0) throw Problem.notFound();
        });
        return db.read(h -> store.owned(h, viewer, id)
                .flatMap(row -> show.shown(h, viewer, row))
                .map(s -> show.render(h, viewer, s))
                .orElseThrow(Problem::notFound));
    }
}
