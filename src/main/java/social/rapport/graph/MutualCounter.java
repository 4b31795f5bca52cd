package social.rapport.graph;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Ranks friends-of-friends by how many connections they share with the viewer. Counting uses a
 * dense counter array indexed by account id, borrowed from a pool rather than kept per thread so
 * that many short-lived (virtual) threads do not each hold one.
 */
final class MutualCounter {
    /** Marks the viewer, their connections and blocked accounts so counting never picks them. */
    private static final int EXCLUDED = Integer.MIN_VALUE / 2;

    private static final class Scratch {
        final int[] counts;
        final int[] touched;

        Scratch(int size) {
            counts = new int[size];
            touched = new int[size];
        }
    }

    private final ConcurrentLinkedQueue<Scratch> pool = new ConcurrentLinkedQueue<>();

    /** Friends above this many connections are "hubs" whose lists may be skipped. */
    static final int DEFAULT_HUB_DEGREE = 1_000;
    /** With more hub friends than this the viewer is a hub themself; count everything. */
    private static final int MAX_HUBS = 64;

    private final int hubDegree;
    private final LongAdder prunedAnswers = new LongAdder();

    MutualCounter(int hubDegree) {
        this.hubDegree = hubDegree;
    }

    /**
     * Counting every friend's list costs the sum of their degrees, and a single celebrity friend
     * adds 100,000 increments. So hub friends are left out of the count at first; the answer is
     * then completed exactly by looking candidates up in the hub lists, and only when that cannot
     * prove the top entries does the counter fall back to counting the hubs as well.
     */
    int[] topByMutualCount(int viewer, int limit, Adjacency connections, Adjacency blocks,
                           Adjacency blockedBy) {
        int[] friends = connections.get(viewer);
        if (limit <= 0 || friends.length == 0) {
            return SortedInts.EMPTY;
        }
        int[][] lists = new int[friends.length][];
        int hubCount = 0;
        for (int i = 0; i < friends.length; i++) {
            lists[i] = connections.get(friends[i]);
            if (lists[i].length > hubDegree) {
                hubCount++;
            }
        }
        int[][] hubs = new int[hubCount <= MAX_HUBS ? hubCount : 0][];
        Scratch scratch = borrow(connections.capacity());
        int[] counts = scratch.counts;
        int[] blocked = blocks.get(viewer);
        int[] blockers = blockedBy.get(viewer);
        exclude(counts, viewer);
        exclude(counts, friends);
        exclude(counts, blocked);
        exclude(counts, blockers);
        int touchedCount = 0;
        int hubAt = 0;
        for (int[] list : lists) {
            if (list.length > hubDegree && hubAt < hubs.length) {
                hubs[hubAt++] = list;
            } else {
                touchedCount = count(list, scratch, touchedCount);
            }
        }
        int[] ranked = hubs.length == 0 ? null
                : completeWithHubLookups(scratch, touchedCount, hubs, friends.length, limit);
        if (ranked != null) {
            prunedAnswers.increment();
        } else {
            for (int[] hub : hubs) {
                touchedCount = count(hub, scratch, touchedCount);
            }
            TopKeys top = new TopKeys(Math.min(limit, touchedCount));
            for (int i = 0; i < touchedCount; i++) {
                top.offer(key(counts[scratch.touched[i]], scratch.touched[i]));
            }
            ranked = top.accounts();
        }
        for (int i = 0; i < touchedCount; i++) {
            counts[scratch.touched[i]] = 0;
        }
        restore(counts, viewer);
        restore(counts, friends);
        restore(counts, blocked);
        restore(counts, blockers);
        pool.offer(scratch);
        return ranked;
    }

    private static int count(int[] list, Scratch scratch, int touchedCount) {
        int[] counts = scratch.counts;
        for (int candidate : list) {
            // Ids past the scratch size were added after this read started; skip them.
            if (candidate < counts.length && counts[candidate]++ == 0) {
                scratch.touched[touchedCount++] = candidate;
            }
        }
        return touchedCount;
    }

    /**
     * With partial counts from non-hub friends: let p be the limit-th largest partial count. A
     * candidate below p - hubs cannot reach p even with every hub, and at least limit candidates
     * finish at p or above, so only the rest need exact counts (a binary search per hub). An
     * account seen only through hubs has at most hubs mutuals, so the answer stands when the
     * last place has more. Returns null when this cannot be shown or would not be cheaper.
     */
    private static int[] completeWithHubLookups(Scratch scratch, int touchedCount, int[][] hubs,
                                                int friendCount, int limit) {
        if (touchedCount < limit) {
            return null;
        }
        int[] counts = scratch.counts;
        int[] histogram = new int[friendCount + 1];
        for (int i = 0; i < touchedCount; i++) {
            histogram[counts[scratch.touched[i]]]++;
        }
        int threshold = friendCount;
        for (int seen = histogram[threshold]; seen < limit; seen += histogram[threshold]) {
            threshold--;
        }
        int floor = threshold - hubs.length;
        long hubWork = 0;
        for (int[] hub : hubs) {
            hubWork += hub.length;
        }
        long survivors = 0;
        for (int count = Math.max(1, floor); count <= friendCount; count++) {
            survivors += histogram[count];
        }
        if (survivors * hubs.length * 20 >= hubWork) {
            return null;
        }
        TopKeys top = new TopKeys(limit);
        for (int i = 0; i < touchedCount; i++) {
            int candidate = scratch.touched[i];
            int partial = counts[candidate];
            if (partial >= floor) {
                int exact = partial;
                for (int[] hub : hubs) {
                    if (SortedInts.contains(hub, candidate)) {
                        exact++;
                    }
                }
                top.offer(key(exact, candidate));
            }
        }
        return top.lowestCount() > hubs.length ? top.accounts() : null;
    }

    long prunedAnswers() {
        return prunedAnswers.sum();
    }

    /** Sorts by mutual count, then by lower id: larger key ranks first. */
    private static long key(int count, int candidate) {
        return ((long) count << 32) | (Integer.MAX_VALUE - candidate);
    }

    private Scratch borrow(int size) {
        Scratch scratch = pool.poll();
        // Undersized scratch (the graph grew) is dropped for the garbage collector.
        while (scratch != null && scratch.counts.length < size) {
            scratch = pool.poll();
        }
        return scratch != null ? scratch : new Scratch(size);
    }

    private static void exclude(int[] counts, int account) {
        if (account < counts.length) {
            counts[account] = EXCLUDED;
        }
    }

    private static void exclude(int[] counts, int[] accounts) {
        for (int account : accounts) {
            exclude(counts, account);
        }
    }

    private static void restore(int[] counts, int account) {
        if (account < counts.length) {
            counts[account] = 0;
        }
    }

    private static void restore(int[] counts, int[] accounts) {
        for (int account : accounts) {
            restore(counts, account);
        }
    }

    /** A bounded min-heap of the largest keys seen; keys sort by mutual count, then lower id. */
    private static final class TopKeys {
        private final long[] heap;
        private int size;

        TopKeys(int limit) {
            heap = new long[limit];
        }

        void offer(long key) {
            if (size < heap.length) {
                heap[size] = key;
                siftUp(size++);
            } else if (size > 0 && key > heap[0]) {
                heap[0] = key;
                siftDown(0);
            }
        }

        int lowestCount() {
            return size == 0 ? 0 : (int) (heap[0] >>> 32);
        }

        /** The accounts, best first. */
        int[] accounts() {
            long[] keys = sortedDescending();
            int[] accounts = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                accounts[i] = Integer.MAX_VALUE - (int) keys[i];
            }
            return accounts;
        }

        long[] sortedDescending() {
            long[] out = java.util.Arrays.copyOf(heap, size);
            java.util.Arrays.sort(out);
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                long swap = out[i];
                out[i] = out[j];
                out[j] = swap;
            }
            return out;
        }

        private void siftUp(int at) {
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (heap[parent] <= heap[at]) {
                    return;
                }
                swap(parent, at);
                at = parent;
            }
        }

        private void siftDown(int at) {
            while (true) {
                int smallest = at;
                int left = 2 * at + 1;
                int right = left + 1;
                if (left < size && heap[left] < heap[smallest]) {
                    smallest = left;
                }
                if (right < size && heap[right] < heap[smallest]) {
                    smallest = right;
                }
                if (smallest == at) {
                    return;
                }
                swap(smallest, at);
                at = smallest;
            }
        }

        private void swap(int i, int j) {
            long value = heap[i];
            heap[i] = heap[j];
            heap[j] = value;
        }
    }
}
