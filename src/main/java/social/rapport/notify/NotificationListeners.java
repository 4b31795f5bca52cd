package social.rapport.notify;

import social.rapport.relation.RelationEvents;
import social.rapport.status.MuteConversation;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEvents;
import social.rapport.status.poll.PollEvents;
import social.rapport.status.poll.PollStore;
import social.rapport.store.Tx;

/**
 * Turns committed events into notifications, and removes them when what they are about is undone.
 * Each is a durable reaction of the "notifications" consumer (the App's table registers them with
 * the outbox): it runs once per event in a transaction of its own, and after a crash the next start
 * runs what had not run. A deleted post takes its
 * notifications with it in the database (ON DELETE CASCADE).
 */
public final class NotificationListeners {
    /** The outbox consumer these reactions run as; their marks and position are kept under it. */
    public static final String CONSUMER = "notifications";

    private final Notify notify;
    private final NotificationStore store;
    private final StatusAccess access;
    private final PollStore polls = new PollStore();
    private final MuteConversation conversations;

    NotificationListeners(Notify notify, NotificationStore store, StatusAccess access, MuteConversation conversations) {
        this.conversations = conversations;
        this.notify = notify;
        this.store = store;
        this.access = access;
    }

    public void mentioned(Tx tx, StatusEvents.Mentioned e) {
        if (conversationMuted(tx, e.mentionedId(), e.statusId())) return;
        notify.tell(tx, e.mentionedId(), "mention", e.authorId(), e.statusId(), 0);
    }

    /** Mastodon tells the author of a post about a reply as a mention. */
    public void replied(Tx tx, StatusEvents.Replied e) {
        if (conversationMuted(tx, e.parentAuthorId(), e.replyId())) return;
        notify.tell(tx, e.parentAuthorId(), "mention", e.authorId(), e.replyId(), 0);
    }

    public void reblogged(Tx tx, StatusEvents.Reblogged e) {
        if (conversationMuted(tx, e.statusAuthorId(), e.statusId())) return;
        notify.tell(tx, e.statusAuthorId(), "reblog", e.accountId(), e.statusId(), e.reblogId());
    }

    public void favourited(Tx tx, StatusEvents.Favourited e) {
        if (conversationMuted(tx, e.statusAuthorId(), e.statusId())) return;
        notify.tell(tx, e.statusAuthorId(), "favourite", e.accountId(), e.statusId(), 0);
    }

    /** Whether the recipient has muted the post's conversation, as it stands when the reaction runs. */
    private boolean conversationMuted(Tx tx, int recipient, long statusId) {
        return conversations.muted(tx.handle(), recipient, statusId);
    }

    public void quoted(Tx tx, StatusEvents.Quoted e) {
        notify.tell(tx, e.quotedAuthorId(), "quote", e.authorId(), e.quoteId(), 0);
    }

    public void edited(Tx tx, StatusEvents.Edited e) {
        for (int who : access.unfilteredInteractors(tx.handle(), e.statusId())) {
            notify.tell(tx, who, "update", e.accountId(), e.statusId(), tx.now());
        }
    }

    /**
     * A poll ended: its voters and its author hear of it, each only if they may still see the post
     * (checked by {@link Notify#tell}); the author is told as the poll's own actor, as Mastodon does.
     */
    public void pollEnded(Tx tx, PollEvents.Ended e) {
        for (int voter : polls.voters(tx.handle(), e.statusId())) {
            notify.tell(tx, voter, "poll", e.authorId(), e.statusId(), 0);
        }
        notify.tell(tx, e.authorId(), "poll", e.authorId(), e.statusId(), 0);
    }

    public void unfavourited(Tx tx, StatusEvents.Unfavourited e) {
        store.remove(tx, "favourite", e.accountId(), 0, e.statusId(), 0);
    }

    public void unreblogged(Tx tx, StatusEvents.Unreblogged e) {
        store.remove(tx, "reblog", e.accountId(), 0, e.statusId(), e.reblogId());
    }

    public void followRequested(Tx tx, RelationEvents.FollowRequested e) {
        notify.tell(tx, e.followed(), "follow_request", e.follower(), 0, 0);
    }

    public void followed(Tx tx, RelationEvents.Followed e) {
        store.remove(tx, "follow_request", e.follower(), e.followed(), 0, 0);
        notify.tell(tx, e.followed(), "follow", e.follower(), 0, 0);
    }

    public void unfollowed(Tx tx, RelationEvents.Unfollowed e) {
        store.remove(tx, "follow", e.follower(), e.followed(), 0, 0);
        store.remove(tx, "follow_request", e.follower(), e.followed(), 0, 0);
    }

    public void invitationReceived(Tx tx, RelationEvents.InvitationReceived e) {
        notify.tell(tx, e.target(), "invitation", e.sender(), 0, e.invitationId());
    }

    public void invitationAccepted(Tx tx, RelationEvents.InvitationAccepted e) {
        store.remove(tx, "invitation", e.sender(), e.target(), 0, e.invitationId());
        notify.tell(tx, e.sender(), "invitation_accepted", e.target(), 0, e.invitationId());
    }

    public void invitationClosed(Tx tx, RelationEvents.InvitationClosed e) {
        store.remove(tx, "invitation", e.sender(), e.target(), 0, e.invitationId());
    }

    public void claimMade(Tx tx, RelationEvents.ClaimMade e) {
        notify.tell(tx, e.subject(), "claim", e.claimant(), 0, e.claimId());
    }

    public void recommendationWritten(Tx tx, RelationEvents.RecommendationWritten e) {
        notify.tell(tx, e.subject(), "recommendation", e.author(), 0, e.recommendationId());
    }
}
