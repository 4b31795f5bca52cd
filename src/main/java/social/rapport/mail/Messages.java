package social.rapport.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Builds a queued mail as a MIME message: plain UTF-8 text, with the Message-ID fixed when it was queued. */
final class Messages {
    private Messages() {}

    static MimeMessage build(Session session, String from, MailQueue.Queued q, long createdAt)
            throws MessagingException {
        MimeMessage m = new FixedIdMessage(session, q.messageId());
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(q.to(), true));
        m.setSubject(q.subject(), StandardCharsets.UTF_8.name());
        m.setText(q.body(), StandardCharsets.UTF_8.name());
        m.setSentDate(new Date(createdAt));
        m.setHeader("Auto-Submitted", "auto-generated");
        m.saveChanges();
        return m;
    }

    /** MimeMessage makes a new Message-ID on every save; a mail sent again must keep its first one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
