package social.rapport.graph;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * A viewer's reach: every account within two connection hops (connections and their
 * connections). Distance badges for a page of candidates all test against the same reach, so it
 * is built once per viewer and kept in a small cache, as LinkedIn does. Entries carry the
 * connection version they were built at; any later connection change makes them stale.
 */
final class NetworkReach {
    private record Entry(long version, RoaringBitmap reach) {}

    private final Cache<Integer, Entry> cache;

    NetworkReach(long maxCacheBytes) {
        cache = Caffeine.newBuilder()
                .maximumWeight(maxCacheBytes)
                .weigher((Integer viewer, Entry entry) ->
                        (int) Math.min(Integer.MAX_VALUE, 64 + entry.reach().getLongSizeInBytes()))
                .build();
    }

    /**
     * The version must be read before the lists are, and writers bump it after changing them:
     * then a set built while a change is in flight is stored under the older version and
     * rebuilt on the next call, never kept as current.
     */
    RoaringBitmap of(int viewer, Adjacency connections, long version) {
        Entry entry = cache.getIfPresent(viewer);
        if (entry != null && entry.version() == version) {
            return entry.reach();
        }
        RoaringBitmap reach = build(viewer, connections);
        cache.put(viewer, new Entry(version, reach));
        return reach;
    }

    boolean isCached(int viewer, long version) {
        Entry entry = cache.getIfPresent(viewer);
        return entry != null && entry.version() == version;
    }

    void invalidateAll() {
        cache.invalidateAll();
    }

    private static RoaringBitmap build(int viewer, Adjacency connections) {
        int[] friends = connections.get(viewer);
        // Each list is read once: a concurrent writer may replace it, and sizing from one read
        // while filling from another would overrun.
        int[][] lists = new int[friends.length][];
        long work = friends.length;
        for (int i = 0; i < friends.length; i++) {
            lists[i] = connections.get(friends[i]);
            work += lists[i].length;
        }
        int capacity = connections.capacity();
        // Small reaches sort a list; large ones (hubs) set bits in a plain bitset, whose cost
        // is bounded by the account count however many duplicate paths lead to an account.
        if (work < capacity / 16) {
            int[] all = new int[(int) work];
            int count = 0;
            for (int i = 0; i < friends.length; i++) {
                all[count++] = friends[i];
                for (int second : lists[i]) {
                    all[count++] = second;
                }
            }
            return RoaringBitmap.bitmapOfUnordered(Arrays.copyOf(all, count));
        }
        long[] words = new long[(capacity + 63) >>> 6];
        for (int i = 0; i < friends.length; i++) {
            setBit(words, friends[i]);
            for (int second : lists[i]) {
                setBit(words, second);
            }
        }
        return BitSetUtil.bitmapOf(words);
    }

    private static void setBit(long[] words, int account) {
        int word = account >>> 6;
        // A connection added after the capacity was read may point past it; it is newer than
        // this snapshot and will be seen after the version bump.
        if (word < words.length) {
            words[word] |= 1L << account;
        }
    }
}
