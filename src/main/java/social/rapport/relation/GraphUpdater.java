package social.rapport.relation;

import social.rapport.account.AccountEvents;
import social.rapport.graph.SocialGraph;
import social.rapport.store.Database;
import social.rapport.store.Event;

/**
 * Applies committed events to the graph, one method per event; the App's table of reactions calls
 * them first, before caches, feeds and streams. Durable first: the database publishes events only
 * after the commit, so the graph never holds a change the store does not. Should an update fail,
 * {@link #repair} reads what the event touched back from the store.
 */
public final class GraphUpdater {
    private final Database db;
    private final SocialGraph graph;
    private final GraphRelations relations;
    private final MuteClock mutes;

    public GraphUpdater(Database db, GraphLoader.Loaded g) {
        this.db = db;
        this.graph = g.graph();
        this.relations = g.relations();
        this.mutes = g.mutes();
    }

    public void followed(RelationEvents.Followed e) {
        graph.follow(e.follower(), e.followed());
    }

    public void unfollowed(RelationEvents.Unfollowed e) {
        graph.unfollow(e.follower(), e.followed());
    }

    public void connected(RelationEvents.Connected e) {
        graph.connect(e.a(), e.b());
    }

    public void disconnected(RelationEvents.Disconnected e) {
        graph.disconnect(e.a(), e.b());
    }

    public void blocked(RelationEvents.Blocked e) {
        graph.block(e.blocker(), e.blocked());
    }

    public void unblocked(RelationEvents.Unblocked e) {
        graph.unblock(e.blocker(), e.blocked());
    }

    public void muted(RelationEvents.Muted e) {
        mutes.set(e.muter(), e.muted(), e.expiresAt());
        graph.mute(e.muter(), e.muted());
    }

    public void unmuted(RelationEvents.Unmuted e) {
        graph.unmute(e.muter(), e.muted());
        mutes.clear(e.muter(), e.muted());
    }

    public void circleMemberAdded(RelationEvents.CircleMemberAdded e) {
        graph.addToCircle(e.owner(), e.circleId(), e.member());
    }

    public void circleMemberRemoved(RelationEvents.CircleMemberRemoved e) {
        graph.removeFromCircle(e.owner(), e.circleId(), e.member());
    }

    public void circleDeleted(RelationEvents.CircleDeleted e) {
        graph.deleteCircle(e.owner(), e.circleId());
    }

    public void accountDeleted(AccountEvents.Deleted e) {
        relations.setActive(e.accountId(), false);
        graph.removeAccount(e.accountId());
    }

    public void accountSuspended(AccountEvents.Suspended e) {
        relations.setActive(e.accountId(), false);
    }

    /** A new account may start awaiting approval: ask the store for the state it committed. */
    public void accountCreated(AccountEvents.Created e) {
        relations.setActive(e.accountId(), active(e.accountId()));
    }

    /** An update may be a reinstatement: ask the store for the state it committed. */
    public void accountUpdated(AccountEvents.Updated e) {
        relations.setActive(e.accountId(), active(e.accountId()));
    }

    /**
     * Sets what `e` touched (a pair's follows, connection, blocks and mutes; a circle membership; an
     * account's state) to what the store holds now: called when applying `e` failed.
     */
    public void repair(Event e) {
        new GraphRepair(db, graph, relations, mutes).repair(e);
    }

    private boolean active(int id) {
        return GraphRepair.active(db, id);
    }
}
