package social.rapport.graph;

import java.util.concurrent.ConcurrentLinkedQueue;

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

    int[] topByMutualCount(int viewer, int limit, Adjacency connections, Adjacency blocks,
                           Adjacency blockedBy) {
        int[] friends = connections.get(viewer);
        if (limit <= 0 || friends.length == 0) {
            return SortedInts.EMPTY;
        }
        Scratch scratch = borrow(connections.capacity());
        int[] counts = scratch.counts;
        int[] touched = scratch.touched;
        int[] blocked = blocks.get(viewer);
        int[] blockers = blockedBy.get(viewer);
        exclude(counts, viewer);
        exclude(counts, friends);
        exclude(counts, blocked);
        exclude(counts, blockers);
        int touchedCount = 0;
        for (int friend : friends) {
            for (int candidate : connections.get(friend)) {
                // Ids past the scratch size were added after this read started; skip them.
                if (candidate < counts.length && counts[candidate]++ == 0) {
                    touched[touchedCount++] = candidate;
                }
            }
        }
        TopKeys top = new TopKeys(Math.min(limit, touchedCount));
        for (int i = 0; i < touchedCount; i++) {
            int candidate = touched[i];
            top.offer(((long) counts[candidate] << 32) | (Integer.MAX_VALUE - candidate));
            counts[candidate] = 0;
        }
        restore(counts, viewer);
        restore(counts, friends);
        restore(counts, blocked);
        restore(counts, blockers);
        pool.offer(scratch);
        long[] keys = top.sortedDescending();
        int[] ranked = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            ranked[i] = Integer.MAX_VALUE - (int) keys[i];
        }
        return ranked;
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
