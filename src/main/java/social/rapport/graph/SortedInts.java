package social.rapport.graph;

import java.util.Arrays;

/**
 * Operations on sorted, duplicate-free int arrays. The graph keeps every adjacency list in this
 * form because it is the most compact layout (4 bytes per edge) and still answers membership in
 * O(log n) and intersections in linear or galloping time.
 */
final class SortedInts {
    static final int[] EMPTY = new int[0];

    /** Past this size ratio a galloping search beats a linear merge. */
    private static final int GALLOP_RATIO = 16;

    private SortedInts() {}

    static boolean contains(int[] list, int value) {
        return Arrays.binarySearch(list, value) >= 0;
    }

    /** Returns a new array with value inserted, or the same array when it was already present. */
    static int[] with(int[] list, int value) {
        int at = Arrays.binarySearch(list, value);
        if (at >= 0) {
            return list;
        }
        int insertAt = -at - 1;
        int[] copy = new int[list.length + 1];
        System.arraycopy(list, 0, copy, 0, insertAt);
        copy[insertAt] = value;
        System.arraycopy(list, insertAt, copy, insertAt + 1, list.length - insertAt);
        return copy;
    }

    /** Returns a new array without value, or the same array when it was absent. */
    static int[] without(int[] list, int value) {
        int at = Arrays.binarySearch(list, value);
        if (at < 0) {
            return list;
        }
        if (list.length == 1) {
            return EMPTY;
        }
        int[] copy = new int[list.length - 1];
        System.arraycopy(list, 0, copy, 0, at);
        System.arraycopy(list, at + 1, copy, at, list.length - at - 1);
        return copy;
    }

    /** The sorted intersection of two sorted lists. */
    static int[] intersect(int[] a, int[] b) {
        if (a.length > b.length) {
            int[] swap = a;
            a = b;
            b = swap;
        }
        int[] out = new int[a.length];
        int count = 0;
        if ((long) a.length * GALLOP_RATIO < b.length) {
            int from = 0;
            for (int value : a) {
                int at = gallop(b, from, value);
                if (at < b.length && b[at] == value) {
                    out[count++] = value;
                    from = at + 1;
                } else {
                    from = at;
                }
                if (from >= b.length) {
                    break;
                }
            }
        } else {
            int i = 0;
            int j = 0;
            while (i < a.length && j < b.length) {
                if (a[i] < b[j]) {
                    i++;
                } else if (a[i] > b[j]) {
                    j++;
                } else {
                    out[count++] = a[i];
                    i++;
                    j++;
                }
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    /** The smallest common element of two sorted lists, or -1 when they are disjoint. */
    static int firstCommon(int[] a, int[] b) {
        if (a.length > b.length) {
            int[] swap = a;
            a = b;
            b = swap;
        }
        int from = 0;
        for (int value : a) {
            int at = gallop(b, from, value);
            if (at >= b.length) {
                return -1;
            }
            if (b[at] == value) {
                return value;
            }
            from = at;
        }
        return -1;
    }

    /**
     * The first index at or after from whose element is >= value (b.length when none), found by
     * doubling steps then a binary search, so skipping far ahead costs O(log distance).
     */
    static int gallop(int[] b, int from, int value) {
        int step = 1;
        int low = from;
        int high = from;
        while (high < b.length && b[high] < value) {
            low = high + 1;
            high = from + step;
            step <<= 1;
        }
        if (high > b.length) {
            high = b.length;
        }
        int at = Arrays.binarySearch(b, low, high, value);
        return at >= 0 ? at : -at - 1;
    }
}
