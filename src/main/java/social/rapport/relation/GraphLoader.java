package social.rapport.relation;

import social.rapport.graph.SocialGraph;
import social.rapport.graph.SocialGraphBuilder;
import social.rapport.store.Database;

/**
 * Rebuilds the in-memory graph from the store at start: approved follows, connections, blocks,
 * mutes and circle memberships, plus which accounts are not active. Streams rows straight into the
 * bulk builder so a large graph loads without a copy per edge.
 */
public final class GraphLoader {
    private GraphLoader() {}

    public record Loaded(SocialGraph graph, GraphRelations relations, MuteClock mutes) {}

    public static Loaded load(Database db) {
        return load(db, social.rapport.audience.GroupMembers.NONE);
    }

    /** With the groups' members in memory, for the policy's `group:<id>` grant. */
    public static Loaded load(Database db, social.rapport.audience.GroupMembers groups) {
        SocialGraphBuilder b = SocialGraph.builder();
        java.util.List<Integer> inactive = new java.util.ArrayList<>();
        int[] highest = new int[1];
        java.util.List<long[]> mutes = new java.util.ArrayList<>();
        db.read(h -> {
            h.createQuery("SELECT COALESCE(MAX(id), 0) FROM accounts")
                    .mapTo(Integer.class)
                    .findOne()
                    .ifPresent(max -> {
                        highest[0] = max;
                        b.accountCount(max + 1);
                    });
            h.createQuery("SELECT id FROM accounts WHERE state <> 'active'")
                    .mapTo(Integer.class)
                    .forEach(inactive::add);
            h.createQuery("SELECT low_id, high_id FROM connections")
                    .map((rs, c) -> b.connect(rs.getInt(1), rs.getInt(2)))
                    .forEach(x -> {});
            h.createQuery("SELECT follower_id, followed_id FROM follows WHERE state = 'approved'")
                    .map((rs, c) -> b.follow(rs.getInt(1), rs.getInt(2)))
                    .forEach(x -> {});
            h.createQuery("SELECT blocker_id, blocked_id FROM blocks")
                    .map((rs, c) -> b.block(rs.getInt(1), rs.getInt(2)))
                    .forEach(x -> {});
            h.createQuery("SELECT muter_id, muted_id, COALESCE(expires_at, 0) FROM mutes")
                    .map((rs, c) -> new long[] {rs.getInt(1), rs.getInt(2), rs.getLong(3)})
                    .forEach(mutes::add);
            h.createQuery(
                            "SELECT c.owner_id, c.id, m.member_id FROM circle_members m JOIN circles c ON c.id = m.circle_id")
                    .map((rs, c) -> b.addToCircle(rs.getInt(1), rs.getLong(2), rs.getInt(3)))
                    .forEach(x -> {});
            return null;
        });
        for (long[] m : mutes) b.mute((int) m[0], (int) m[1]);
        SocialGraph graph = b.build();
        GraphRelations relations = new GraphRelations(graph, groups);
        if (highest[0] > 0) relations.setActive(highest[0], true);
        inactive.forEach(id -> relations.setActive(id, false));
        MuteClock clock = new MuteClock(graph, db.clock());
        for (long[] m : mutes) clock.set((int) m[0], (int) m[1], m[2]);
        return new Loaded(graph, relations, clock);
    }
}
