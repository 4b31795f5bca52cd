package social.rapport.mail;

import java.time.Duration;
import social.rapport.testing.TestServer;

/** Waiting for the mail queue, for tests of features that send mail. */
public final class MailTesting {
    private MailTesting() {}

    /** Waits for the sender that is handing the last mail over to delete it from the queue. */
    public static void drained(TestServer server) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server.app().db().read(h -> server.app().mailer().queue().waiting(h)) > 0) {
            if (System.nanoTime() > until) throw new AssertionError("mail still waiting to be sent");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
