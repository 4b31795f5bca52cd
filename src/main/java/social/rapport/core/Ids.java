package social.rapport.core;

import java.time.Clock;

/**
 * Time-ordered 64-bit ids for posts and other rows that are listed newest first:
 * milliseconds since the epoch shifted left 16 bits, plus a sequence within the millisecond.
 */
public final class Ids {
    private final Clock clock;
    private long last;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public synchronized long next() {
        long candidate = clock.millis() << 16;
        last = candidate > last ? candidate : last + 1;
        return last;
    }

    /** The smallest id that could have been made at the given millisecond. */
    public static long floorOf(long epochMillis) {
        return epochMillis << 16;
    }

    /** Parses a public id, answering -1 for anything that is not a plain non-negative number. */
    public static long parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 19) return -1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return -1;
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
