package social.rapport.status;

import java.time.Duration;
import social.rapport.core.Repeating;
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

    private final ScheduledStatuses scheduled;
    private final Polls polls;
    private Repeating runner;

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
        runner = Repeating.start("rapport-post-jobs", "due posts and polls", Duration.ZERO, EVERY, this::runDue);
    }

    @Override
    public synchronized void close() {
        // A due post being published finishes with its reactions (the search index among them) before
        // the database closes; interrupting it midway would break the index writer under it.
        if (runner != null) runner.stopAfterRun(Duration.ofSeconds(10));
    }
}
