package social.rapport.notify;

import java.util.LinkedHashSet;
import java.util.Set;
import social.rapport.relation.RelationEvents;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEvents;
import social.rapport.store.Database;

/**
 * Turns committed events into notifications, and removes them when what they are about is undone.
 * A deleted post takes its notifications with it in the database (ON DELETE CASCADE).
 */
final class NotificationListeners {
    private NotificationListeners() {}

    static void listen(Database db, Notify notify, NotificationStore store, StatusAccess access) {
        var ev = db.events();
        ev.on(StatusEvents.Mentioned.class, e -> notify.tell(e.mentionedId(), "mention", e.authorId(), e.statusId(), 0));
        // Mastodon tells the author of a post about a reply as a mention.
        ev.on(StatusEvents.Replied.class, e -> notify.tell(e.parentAuthorId(), "mention", e.authorId(), e.replyId(), 0));
        ev.on(StatusEvents.Reblogged.class, e -> notify.tell(e.statusAuthorId(), "reblog", e.accountId(), e.statusId(),
                e.reblogId()));
        ev.on(StatusEvents.Favourited.class, e -> notify.tell(e.statusAuthorId(), "favourite", e.accountId(),
                e.statusId(), 0));
        ev.on(StatusEvents.Quoted.class, e -> notify.tell(e.quotedAuthorId(), "quote", e.authorId(), e.quoteId(), 0));
        ev.on(StatusEvents.Edited.class, e -> {
            long at = db.clock().millis();
            for (int who : interacted(db, access, e.statusId())) notify.tell(who, "update", e.accountId(), e.statusId(), at);
        });
        ev.on(StatusEvents.Unfavourited.class, e -> db.writeVoid(tx -> store.remove(tx, "favourite", e.accountId(), 0,
                e.statusId(), 0)));
        ev.on(StatusEvents.Unreblogged.class, e -> db.writeVoid(tx -> store.remove(tx, "reblog", e.accountId(), 0,
                e.statusId(), e.reblogId())));

        ev.on(RelationEvents.FollowRequested.class, e -> notify.tell(e.followed(), "follow_request", e.follower(), 0, 0));
        ev.on(RelationEvents.Followed.class, e -> {
            db.writeVoid(tx -> store.remove(tx, "follow_request", e.follower(), e.followed(), 0, 0));
            notify.tell(e.followed(), "follow", e.follower(), 0, 0);
        });
        ev.on(RelationEvents.Unfollowed.class, e -> db.writeVoid(tx -> {
            store.remove(tx, "follow", e.follower(), e.followed(), 0, 0);
            store.remove(tx, "follow_request", e.follower(), e.followed(), 0, 0);
        }));
        ev.on(RelationEvents.InvitationReceived.class, e -> notify.tell(e.target(), "invitation", e.sender(), 0,
                e.invitationId()));
        ev.on(RelationEvents.InvitationAccepted.class, e -> {
            db.writeVoid(tx -> store.remove(tx, "invitation", e.sender(), e.target(), 0, e.invitationId()));
            notify.tell(e.sender(), "invitation_accepted", e.target(), 0, e.invitationId());
        });
        ev.on(RelationEvents.InvitationClosed.class, e -> db.writeVoid(tx ->
                store.remove(tx, "invitation", e.sender(), e.target(), 0, e.invitationId())));
        ev.on(RelationEvents.ClaimMade.class, e -> notify.tell(e.subject(), "claim", e.claimant(), 0, e.claimId()));
        ev.on(RelationEvents.RecommendationWritten.class, e -> notify.tell(e.subject(), "recommendation", e.author(), 0,
                e.recommendationId()));
    }

    /** Who reblogged, favourited or replied to a post: they hear about its edits. */
    private static Set<Integer> interacted(Database db, StatusAccess access, long statusId) {
        return db.read(h -> {
            Set<Integer> out = new LinkedHashSet<>();
            for (Status r : access.store().reblogsOf(h, Set.of(statusId))) out.add(r.accountId());
            for (Status r : access.store().repliesTo(h, Set.of(statusId))) out.add(r.accountId());
            out.addAll(access.store().saversOf(h, "favourites", Set.of(statusId)).getOrDefault(statusId, java.util.List.of()));
            return out;
        });
    }
}
