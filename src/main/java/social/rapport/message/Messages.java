package social.rapport.message;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.account.AccountStore;
import social.rapport.core.Ids;
import social.rapport.graph.SocialGraph;
import social.rapport.notify.MessageFacts;
import social.rapport.status.Posts;
import social.rapport.store.Database;

/**
 * The messages feature wired: private posts filed into conversations or message requests (through
 * the posts' {@link social.rapport.status.PrivateMessages}), their listings, the setting of who may
 * message whom, and what notifications and the direct stream ask of it.
 */
public final class Messages {
    private final MessageStore store = new MessageStore();
    private final ShowConversations show;
    private final ReadConversation read;
    private final RemoveConversation remove;
    private final MessageRequests requests;
    private final MessageSettings settings;
    private final FileMessage file;

    public Messages(Database db, Posts posts, AccountStore accounts, SocialGraph graph, Ids ids) {
        this.show = new ShowConversations(db, store, posts.access(), posts.views());
        this.read = new ReadConversation(db, store, show);
        this.remove = new RemoveConversation(db, store);
        this.requests = new MessageRequests(db, store, posts.access(), posts.views(), graph, ids);
        this.settings = new MessageSettings(db, store);
        this.file = new FileMessage(store, accounts, graph, posts.access(), ids);
        posts.services().post().fileMessagesWith(file);
    }

    public ShowConversations show() {
        return show;
    }

    public ReadConversation read() {
        return read;
    }

    public RemoveConversation remove() {
        return remove;
    }

    public MessageRequests requests() {
        return requests;
    }

    public MessageSettings settings() {
        return settings;
    }

    public MessageRoutes routes() {
        return new MessageRoutes(new MessageRoutes.Services(show, read, remove, requests, settings));
    }

    /** What notifications and the direct stream ask about messages. */
    public MessageFacts facts() {
        return new MessageFacts() {
            public boolean heldAsRequest(Handle h, int recipient, long statusId) {
                return store.heldAsRequest(h, recipient, statusId);
            }

            public boolean contact(Handle h, int recipient, int sender) {
                return store.contact(h, recipient, sender);
            }

            public int unreadConversations(int viewer) {
                return show.unreadCount(viewer);
            }

            public Optional<Object> conversation(Handle h, int viewer, long statusId) {
                return show.holding(h, viewer, statusId).map(c -> c);
            }
        };
    }
}
