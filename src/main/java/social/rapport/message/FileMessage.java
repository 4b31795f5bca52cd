package social.rapport.message;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.graph.SocialGraph;
import social.rapport.status.PrivateMessages;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.store.Tx;

/**
 * Files a private message, in the transaction that publishes it, for its author and each person it
 * mentions: into their conversations, or, from someone they do not know, as a message request; or
 * refuses the whole message (422, nothing stored) when one recipient does not take it from the author.
 * A recipient who blocked or muted the author, or whom the author blocked, gets nothing and the author
 * is not told. The recipient's setting is read holding its row, so a change of it at the same moment
 * is either seen here or waits for this message; a second request from the same sender fails on the
 * requests' unique key.
 */
public final class FileMessage implements PrivateMessages {
    private final MessageStore store;
    private final AccountStore accounts;
    private final SocialGraph graph;
    private final StatusAccess access;
    private final Ids ids;

    FileMessage(MessageStore store, AccountStore accounts, SocialGraph graph, StatusAccess access, Ids ids) {
        this.store = store;
        this.accounts = accounts;
        this.graph = graph;
        this.access = access;
        this.ids = ids;
    }

    private enum Outcome {
        DELIVER,
        REQUEST,
        SKIP
    }

    @Override
    public void sent(Tx tx, Status post) {
        int author = post.accountId();
        // The post is not stored yet: its thread is its parent's, or begins with it.
        long parent = post.inReplyToId();
        long root = parent == 0
                ? post.id()
                : access.threadRoots(tx.handle(), List.of(parent)).getOrDefault(parent, parent);
        List<Integer> delivered = new ArrayList<>();
        List<Integer> requested = new ArrayList<>();
        // In id order, so two messages locking the same settings rows lock them in the same order.
        for (int r : new TreeSet<>(post.mentions())) {
            if (r == author) continue;
            Account recipient = accounts.byId(tx.handle(), r).orElse(null);
            if (recipient == null || !recipient.active()) continue;
            switch (decide(tx, author, recipient)) {
                case DELIVER -> delivered.add(r);
                case REQUEST -> requested.add(r);
                case SKIP -> {}
            }
        }
        store.file(tx, ids.next(), author, root, post.id(), true);
        for (int r : delivered) {
            store.file(tx, ids.next(), r, root, post.id(), false);
            store.addContact(tx, author, r);
        }
        for (int r : requested) {
            store.insertRequest(tx, ids.next(), author, r, root, post.id());
            store.addContact(tx, author, r);
        }
    }

    private Outcome decide(Tx tx, int author, Account recipient) {
        int r = recipient.id();
        if (graph.isBlockedEitherWay(author, r) || graph.isMuted(r, author)) return Outcome.SKIP;
        if (store.contact(tx.handle(), r, author)) return Outcome.DELIVER;
        WhoMayMessage who = WhoMayMessage.stored(store.lockSetting(tx, r, WhoMayMessage.DEFAULT.wire()));
        String name = "@" + recipient.handle();
        if (who == WhoMayMessage.NOBODY) {
            throw Problem.invalid("status", name + " does not take private messages");
        }
        if (knows(r, author)) return Outcome.DELIVER;
        if (who == WhoMayMessage.CONNECTIONS_AND_FOLLOWING) {
            throw Problem.invalid(
                    "status", name + " takes private messages only from their connections and people they follow");
        }
        if (who == WhoMayMessage.NETWORK && graph.degree(r, author) != 2) {
            throw Problem.invalid("status", name + " takes private messages only from people in their network");
        }
        MessageStore.Request earlier = store.between(tx.handle(), author, r).orElse(null);
        if (earlier != null && earlier.state().equals("accepted")) return Outcome.DELIVER;
        if (earlier != null) {
            throw Problem.invalid(
                    "status", name + " has not accepted your message request; you can send more once they accept it");
        }
        return Outcome.REQUEST;
    }

    /** Someone the recipient follows or is connected with: the rule of "private mentions from strangers" too. */
    boolean knows(int recipient, int sender) {
        return graph.isConnected(recipient, sender) || graph.isFollowing(recipient, sender);
    }
}
