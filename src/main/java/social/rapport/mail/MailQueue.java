package social.rapport.mail;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/**
 * The queue of outgoing mail. A use case calls {@link #add} inside its own transaction, so the mail is
 * queued exactly when its change commits; {@link MailSender} sends what is queued.
 */
public final class MailQueue {
    record Queued(long id, String to, String subject, String body, String messageId, int attempts, long nextAt) {}

    private final String domain;

    public MailQueue(String domain) {
        this.domain = domain;
    }

    /** Queues a mail in the caller's transaction; it goes out only if that transaction commits. */
    public void add(Tx tx, Mail mail) {
        String messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
        tx.handle()
                .createUpdate("INSERT INTO mail_queue (to_address, subject, body, message_id, attempts, next_at,"
                        + " created_at) VALUES (:to, :s, :b, :m, 0, :t, :t)")
                .bind("to", mail.to())
                .bind("s", mail.subject())
                .bind("b", mail.body())
                .bind("m", messageId)
                .bind("t", tx.now())
                .execute();
    }

    /** How many mails wait to be sent. */
    public int waiting(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM mail_queue")
                .mapTo(Integer.class)
                .one();
    }

    List<Queued> due(Handle h, long now, int limit) {
        return h.createQuery("SELECT id, to_address, subject, body, message_id, attempts, next_at FROM mail_queue"
                        + " WHERE next_at <= :now ORDER BY next_at, id LIMIT :n")
                .bind("now", now)
                .bind("n", limit)
                .map((rs, ctx) -> new Queued(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getLong(7)))
                .list();
    }

    /**
     * Claims a due mail until `until` and counts the attempt; false when another sender claimed it
     * first (the conditional UPDATE sees the row's `next_at` moved).
     */
    boolean claim(Tx tx, Queued q, long until) {
        return tx.handle()
                        .createUpdate("UPDATE mail_queue SET next_at = :u, attempts = attempts + 1"
                                + " WHERE id = :id AND next_at = :was")
                        .bind("u", until)
                        .bind("id", q.id())
                        .bind("was", q.nextAt())
                        .execute()
                == 1;
    }

    void retryAt(Tx tx, long id, long at) {
        tx.handle()
                .createUpdate("UPDATE mail_queue SET next_at = :t WHERE id = :id")
                .bind("t", at)
                .bind("id", id)
                .execute();
    }

    void done(Tx tx, long id) {
        tx.handle()
                .createUpdate("DELETE FROM mail_queue WHERE id = :id")
                .bind("id", id)
                .execute();
    }
}
