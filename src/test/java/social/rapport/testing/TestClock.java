package social.rapport.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves by hand, so windows, cooldowns, expiry and refill are checked exactly and
 * without sleeping. It starts at a fixed instant unless the test names another.
 */
public final class TestClock extends Clock {
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private volatile Instant now;

    public TestClock() {
        this(START);
    }

    public TestClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
