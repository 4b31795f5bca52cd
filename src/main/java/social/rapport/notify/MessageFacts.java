package social.rapport.notify;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** What notifications and the direct stream ask of the messages feature. */
public interface MessageFacts {
    /** Is this post a message request to this recipient not accepted (so no mention is notified)? */
    boolean heldAsRequest(Handle h, int recipient, long statusId);

    /** Has `recipient` let `sender` message them (accepted their request, or wrote to them privately)? */
    boolean contact(Handle h, int recipient, int sender);

    /** The viewer's conversation holding this post, as Mastodon's Conversation, when it is in one. */
    Optional<Object> conversation(Handle h, int viewer, long statusId);

    /** How many of the viewer's conversations hold an unread post they may see. */
    int unreadConversations(int viewer);

    MessageFacts NONE = new MessageFacts() {
        public int unreadConversations(int viewer) {
            return 0;
        }

        public boolean heldAsRequest(Handle h, int recipient, long statusId) {
            return false;
        }

        public boolean contact(Handle h, int recipient, int sender) {
            return false;
        }

        public Optional<Object> conversation(Handle h, int viewer, long statusId) {
            return Optional.empty();
        }
    };
}
