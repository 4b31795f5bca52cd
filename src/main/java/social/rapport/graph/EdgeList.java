package social.rapport.graph;

import java.util.Arrays;

/** A growable pair of int columns (from, to), so a bulk load never boxes an edge. */
final class EdgeList {
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int size;

    void add(int a, int b) {
        ensureRoom(1);
        from[size] = a;
        to[size] = b;
        size++;
    }

    void addAll(int[] fromColumn, int[] toColumn, int count) {
        ensureRoom(count);
        System.arraycopy(fromColumn, 0, from, size, count);
        System.arraycopy(toColumn, 0, to, size, count);
        size += count;
    }

    void ensureRoom(int extra) {
        long needed = (long) size + extra;
        if (needed > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many edges for one list: " + needed);
        }
        if (needed > from.length) {
            int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, from.length * 2L));
            from = Arrays.copyOf(from, grown);
            to = Arrays.copyOf(to, grown);
        }
    }

    int size() {
        return size;
    }

    int[] from() {
        return from;
    }

    int[] to() {
        return to;
    }

    int maxId() {
        int max = -1;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, Math.max(from[i], to[i]));
        }
        return max;
    }
}
