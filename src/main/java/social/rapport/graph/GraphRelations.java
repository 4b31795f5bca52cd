package social.rapport.graph;

import java.util.function.IntPredicate;
import social.rapport.audience.Relations;

/**
 * The relationship facts the audience policy asks, answered from the in-memory graph (and, for
 * whether an account may be seen at all, from the live account states).
 */
public final class GraphRelations implements Relations {
    private final SocialGraph graph;
    private final IntPredicate visibleAccount;

    public GraphRelations(SocialGraph graph, IntPredicate visibleAccount) {
        this.graph = graph;
        this.visibleAccount = visibleAccount;
    }

    @Override
    public boolean follows(int follower, int owner) { return graph.isFollowing(follower, owner); }

    @Override
    public boolean connected(int a, int b) { return graph.isConnected(a, b); }

    /** Connected, or sharing a connection: walks the smaller of the two connection lists. */
    @Override
    public boolean inNetwork(int owner, int viewer) {
        if (graph.isConnected(owner, viewer)) return true;
        int[] a = graph.connections(owner);
        int[] b = graph.connections(viewer);
        int[] small = a.length <= b.length ? a : b;
        int other = small == a ? viewer : owner;
        for (int c : small) {
            if (c != other && graph.isConnected(c, other)) return true;
        }
        return false;
    }

    @Override
    public boolean inCircle(int owner, long circleId, int member) { return graph.inCircle(owner, circleId, member); }

    @Override
    public boolean blockedEitherWay(int a, int b) { return graph.isBlockedEitherWay(a, b); }

    /** Groups are not built yet, so no one is a member of any group. */
    @Override
    public boolean inGroup(long groupId, int viewer) { return false; }

    @Override
    public boolean visibleAccount(int accountId) { return accountId > 0 && visibleAccount.test(accountId); }
}
