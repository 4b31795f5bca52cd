package social.rapport.core;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background job run on its own daemon thread at a fixed delay after each run ends. A run that
 * throws is logged and the job runs again at the next turn, so one bad row never stops the queue.
 */
public final class Repeating {
    private static final Logger LOG = LoggerFactory.getLogger(Repeating.class);

    private final ScheduledExecutorService runner;

    private Repeating(ScheduledExecutorService runner) {
        this.runner = runner;
    }

    /**
     * Starts {@code job} on a thread named {@code thread}: first after {@code first}, then
     * {@code every} after each run; {@code what} names the job in the log when a run fails.
     */
    public static Repeating start(String thread, String what, Duration first, Duration every, Runnable job) {
        ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
        runner.scheduleWithFixedDelay(
                () -> {
                    try {
                        job.run();
                    } catch (RuntimeException e) {
                        LOG.error("{} failed; it runs again in {}", what, every, e);
                    }
                },
                first.toMillis(),
                every.toMillis(),
                TimeUnit.MILLISECONDS);
        return new Repeating(runner);
    }

    /** Stops at once: a run in progress is interrupted and not waited for. */
    public void stop() {
        runner.shutdownNow();
    }

    /** Stops at once: a run in progress is interrupted, and waited for {@code patience} at most. */
    public void stop(Duration patience) {
        runner.shutdownNow();
        try {
            runner.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops after the run in progress ends, waiting at most {@code patience}; past it, or when the
     * waiting thread is interrupted, the run is interrupted.
     */
    public void stopAfterRun(Duration patience) {
        runner.shutdown();
        try {
            if (!runner.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) runner.shutdownNow();
        } catch (InterruptedException e) {
            runner.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
