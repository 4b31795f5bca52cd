package social.rapport.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.core.Repeating;
import social.rapport.store.Database;

/**
 * Sends the queued mail. Each mail is claimed (a conditional UPDATE that also counts the attempt)
 * and that claim committed before it is handed to the transport, so two servers never send one mail
 * at once; it is deleted once the transport took it. A sender that dies after the SMTP server took a
 * mail and before the delete sends it again when the claim runs out, with the same Message-ID. A
 * refusal for good drops the mail; anything else is tried again after twice as long each time.
 */
final class MailSender implements AutoCloseable {
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LAST_RETRY = Duration.ofHours(2);
    static final int MAX_ATTEMPTS = 10;
    /** How long a claimed mail is left alone: a sender that died while sending has it tried again. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    private static final int BATCH = 20;

    private final Database db;
    private final MailQueue queue;
    private final MailTransport transport;
    private final String from;
    private Repeating runner;
    private volatile boolean stopping;

    MailSender(Database db, MailQueue queue, MailTransport transport, String from) {
        this.db = db;
        this.queue = queue;
        this.transport = transport;
        this.from = from;
    }

    synchronized void startEvery(Duration every) {
        if (runner != null) return;
        runner = Repeating.start("rapport-mail", "sending mail", Duration.ZERO, every, this::sendDue);
    }

    /** Sends every mail that is due; answers how many were handed over or dropped. */
    int sendDue() {
        int handled = 0;
        while (!stopping) {
            long now = db.clock().millis();
            List<MailQueue.Queued> due = db.read(h -> queue.due(h, now, BATCH));
            for (MailQueue.Queued q : due) {
                if (stopping) return handled;
                if (!db.write(tx -> queue.claim(tx, q, now + LEASE.toMillis()))) continue;
                if (send(q, now)) handled++;
            }
            if (due.size() < BATCH) break;
        }
        return handled;
    }

    private boolean send(MailQueue.Queued q, long now) {
        int attempt = q.attempts() + 1;
        try {
            MimeMessage m = Messages.build(transport.session(), from, q, now);
            transport.deliver(m);
        } catch (MessagingException e) {
            if (transport.permanent(e) || attempt >= MAX_ATTEMPTS) {
                LOG.error("mail {} to {} given up after {} attempts: {}", q.id(), q.to(), attempt, e.getMessage());
                db.writeVoid(tx -> queue.done(tx, q.id()));
                return true;
            }
            long delay = Math.min(FIRST_RETRY.toMillis() << Math.min(attempt - 1, 20), LAST_RETRY.toMillis());
            LOG.warn("mail {} not sent ({}); tried again in {} s", q.id(), e.getMessage(), delay / 1000);
            db.writeVoid(tx -> queue.retryAt(tx, q.id(), now + delay));
            return false;
        }
        db.writeVoid(tx -> queue.done(tx, q.id()));
        return true;
    }

    @Override
    public synchronized void close() {
        stopping = true;
        if (runner != null) runner.stop(Duration.ofSeconds(5));
    }
}
