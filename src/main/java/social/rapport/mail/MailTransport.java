package social.rapport.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where a built message goes: an SMTP server, or a folder of .eml files. */
interface MailTransport {
    /** The mail session messages for this transport are built in. */
    Session session();

    void deliver(MimeMessage message) throws MessagingException;

    /**
     * Whether a refusal is for good (a bad address, a 5xx answer), so that trying again would not help;
     * otherwise the mail is tried again later.
     */
    default boolean permanent(MessagingException e) {
        return false;
    }
}
