package social.rapport.relation;

import java.util.List;
import org.jdbi.v3.core.Handle;
import social.rapport.account.AccountEvents;
import social.rapport.graph.SocialGraph;
import social.rapport.store.Database;
import social.rapport.store.Event;

/**
 * Reads back from the store what one event touched and sets the graph to it, so a graph update
 * that failed is not a lasting difference between the graph and the store.
 */
final class GraphRepair {
    private final Database db;
    private final SocialGraph graph;
    private final GraphRelations relations;
    private final MuteClock mutes;

    GraphRepair(Database db, SocialGraph graph, GraphRelations relations, MuteClock mutes) {
        this.db = db;
        this.graph = graph;
        this.relations = relations;
        this.mutes = mutes;
    }

    void repair(Event e) {
        if (e instanceof RelationEvents.Followed f) pair(f.follower(), f.followed());
        else if (e instanceof RelationEvents.Unfollowed f) pair(f.follower(), f.followed());
        else if (e instanceof RelationEvents.Connected c) pair(c.a(), c.b());
        else if (e instanceof RelationEvents.Disconnected c) pair(c.a(), c.b());
        else if (e instanceof RelationEvents.Blocked b) pair(b.blocker(), b.blocked());
        else if (e instanceof RelationEvents.Unblocked b) pair(b.blocker(), b.blocked());
        else if (e instanceof RelationEvents.Muted m) pair(m.muter(), m.muted());
        else if (e instanceof RelationEvents.Unmuted m) pair(m.muter(), m.muted());
        else if (e instanceof RelationEvents.CircleMemberAdded c) member(c.owner(), c.circleId(), c.member());
        else if (e instanceof RelationEvents.CircleMemberRemoved c) member(c.owner(), c.circleId(), c.member());
        else if (e instanceof RelationEvents.CircleDeleted c) circle(c.owner(), c.circleId());
        else if (e instanceof AccountEvents.Deleted d) account(d.accountId(), true);
        else if (e instanceof AccountEvents.Suspended s) account(s.accountId(), false);
        else if (e instanceof AccountEvents.Created c) account(c.accountId(), false);
        else if (e instanceof AccountEvents.Updated u) account(u.accountId(), false);
    }

    private void pair(int a, int b) {
        if (a == b) return;
        db.read(h -> {
            both(a, b, (x, y) -> {
                if (has(
                        h,
                        "SELECT COUNT(*) FROM follows WHERE follower_id = :x AND followed_id = :y"
                                + " AND state = 'approved'",
                        x,
                        y)) graph.follow(x, y);
                else graph.unfollow(x, y);
                if (has(h, "SELECT COUNT(*) FROM blocks WHERE blocker_id = :x AND blocked_id = :y", x, y))
                    graph.block(x, y);
                else graph.unblock(x, y);
                List<Long> mute = h.createQuery(
                                "SELECT COALESCE(expires_at, 0) FROM mutes" + " WHERE muter_id = :x AND muted_id = :y")
                        .bind("x", x)
                        .bind("y", y)
                        .mapTo(Long.class)
                        .list();
                if (mute.isEmpty()) {
                    graph.unmute(x, y);
                    mutes.clear(x, y);
                } else {
                    mutes.set(x, y, mute.get(0));
                    graph.mute(x, y);
                }
            });
            if (has(
                    h,
                    "SELECT COUNT(*) FROM connections WHERE low_id = :x AND high_id = :y",
                    Math.min(a, b),
                    Math.max(a, b))) graph.connect(a, b);
            else graph.disconnect(a, b);
            return null;
        });
    }

    private void member(int owner, long circle, int member) {
        boolean in = db.read(h -> h.createQuery("SELECT COUNT(*) FROM circle_members m JOIN circles c"
                                + " ON c.id = m.circle_id WHERE c.owner_id = :o AND c.id = :c AND m.member_id = :m")
                        .bind("o", owner)
                        .bind("c", circle)
                        .bind("m", member)
                        .mapTo(Integer.class)
                        .one()
                > 0);
        if (in) graph.addToCircle(owner, circle, member);
        else graph.removeFromCircle(owner, circle, member);
    }

    private void circle(int owner, long circle) {
        boolean exists = db.read(h -> h.createQuery("SELECT COUNT(*) FROM circles WHERE id = :c AND owner_id = :o")
                        .bind("c", circle)
                        .bind("o", owner)
                        .mapTo(Integer.class)
                        .one()
                > 0);
        if (!exists) graph.deleteCircle(owner, circle);
    }

    private void account(int id, boolean deleted) {
        boolean active = active(db, id);
        relations.setActive(id, active);
        if (deleted && !active) graph.removeAccount(id);
    }

    static boolean active(Database db, int id) {
        return db.read(h -> h.createQuery("SELECT state FROM accounts WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map("active"::equals)
                .orElse(false));
    }

    private interface Pair {
        void apply(int x, int y);
    }

    private static void both(int a, int b, Pair p) {
        p.apply(a, b);
        p.apply(b, a);
    }

    private static boolean has(Handle h, String sql, int x, int y) {
        return h.createQuery(sql).bind("x", x).bind("y", y).mapTo(Integer.class).one() > 0;
    }
}
