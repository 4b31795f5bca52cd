package social.rapport.relation;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import social.rapport.graph.SocialGraph;

/**
 * Answers "has the muter muted this account right now?": the graph holds the mute, this holds when
 * a mute with an expiry ends, so an expired mute stops hiding anything without a write.
 */
public final class MuteClock {
    private final SocialGraph graph;
    private final Clock clock;
    private final Map<Long, Long> expiries = new ConcurrentHashMap<>();

    public MuteClock(SocialGraph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    private static long key(int muter, int muted) {
        return ((long) muter << 32) | (muted & 0xffffffffL);
    }

    void set(int muter, int muted, long expiresAt) {
        if (expiresAt > 0) expiries.put(key(muter, muted), expiresAt);
        else expiries.remove(key(muter, muted));
    }

    void clear(int muter, int muted) {
        expiries.remove(key(muter, muted));
    }

    /** For timelines and notifications: hide the muted account's activity from the muter. */
    public boolean isMuted(int muter, int muted) {
        if (!graph.isMuted(muter, muted)) return false;
        Long end = expiries.get(key(muter, muted));
        return end == null || end > clock.millis();
    }
}
