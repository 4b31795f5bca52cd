package social.rapport.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import social.rapport.store.Database;

/**
 * Outgoing mail: the queue that use cases write to in their transactions, and its sender, through
 * SMTP when the configuration names a server, else into .eml files in the data folder.
 */
public final class Mailer implements AutoCloseable {
    /** How often the queue is looked at; a mail waits at most about this long. */
    static final Duration POLL = Duration.ofMillis(500);

    private final MailQueue queue;
    private final MailSender sender;
    private final EmlFolder files;
    private final Database db;

    /**
     * `smtp` null: mail is written to `emlFolder`, from rapport@ this server's host. `domain` (the
     * handles' domain, a port left out) ends the Message-IDs.
     */
    public Mailer(Database db, MailSettings smtp, Path emlFolder, String domain) {
        String host = domain.replaceFirst(":\\d+$", "");
        String fallbackFrom = "rapport@" + host;
        this.db = db;
        this.queue = new MailQueue(host);
        this.files = smtp == null ? new EmlFolder(emlFolder) : null;
        MailTransport transport = smtp == null ? files : new SmtpTransport(smtp);
        this.sender = new MailSender(db, queue, transport, smtp == null ? fallbackFrom : smtp.from());
    }

    public MailQueue queue() {
        return queue;
    }

    /** Whether mail goes through an SMTP server (false: it is written to the data folder). */
    public boolean smtp() {
        return files == null;
    }

    /** The mails written to the data folder, newest first (none when SMTP sends them). */
    public List<EmlFolder.Written> written(int limit) {
        return files == null ? List.of() : files.list(limit);
    }

    /** How many mails wait to be sent. */
    public int waiting() {
        return db.read(queue::waiting);
    }

    /** Sends what is due now, on the caller's thread (the sender does it every half second anyway). */
    public int sendDue() {
        return sender.sendDue();
    }

    public void start() {
        sender.startEvery(POLL);
    }

    @Override
    public void close() {
        sender.close();
    }
}
