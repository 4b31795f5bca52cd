package social.rapport.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends through an SMTP server with Jakarta Mail (Eclipse Angus Mail). STARTTLS is required when
 * chosen, never merely tried, and the server's certificate must name its host.
 */
final class SmtpTransport implements MailTransport {
    private static final String TIMEOUT_MS = "20000";
    private final Session session;

    SmtpTransport(MailSettings s) {
        Properties p = new Properties();
        String proto = s.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", proto);
        p.put("mail." + proto + ".host", s.host());
        p.put("mail." + proto + ".port", Integer.toString(s.port()));
        p.put("mail." + proto + ".connectiontimeout", TIMEOUT_MS);
        p.put("mail." + proto + ".timeout", TIMEOUT_MS);
        p.put("mail." + proto + ".writetimeout", TIMEOUT_MS);
        p.put("mail." + proto + ".auth", Boolean.toString(s.username() != null));
        p.put("mail." + proto + ".from", s.from());
        if (s.security() == MailSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (s.security() != MailSettings.Security.NONE) {
            p.put("mail." + proto + ".ssl.checkserveridentity", "true");
        }
        Authenticator auth = s.username() == null
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(s.username(), s.password() == null ? "" : s.password());
                    }
                };
        this.session = Session.getInstance(p, auth);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void deliver(MimeMessage message) throws MessagingException {
        Transport.send(message);
    }

    /** A 5xx answer to the recipient or the message is final; anything else (4xx, no answer) is tried again. */
    @Override
    public boolean permanent(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a) return a.getReturnCode() >= 500;
            if (x instanceof SMTPSendFailedException f) return f.getReturnCode() >= 500;
            if (x instanceof SendFailedException sf
                    && sf.getInvalidAddresses() != null
                    && sf.getInvalidAddresses().length > 0
                    && sf.getNextException() == null) return true;
        }
        return false;
    }
}
