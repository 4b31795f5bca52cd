package social.rapport.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import social.rapport.app.Config;
import social.rapport.mail.MailSettings;

/**
 * A real SMTP server (GreenMail) on a free port that keeps what it receives, for tests of outgoing
 * mail. It asks the server to sign in as {@link #USER}.
 */
public final class MailCatcher implements AutoCloseable {
    public static final String USER = "rapport";
    public static final String PASSWORD = "smtp secret";
    public static final String FROM = "rapport@mail.example";
    private static final long WAIT_MS = 20_000;
    private final GreenMail smtp;

    public MailCatcher() {
        this(new GreenMail(ServerSetupTest.SMTP.dynamicPort()));
    }

    /** On a given port (a server that comes back where it was). */
    public MailCatcher(int port) {
        this(new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
    }

    private MailCatcher(GreenMail smtp) {
        this.smtp = smtp;
        smtp.withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD));
        smtp.start();
    }

    public int port() {
        return smtp.getSmtp().getPort();
    }

    /** The configuration with mail sent here. */
    public Config configure(Config c) {
        return c.withMail(new MailSettings("127.0.0.1", port(), MailSettings.Security.NONE, USER, PASSWORD, FROM));
    }

    /** Waits until `count` mails in all have arrived and answers them all (fails when they do not come). */
    public List<MimeMessage> await(int count) {
        if (!smtp.waitForIncomingEmail(WAIT_MS, count)) {
            throw new AssertionError("expected " + count + " mails, got " + smtp.getReceivedMessages().length);
        }
        return List.of(smtp.getReceivedMessages());
    }

    /** What has arrived so far. */
    public List<MimeMessage> received() {
        return List.of(smtp.getReceivedMessages());
    }

    public static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    }

    public static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in a mail's text that starts with `prefix`. */
    public static String link(MimeMessage m, String prefix) {
        Matcher x = Pattern.compile(Pattern.quote(prefix) + "[^\\s]*").matcher(body(m));
        if (!x.find()) throw new AssertionError("no link " + prefix + " in " + body(m));
        return x.group();
    }

    public void stop() {
        smtp.stop();
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
