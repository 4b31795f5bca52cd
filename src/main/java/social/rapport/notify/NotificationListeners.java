package social.rapport.notify;

import social.rapport.relation.RelationEvents;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEvents;
import social.rapport.store.Outbox;

/**
 * Turns committed events into notifications, and removes them when what they are about is undone.
 * Each is a durable reaction of the "notifications" consumer: it runs once per event in a transaction
 * of its own, and after a crash the next start runs what had not run. A deleted post takes its
 * notifications with it in the database (ON DELETE CASCADE).
 */
final class NotificationListeners {
    static final String CONSUMER = "notifications";

    private NotificationListeners() {}

    static void listen(Outbox outbox, Notify notify, NotificationStore store, StatusAccess access) {
        String c = CONSUMER;
        outbox.react(
                c,
                StatusEvents.Mentioned.class,
                (tx, e) -> notify.tell(tx, e.mentionedId(), "mention", e.authorId(), e.statusId(), 0));
        // Mastodon tells the author of a post about a reply as a mention.
        outbox.react(
                c,
                StatusEvents.Replied.class,
                (tx, e) -> notify.tell(tx, e.parentAuthorId(), "mention", e.authorId(), e.replyId(), 0));
        outbox.react(
                c,
                StatusEvents.Reblogged.class,
                (tx, e) -> notify.tell(tx, e.statusAuthorId(), "reblog", e.accountId(), e.statusId(), e.reblogId()));
        outbox.react(
                c,
                StatusEvents.Favourited.class,
                (tx, e) -> notify.tell(tx, e.statusAuthorId(), "favourite", e.accountId(), e.statusId(), 0));
        outbox.react(
                c,
                StatusEvents.Quoted.class,
                (tx, e) -> notify.tell(tx, e.quotedAuthorId(), "quote", e.authorId(), e.quoteId(), 0));
        outbox.react(c, StatusEvents.Edited.class, (tx, e) -> {
            for (int who : access.unfilteredInteractors(tx.handle(), e.statusId())) {
                notify.tell(tx, who, "update", e.accountId(), e.statusId(), tx.now());
            }
        });
        outbox.react(
                c,
                StatusEvents.Unfavourited.class,
                (tx, e) -> store.remove(tx, "favourite", e.accountId(), 0, e.statusId(), 0));
        outbox.react(
                c,
                StatusEvents.Unreblogged.class,
                (tx, e) -> store.remove(tx, "reblog", e.accountId(), 0, e.statusId(), e.reblogId()));

        outbox.react(
                c,
                RelationEvents.FollowRequested.class,
                (tx, e) -> notify.tell(tx, e.followed(), "follow_request", e.follower(), 0, 0));
        outbox.react(c, RelationEvents.Followed.class, (tx, e) -> {
            store.remove(tx, "follow_request", e.follower(), e.followed(), 0, 0);
            notify.tell(tx, e.followed(), "follow", e.follower(), 0, 0);
        });
        outbox.react(c, RelationEvents.Unfollowed.class, (tx, e) -> {
            store.remove(tx, "follow", e.follower(), e.followed(), 0, 0);
            store.remove(tx, "follow_request", e.follower(), e.followed(), 0, 0);
        });
        outbox.react(
                c,
                RelationEvents.InvitationReceived.class,
                (tx, e) -> notify.tell(tx, e.target(), "invitation", e.sender(), 0, e.invitationId()));
        outbox.react(c, RelationEvents.InvitationAccepted.class, (tx, e) -> {
            store.remove(tx, "invitation", e.sender(), e.target(), 0, e.invitationId());
            notify.tell(tx, e.sender(), "invitation_accepted", e.target(), 0, e.invitationId());
        });
        outbox.react(
                c,
                RelationEvents.InvitationClosed.class,
                (tx, e) -> store.remove(tx, "invitation", e.sender(), e.target(), 0, e.invitationId()));
        outbox.react(
                c,
                RelationEvents.ClaimMade.class,
                (tx, e) -> notify.tell(tx, e.subject(), "claim", e.claimant(), 0, e.claimId()));
        outbox.react(
                c,
                RelationEvents.RecommendationWritten.class,
                (tx, e) -> notify.tell(tx, e.subject(), "recommendation", e.author(), 0, e.recommendationId()));
    }
}
