package social.rapport.status;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.status.poll.Polls;
import social.rapport.status.schedule.ScheduledStatuses;

/**
 * The posts' work that comes due with time: publishing scheduled posts and announcing ended polls.
 * Each claims its rows in the database, so several servers may run it at once and every row is
 * handled once; a run that fails is run again at the next tick.
 */
public final class PostJobs implements AutoCloseable {
    /** How often due work is looked for: a scheduled post or an ended poll waits about this long. */
    static final Duration EVERY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(PostJobs.class);
    private final ScheduledStatuses scheduled;
    private final Polls polls;
    private ScheduledExecutorService runner;

    PostJobs(ScheduledStatuses scheduled, Polls polls) {
        this.scheduled = scheduled;
        this.polls = polls;
    }

    /** Publishes the due scheduled posts, then announces the ended polls (theirs included). */
    public void runDue() {
        scheduled.publishDue();
        polls.closeDue();
    }

    public synchronized void start() {
        if (runner != null) return;
        runner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rapport-post-jobs");
            t.setDaemon(true);
            return t;
        });
        runner.scheduleWithFixedDelay(
                () -> {
                    try {
                        runDue();
                    } catch (RuntimeException e) {
                        LOG.error("due posts and polls failed; they run again in {}", EVERY, e);
                    }
                },
                0,
                EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (runner != null) runner.shutdownNow();
    }
}
