package social.rapport.graph;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Ranks friends-of-friends by how many connections they share with the viewer.
 *
 * <p>The cost is one increment per entry in the friends' lists, and in a heavy-tailed network a
 * viewer with a few celebrity friends has millions of them. Incrementing a counter array indexed
 * by account id would miss the cache on almost every step once there are a million accounts, so
 * the id space is counted one block at a time: every friend's sorted list is walked with its own
 * cursor up to the block's end, the counters for one block stay in the CPU cache, and the block's
 * candidates are ranked before the next block starts. The answer is exact.
 *
 * <p>Counter blocks are borrowed from a pool rather than kept per thread, so many short-lived
 * (virtual) threads do not each hold one.
 */
final class MutualCounter {
    /** 65,536 int counters: 256 KiB, which stays in a core's L2 cache. */
    private static final int BLOCK = 1 << 16;
    /** Marks the viewer, their connections and blocked accounts so counting never picks them. */
    private static final int EXCLUDED = Integer.MIN_VALUE / 2;

    private static final class Scratch {
        final int[] counts = new int[BLOCK];
        final int[] touched = new int[BLOCK];
    }

    private final ConcurrentLinkedQueue<Scratch> pool = new ConcurrentLinkedQueue<>();

    int[] topByMutualCount(int viewer, int limit, Adjacency connections, Adjacency blocks, Adjacency blockedBy) {
        int[] friends = connections.get(viewer);
        if (limit <= 0 || friends.length == 0) {
            return SortedInts.EMPTY;
        }
        int[][] lists = new int[friends.length][];
        long entries = 0;
        int highest = -1;
        for (int i = 0; i < friends.length; i++) {
            lists[i] = connections.get(friends[i]);
            entries += lists[i].length;
            if (lists[i].length > 0) {
                highest = Math.max(highest, lists[i][lists[i].length - 1]);
            }
        }
        int[][] excluded = {new int[] {viewer}, friends, blocks.get(viewer), blockedBy.get(viewer)};
        int[] listCursors = new int[lists.length];
        int[] excludedCursors = new int[excluded.length];
        int[] excludedStarts = new int[excluded.length];
        TopKeys top = new TopKeys((int) Math.min(limit, entries));
        Scratch scratch = borrow();
        int[] counts = scratch.counts;
        int[] touched = scratch.touched;
        for (long base = 0; base <= highest; base += BLOCK) {
            long end = base + BLOCK;
            for (int e = 0; e < excluded.length; e++) {
                excludedStarts[e] = excludedCursors[e];
                excludedCursors[e] = mark(excluded[e], excludedCursors[e], base, end, counts, EXCLUDED);
            }
            int touchedCount = 0;
            for (int i = 0; i < lists.length; i++) {
                int[] list = lists[i];
                int at = listCursors[i];
                while (at < list.length && list[at] < end) {
                    int slot = (int) (list[at] - base);
                    if (counts[slot]++ == 0) {
                        touched[touchedCount++] = slot;
                    }
                    at++;
                }
                listCursors[i] = at;
            }
            for (int t = 0; t < touchedCount; t++) {
                int slot = touched[t];
                top.offer(key(counts[slot], (int) (base + slot)));
                counts[slot] = 0;
            }
            for (int e = 0; e < excluded.length; e++) {
                mark(excluded[e], excludedStarts[e], base, end, counts, 0);
            }
        }
        pool.offer(scratch);
        return top.accounts();
    }

    /** Sets the counters of the sorted ids in [base, end) from cursor on; returns the new cursor. */
    private static int mark(int[] ids, int cursor, long base, long end, int[] counts, int value) {
        while (cursor < ids.length && ids[cursor] < end) {
            if (ids[cursor] >= base) {
                counts[(int) (ids[cursor] - base)] = value;
            }
            cursor++;
        }
        return cursor;
    }

    private Scratch borrow() {
        Scratch scratch = pool.poll();
        return scratch != null ? scratch : new Scratch();
    }

    /** Sorts by mutual count, then by lower id: a larger key ranks first. */
    private static long key(int count, int candidate) {
        return ((long) count << 32) | (Integer.MAX_VALUE - candidate);
    }

    /** A bounded min-heap of the largest keys seen. */
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

        /** The accounts, best first. */
        int[] accounts() {
            long[] keys = Arrays.copyOf(heap, size);
            Arrays.sort(keys);
            int[] accounts = new int[size];
            for (int i = 0; i < size; i++) {
                accounts[i] = Integer.MAX_VALUE - (int) keys[size - 1 - i];
            }
            return accounts;
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
