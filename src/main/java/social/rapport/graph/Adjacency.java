package social.rapport.graph;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One relation (connections, following, ...) as a sorted int[] per account. Each list is
 * immutable once published: a writer builds a new array and swaps the slot, so a reader gets a
 * consistent snapshot of one account's list without taking a lock. Writers must be serialised by
 * the caller (SocialGraph holds one writer lock).
 */
final class Adjacency {
    private volatile AtomicReferenceArray<int[]> lists;

    Adjacency(int capacity) {
        lists = new AtomicReferenceArray<>(Math.max(capacity, 1));
    }

    /** Adopts prepared lists (sorted, duplicate-free); null slots mean empty. */
    Adjacency(int[][] prepared) {
        lists = new AtomicReferenceArray<>(prepared.length == 0 ? new int[1][] : prepared);
    }

    int[] get(int account) {
        AtomicReferenceArray<int[]> current = lists;
        if (account < 0 || account >= current.length()) {
            return SortedInts.EMPTY;
        }
        int[] list = current.get(account);
        return list == null ? SortedInts.EMPTY : list;
    }

    boolean contains(int account, int other) {
        return SortedInts.contains(get(account), other);
    }

    int capacity() {
        return lists.length();
    }

    /** Returns true when the edge was new. Caller holds the writer lock. */
    boolean add(int account, int other) {
        ensureCapacity(account + 1);
        int[] before = get(account);
        int[] after = SortedInts.with(before, other);
        if (after == before) {
            return false;
        }
        lists.set(account, after);
        return true;
    }

    /** Returns true when the edge existed. Caller holds the writer lock. */
    boolean remove(int account, int other) {
        int[] before = get(account);
        int[] after = SortedInts.without(before, other);
        if (after == before) {
            return false;
        }
        lists.set(account, after.length == 0 ? null : after);
        return true;
    }

    /** Drops the account's whole list and returns what it held. Caller holds the writer lock. */
    int[] clear(int account) {
        int[] before = get(account);
        if (before.length > 0) {
            lists.set(account, null);
        }
        return before;
    }

    /** Grows by doubling; readers holding the old array still see a valid, older snapshot. */
    void ensureCapacity(int needed) {
        AtomicReferenceArray<int[]> current = lists;
        if (needed <= current.length()) {
            return;
        }
        int size = Math.max(needed, current.length() * 2);
        AtomicReferenceArray<int[]> grown = new AtomicReferenceArray<>(size);
        for (int i = 0; i < current.length(); i++) {
            grown.set(i, current.get(i));
        }
        lists = grown;
    }

    long edgeCount() {
        AtomicReferenceArray<int[]> current = lists;
        long total = 0;
        for (int i = 0; i < current.length(); i++) {
            int[] list = current.get(i);
            if (list != null) {
                total += list.length;
            }
        }
        return total;
    }

    /**
     * Heap estimate for a 64-bit JVM with compressed references: 4 bytes per slot, and per list
     * a 16-byte array header plus 4 bytes per element, padded to 8 bytes.
     */
    long estimatedBytes() {
        AtomicReferenceArray<int[]> current = lists;
        long total = 16 + 16 + 4L * current.length();
        for (int i = 0; i < current.length(); i++) {
            int[] list = current.get(i);
            if (list != null) {
                total += (16 + 4L * list.length + 7) & ~7L;
            }
        }
        return total;
    }
}
