package social.rapport.relation;

import social.rapport.account.AccountEvents;
import social.rapport.graph.SocialGraph;
import social.rapport.store.Database;
import social.rapport.store.Events;

/**
 * Applies committed events to the graph. Durable first: the database publishes events only after
 * the commit, so the graph never holds a change the store does not.
 */
public final class GraphUpdater {
    private GraphUpdater() {}

    public static void listen(Database db, GraphLoader.Loaded g) {
        SocialGraph graph = g.graph();
        Events ev = db.events();
        ev.on(RelationEvents.Followed.class, e -> graph.follow(e.follower(), e.followed()));
        ev.on(RelationEvents.Unfollowed.class, e -> graph.unfollow(e.follower(), e.followed()));
        ev.on(RelationEvents.Connected.class, e -> graph.connect(e.a(), e.b()));
        ev.on(RelationEvents.Disconnected.class, e -> graph.disconnect(e.a(), e.b()));
        ev.on(RelationEvents.Blocked.class, e -> graph.block(e.blocker(), e.blocked()));
        ev.on(RelationEvents.Unblocked.class, e -> graph.unblock(e.blocker(), e.blocked()));
        ev.on(RelationEvents.Muted.class, e -> {
            g.mutes().set(e.muter(), e.muted(), e.expiresAt());
            graph.mute(e.muter(), e.muted());
        });
        ev.on(RelationEvents.Unmuted.class, e -> {
            graph.unmute(e.muter(), e.muted());
            g.mutes().clear(e.muter(), e.muted());
        });
        ev.on(RelationEvents.CircleMemberAdded.class, e -> graph.addToCircle(e.owner(), e.circleId(), e.member()));
        ev.on(
                RelationEvents.CircleMemberRemoved.class,
                e -> graph.removeFromCircle(e.owner(), e.circleId(), e.member()));
        ev.on(RelationEvents.CircleDeleted.class, e -> graph.deleteCircle(e.owner(), e.circleId()));
        ev.on(AccountEvents.Deleted.class, e -> {
            g.relations().setActive(e.accountId(), false);
            graph.removeAccount(e.accountId());
        });
        ev.on(AccountEvents.Suspended.class, e -> g.relations().setActive(e.accountId(), false));
        // A new account may start awaiting approval, and an update may be a reinstatement: ask the
        // store for the state it committed.
        ev.on(AccountEvents.Created.class, e -> g.relations().setActive(e.accountId(), active(db, e.accountId())));
        ev.on(AccountEvents.Updated.class, e -> g.relations().setActive(e.accountId(), active(db, e.accountId())));
    }

    private static boolean active(Database db, int id) {
        return db.read(h -> h.createQuery("SELECT state FROM accounts WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map("active"::equals)
                .orElse(false));
    }
}
