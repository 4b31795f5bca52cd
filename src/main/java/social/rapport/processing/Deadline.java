package social.rapport.processing;

import java.time.Duration;
import social.rapport.core.Problem;

/** When the processing of one file must have ended; expired early when the caller stops waiting. */
public final class Deadline {
    private final long atNanos;
    private volatile boolean expired;

    private Deadline(long atNanos) {
        this.atNanos = atNanos;
    }

    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos());
    }

    public boolean passed() {
        return expired || System.nanoTime() - atNanos >= 0;
    }

    public long remainingNanos() {
        return Math.max(0, atNanos - System.nanoTime());
    }

    public void expire() {
        expired = true;
    }

    /** Throws the "too long" refusal once the deadline has passed. */
    public void check() {
        if (passed()) {
            throw tooSlow();
        }
    }

    public static Problem tooSlow() {
        return Problem.invalid("file", "The file took too long to process");
    }
}
