package social.rapport.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Circle memberships: (owner, circle id) to a sorted int[] of members. Circles are small and
 * private to their owner, so one concurrent map with copy-on-write member arrays keeps reads
 * lock-free without a per-account structure. Writers are serialised by SocialGraph.
 */
final class Circles {
    private record Key(int owner, long circleId) {}

    private final Map<Key, int[]> members = new ConcurrentHashMap<>();

    int[] members(int owner, long circleId) {
        int[] list = members.get(new Key(owner, circleId));
        return list == null ? SortedInts.EMPTY : list;
    }

    boolean add(int owner, long circleId, int member) {
        Key key = new Key(owner, circleId);
        int[] before = members.getOrDefault(key, SortedInts.EMPTY);
        int[] after = SortedInts.with(before, member);
        if (after == before) {
            return false;
        }
        members.put(key, after);
        return true;
    }

    boolean remove(int owner, long circleId, int member) {
        Key key = new Key(owner, circleId);
        int[] before = members.getOrDefault(key, SortedInts.EMPTY);
        int[] after = SortedInts.without(before, member);
        if (after == before) {
            return false;
        }
        // An emptied circle still exists for its owner; only deleteCircle forgets it.
        members.put(key, after);
        return true;
    }

    void delete(int owner, long circleId) {
        members.remove(new Key(owner, circleId));
    }

    /**
     * Forgets the account as owner and as member. This scans every circle, which is acceptable
     * because removing an account is rare and a reverse index would cost memory on every member.
     */
    void removeAccount(int account) {
        members.keySet().removeIf(key -> key.owner() == account);
        for (Map.Entry<Key, int[]> entry : members.entrySet()) {
            int[] after = SortedInts.without(entry.getValue(), account);
            if (after != entry.getValue()) {
                entry.setValue(after);
            }
        }
    }

    long estimatedBytes() {
        long total = 0;
        for (int[] list : members.values()) {
            // map node + key record + array
            total += 32 + 24 + ((16 + 4L * list.length + 7) & ~7L);
        }
        return total;
    }
}
