package social.rapport.notify;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.audience.Grant;
import social.rapport.core.Ids;
import social.rapport.graph.SocialGraph;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.store.Tx;

/**
 * Creates one notification, as a durable reaction to the change it is about (after its commit). It is stored only for
 * someone who may see its object, never for the actor, never across a block; the recipient's
 * notification policy then accepts, filters or drops it.
 */
public final class Notify {
    static final long NEW_ACCOUNT_MILLIS = 30L * 24 * 3600 * 1000;
    private final NotificationStore store;
    private final RequestStore requests;
    private final StatusAccess access;
    private final AccountStore accounts;
    private final SocialGraph graph;
    private final Ids ids;
    private final MessageFacts messages;

    Notify(
            NotificationStore store,
            RequestStore requests,
            StatusAccess access,
            AccountStore accounts,
            SocialGraph graph,
            Ids ids,
            MessageFacts messages) {
        this.messages = messages;
        this.store = store;
        this.requests = requests;
        this.access = access;
        this.accounts = accounts;
        this.graph = graph;
        this.ids = ids;
    }

    /**
     * Tells `recipient` that `actor` did `type` about a post (statusId) or another object, in the
     * reaction's transaction (so it is stored once with the reaction's mark, or not at all).
     */
    public void tell(Tx tx, int recipient, String type, int actor, long statusId, long objectId) {
        // A poll's end is the one thing told to the actor too: its author hears of it as voters do.
        if (recipient <= 0 || (recipient == actor && !type.equals("poll"))) return;
        Handle h = tx.handle();
        if (!access.policy().canSeeAccount(recipient, actor)) return;
        Status post = null;
        if (statusId != 0) {
            Optional<Status> s = access.visibleById(h, recipient, statusId);
            if (s.isEmpty()) return;
            post = s.get();
        }
        if (type.equals("mention") && store.exists(h, recipient, type, actor, statusId)) return;
        // A message request is told in the requests folder, not as a notification.
        if (type.equals("mention") && messages.heldAsRequest(h, recipient, statusId)) return;
        Account from = accounts.byId(h, actor).orElse(null);
        if (from == null) return;
        // An accepted request lets everything from that person through.
        NotificationPolicy.Action action =
                type.equals("update") || type.equals("poll") || requests.permitted(h, recipient, actor)
                        ? NotificationPolicy.Action.ACCEPT
                        : decide(
                                store.policy(h, recipient).orElse(NotificationPolicy.DEFAULT),
                                recipient,
                                from,
                                type,
                                post,
                                tx.now(),
                                messages.contact(h, recipient, actor));
        if (action == NotificationPolicy.Action.DROP) return;
        boolean filtered = action == NotificationPolicy.Action.FILTER;
        long id = ids.next();
        store.insert(tx, new Notification(id, recipient, type, actor, statusId, objectId, filtered, tx.now()));
        if (filtered) requests.upsert(tx, ids.next(), recipient, actor, tx.now());
        tx.emit(new NotificationEvents.Created(id, recipient, filtered));
    }

    /** The strictest answer among the policy's rules that apply to this actor. */
    NotificationPolicy.Action decide(
            NotificationPolicy p, int recipient, Account from, String type, Status post, long now, boolean contact) {
        int actor = from.id();
        boolean known = graph.isConnected(recipient, actor);
        NotificationPolicy.Action a = NotificationPolicy.Action.ACCEPT;
        if (!known && !graph.isFollowing(recipient, actor)) a = a.and(p.forNotFollowing());
        if (!known && !graph.isFollowing(actor, recipient)) a = a.and(p.forNotFollowers());
        if (now - from.createdAt() < NEW_ACCOUNT_MILLIS) a = a.and(p.forNewAccounts());
        boolean privateMention = type.equals("mention")
                && post != null
                && !post.audience().isOpen()
                && post.audience().grants().equals(java.util.Set.of(Grant.MENTIONED));
        // A stranger as the messages feature sees one: not followed, not connected, not let write.
        if (privateMention && !known && !graph.isFollowing(recipient, actor) && !contact) {
            a = a.and(p.forPrivateMentions());
        }
        return a;
    }
}
