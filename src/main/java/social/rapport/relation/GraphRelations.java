package social.rapport.relation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import social.rapport.audience.GroupMembers;
import social.rapport.audience.Relations;
import social.rapport.graph.SocialGraph;

/**
 * The facts the audience policy needs, answered from the in-memory graph. The graph holds approved
 * follows only (pending requests live in the store), so `follows` never admits a pending request.
 * Accounts that are suspended or deleted are kept in a small set, updated from account events;
 * ids above the highest account ever made are unknown.
 */
public final class GraphRelations implements Relations {
    private final SocialGraph graph;
    private final Set<Integer> inactive = ConcurrentHashMap.newKeySet();
    /** Account ids are dense and never reused: every id up to this one has existed. */
    private final AtomicInteger highest = new AtomicInteger();

    private final GroupMembers groups;

    public GraphRelations(SocialGraph graph) {
        this(graph, GroupMembers.NONE);
    }

    /** `groups`: the groups feature's members in memory (membership is never part of the graph). */
    public GraphRelations(SocialGraph graph, GroupMembers groups) {
        this.graph = graph;
        this.groups = groups;
    }

    /** Records an account's state; a new id also raises the highest known one. */
    public void setActive(int accountId, boolean active) {
        highest.accumulateAndGet(accountId, Math::max);
        if (active) inactive.remove(accountId);
        else inactive.add(accountId);
    }

    @Override
    public boolean follows(int follower, int owner) {
        return graph.isFollowing(follower, owner);
    }

    @Override
    public boolean connected(int a, int b) {
        return graph.isConnected(a, b);
    }

    @Override
    public boolean inNetwork(int owner, int viewer) {
        int d = graph.degree(owner, viewer);
        return d == 1 || d == 2;
    }

    @Override
    public boolean inCircle(int owner, long circleId, int member) {
        return graph.inCircle(owner, circleId, member);
    }

    @Override
    public boolean blockedEitherWay(int a, int b) {
        return graph.isBlockedEitherWay(a, b);
    }

    @Override
    public boolean blocks(int blocker, int blocked) {
        return java.util.Arrays.binarySearch(graph.blocks(blocker), blocked) >= 0;
    }

    @Override
    public boolean inGroup(long groupId, int viewer) {
        return groups.member(groupId, viewer);
    }

    @Override
    public boolean moderatesGroup(long groupId, int viewer) {
        return groups.moderator(groupId, viewer);
    }

    @Override
    public boolean groupOpen(long groupId) {
        return groups.open(groupId);
    }

    @Override
    public boolean visibleAccount(int accountId) {
        return accountId > 0 && accountId <= highest.get() && !inactive.contains(accountId);
    }
}
