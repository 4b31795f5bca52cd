package social.rapport.graph;

import org.roaringbitmap.RoaringBitmap;

/**
 * The in-memory social graph: connections (two-way), follows, blocks, mutes and circles over
 * dense account ids, answering distance, mutual-connection, path and suggestion questions.
 *
 * <p>Thread safety: readers never lock. Every list is a sorted int[] that is replaced, never
 * changed, so a reader sees each account's list either before or after a change. Mutations are
 * serialised on one lock; they are applied after the change is committed to the store, so a
 * reader may briefly see one direction of a two-way change before the other.
 *
 * <p>Degrees and paths use connections only; follows never create a degree. A block in either
 * direction hides a pair from each other's degrees, paths and suggestions.
 *
 * <p>Lists returned by queries are fresh copies, sorted ascending unless stated otherwise.
 */
public final class SocialGraph {
    /** Degree value meaning "no badge": out of network, the viewer themself, or blocked. */
    public static final int NO_DEGREE = 0;
    /** Largest batch {@link #degrees} accepts, matching a page of badges. */
    public static final int MAX_BATCH = 100;

    private static final long DEFAULT_REACH_CACHE_BYTES = 64L << 20;

    private final Object writeLock = new Object();
    private final Adjacency connections;
    private final Adjacency following;
    private final Adjacency followers;
    private final Adjacency blocks;
    private final Adjacency blockedBy;
    private final Adjacency mutes;
    private final Adjacency mutedBy;
    private final Circles circles;
    private final NetworkReach reach = new NetworkReach(DEFAULT_REACH_CACHE_BYTES);
    private final MutualCounter mutualCounter = new MutualCounter();
    private final PathFinder pathFinder = new PathFinder(this);
    /** Bumped after every connection change; cached reaches built before it are stale. */
    private volatile long connectionVersion;
    /** One past the highest account id named so far. */
    private volatile int accountCount;

    /** An empty graph; accounts appear as mutations name them. */
    public SocialGraph() {
        this(
                new Adjacency(1024),
                new Adjacency(1024),
                new Adjacency(1024),
                new Adjacency(1024),
                new Adjacency(1024),
                new Adjacency(1024),
                new Adjacency(1024),
                new Circles(),
                0);
    }

    SocialGraph(
            Adjacency connections,
            Adjacency following,
            Adjacency followers,
            Adjacency blocks,
            Adjacency blockedBy,
            Adjacency mutes,
            Adjacency mutedBy,
            Circles circles,
            int accountCount) {
        this.accountCount = accountCount;
        this.connections = connections;
        this.following = following;
        this.followers = followers;
        this.blocks = blocks;
        this.blockedBy = blockedBy;
        this.mutes = mutes;
        this.mutedBy = mutedBy;
        this.circles = circles;
    }

    /** A builder for the start-up rebuild: collects edge lists, then lays them out in one pass. */
    public static SocialGraphBuilder builder() {
        return new SocialGraphBuilder();
    }

    // ---- mutations: each returns whether the graph changed ----

    public boolean connect(int a, int b) {
        checkPair(a, b);
        synchronized (writeLock) {
            boolean changed = connections.add(a, b) | connections.add(b, a);
            connectionChanged(changed);
            return changed;
        }
    }

    public boolean disconnect(int a, int b) {
        checkPair(a, b);
        synchronized (writeLock) {
            boolean changed = connections.remove(a, b) | connections.remove(b, a);
            connectionChanged(changed);
            return changed;
        }
    }

    public boolean follow(int follower, int followed) {
        checkPair(follower, followed);
        synchronized (writeLock) {
            return following.add(follower, followed) | followers.add(followed, follower);
        }
    }

    public boolean unfollow(int follower, int followed) {
        checkPair(follower, followed);
        synchronized (writeLock) {
            return following.remove(follower, followed) | followers.remove(followed, follower);
        }
    }

    public boolean block(int blocker, int blocked) {
        checkPair(blocker, blocked);
        synchronized (writeLock) {
            return blocks.add(blocker, blocked) | blockedBy.add(blocked, blocker);
        }
    }

    public boolean unblock(int blocker, int blocked) {
        checkPair(blocker, blocked);
        synchronized (writeLock) {
            return blocks.remove(blocker, blocked) | blockedBy.remove(blocked, blocker);
        }
    }

    public boolean mute(int muter, int muted) {
        checkPair(muter, muted);
        synchronized (writeLock) {
            return mutes.add(muter, muted) | mutedBy.add(muted, muter);
        }
    }

    public boolean unmute(int muter, int muted) {
        checkPair(muter, muted);
        synchronized (writeLock) {
            return mutes.remove(muter, muted) | mutedBy.remove(muted, muter);
        }
    }

    /** Owners may put themselves in their own circles, so owner == member is allowed. */
    public boolean addToCircle(int owner, long circleId, int member) {
        checkAccount(owner);
        checkAccount(member);
        synchronized (writeLock) {
            return circles.add(owner, circleId, member);
        }
    }

    public boolean removeFromCircle(int owner, long circleId, int member) {
        checkAccount(owner);
        checkAccount(member);
        synchronized (writeLock) {
            return circles.remove(owner, circleId, member);
        }
    }

    public void deleteCircle(int owner, long circleId) {
        checkAccount(owner);
        synchronized (writeLock) {
            circles.delete(owner, circleId);
        }
    }

    /** Removes every edge that touches the account and its circles; its id stays unused. */
    public void removeAccount(int account) {
        checkAccount(account);
        synchronized (writeLock) {
            int[] formerConnections = connections.clear(account);
            for (int other : formerConnections) {
                connections.remove(other, account);
            }
            for (int other : following.clear(account)) {
                followers.remove(other, account);
            }
            for (int other : followers.clear(account)) {
                following.remove(other, account);
            }
            for (int other : blocks.clear(account)) {
                blockedBy.remove(other, account);
            }
            for (int other : blockedBy.clear(account)) {
                blocks.remove(other, account);
            }
            for (int other : mutes.clear(account)) {
                mutedBy.remove(other, account);
            }
            for (int other : mutedBy.clear(account)) {
                mutes.remove(other, account);
            }
            circles.removeAccount(account);
            connectionChanged(formerConnections.length > 0);
        }
    }

    // ---- single-edge questions ----

    public boolean isConnected(int a, int b) {
        return connections.contains(a, b);
    }

    public boolean isFollowing(int follower, int followed) {
        return following.contains(follower, followed);
    }

    public boolean isBlockedEitherWay(int a, int b) {
        return blocks.contains(a, b) || blocks.contains(b, a);
    }

    public boolean isMuted(int muter, int muted) {
        return mutes.contains(muter, muted);
    }

    public boolean inCircle(int owner, long circleId, int member) {
        return SortedInts.contains(circles.members(owner, circleId), member);
    }

    // ---- lists ----

    public int[] connections(int account) {
        return connections.get(account).clone();
    }

    public int[] following(int account) {
        return following.get(account).clone();
    }

    public int[] followers(int account) {
        return followers.get(account).clone();
    }

    public int[] blocks(int account) {
        return blocks.get(account).clone();
    }

    public int[] mutes(int account) {
        return mutes.get(account).clone();
    }

    public int[] circleMembers(int owner, long circleId) {
        return circles.members(owner, circleId).clone();
    }

    public int connectionCount(int account) {
        return connections.get(account).length;
    }

    /** Accounts connected to both a and b. */
    public int[] mutualConnections(int a, int b) {
        return SortedInts.intersect(connections.get(a), connections.get(b));
    }

    // ---- network questions ----

    /**
     * The connection distance from viewer to target: 1, 2 or 3, or {@link #NO_DEGREE} when
     * farther, when target is the viewer, or when the two are blocked either way.
     */
    public int degree(int viewer, int target) {
        return degrees(viewer, new int[] {target})[0];
    }

    /**
     * Distances for up to {@link #MAX_BATCH} candidates, in candidate order. The viewer's reach
     * (two hops) is built once and cached; a candidate is 3rd degree when one of its connections
     * lies in that reach, tested from whichever side is smaller so hubs cost bounded work.
     */
    public int[] degrees(int viewer, int[] candidates) {
        if (candidates.length > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " candidates per call");
        }
        int[] result = new int[candidates.length];
        int[] friends = connections.get(viewer);
        if (friends.length == 0) {
            return result;
        }
        RoaringBitmap viewerReach = null;
        for (int i = 0; i < candidates.length; i++) {
            int candidate = candidates[i];
            if (candidate == viewer || isBlockedEitherWay(viewer, candidate)) {
                result[i] = NO_DEGREE;
            } else if (SortedInts.contains(friends, candidate)) {
                result[i] = 1;
            } else {
                if (viewerReach == null) {
                    viewerReach = reach.of(viewer, connections, connectionVersion);
                }
                if (viewerReach.contains(candidate)) {
                    result[i] = 2;
                } else if (touches(connections.get(candidate), viewerReach)) {
                    result[i] = 3;
                }
            }
        }
        return result;
    }

    /** Whether the viewer's reach is cached and current, so the next badge batch is warm. */
    public boolean isReachCached(int viewer) {
        return reach.isCached(viewer, connectionVersion);
    }

    /** Drops cached reaches (after a bulk reload, or to measure cold behaviour). */
    public void invalidateCaches() {
        reach.invalidateAll();
    }

    /**
     * A shortest connection path of at most 3 hops as [viewer, ..., target], or an empty array
     * when none exists. No two accounts on the path are blocked either way; among equally short
     * paths the lowest ids win (first hop, then second). path(a, a) is [a].
     */
    public int[] path(int viewer, int target) {
        return pathFinder.find(viewer, target);
    }

    /**
     * Up to limit accounts two hops away, most mutual connections first, ties by lower id;
     * never the viewer, an existing connection, or an account blocked either way.
     */
    public int[] friendsOfFriends(int viewer, int limit) {
        return mutualCounter.topByMutualCount(viewer, limit, connections, blocks, blockedBy);
    }

    // ---- size ----

    /** One past the highest account id the graph has been told about. */
    public int accountCount() {
        return accountCount;
    }

    /** Directed connection edges: each two-way connection counts twice. */
    public long directedConnectionEdges() {
        return connections.edgeCount();
    }

    /**
     * Estimated heap held by the lists and circles (not the reach cache, which is bounded at
     * 64 MiB). Assumes a 64-bit JVM with compressed references.
     */
    public long estimatedBytes() {
        return connections.estimatedBytes()
                + following.estimatedBytes()
                + followers.estimatedBytes()
                + blocks.estimatedBytes()
                + blockedBy.estimatedBytes()
                + mutes.estimatedBytes()
                + mutedBy.estimatedBytes()
                + circles.estimatedBytes();
    }

    Adjacency connectionLists() {
        return connections;
    }

    private static boolean touches(int[] list, RoaringBitmap set) {
        if (list.length <= set.getCardinality()) {
            for (int account : list) {
                if (set.contains(account)) {
                    return true;
                }
            }
            return false;
        }
        var members = set.getIntIterator();
        while (members.hasNext()) {
            if (SortedInts.contains(list, members.next())) {
                return true;
            }
        }
        return false;
    }

    private void connectionChanged(boolean changed) {
        if (changed) {
            connectionVersion++;
        }
    }

    private void checkAccount(int account) {
        if (account < 0) {
            throw new IllegalArgumentException("account ids are non-negative: " + account);
        }
        if (account >= accountCount) {
            synchronized (writeLock) {
                accountCount = Math.max(accountCount, account + 1);
            }
        }
    }

    private void checkPair(int a, int b) {
        checkAccount(a);
        checkAccount(b);
        if (a == b) {
            throw new IllegalArgumentException("an account cannot relate to itself: " + a);
        }
    }
}
