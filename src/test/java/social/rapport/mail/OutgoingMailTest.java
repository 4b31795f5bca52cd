package social.rapport.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.MailCatcher;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;

/** Mail queued in a transaction goes out through a real SMTP server, once, crash or not. */
@RapportServer
class OutgoingMailTest {
    TestServer server;
    TestClock clock = new TestClock(Instant.parse("2026-03-14T12:00:00Z"));
    MailCatcher smtp = new MailCatcher();

    @ServerConfig
    Config config(Config c) {
        return smtp.configure(c);
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    private Mailer mailer() {
        return server.app().mailer();
    }

    private void queue(Mail... mails) {
        server.app().db().writeVoid(tx -> {
            for (Mail m : mails) mailer().queue().add(tx, m);
        });
    }

    private int waiting() {
        return server.app().db().read(h -> mailer().queue().waiting(h));
    }

    @Test
    void a_queued_mail_goes_out_signed_in_with_the_configured_sender_and_utf8_text() throws Exception {
        queue(new Mail("ana@example.org", "Grüße from Rapport", "Hello Ana,\nthe tea is ready: 茶\n"));

        MimeMessage m = smtp.await(1).get(0);
        assertThat(MailCatcher.to(m)).isEqualTo("ana@example.org");
        assertThat(m.getFrom()[0].toString()).isEqualTo(MailCatcher.FROM);
        assertThat(m.getSubject()).isEqualTo("Grüße from Rapport");
        assertThat(m.getContent().toString().replace("\r\n", "\n").strip())
                .isEqualTo("Hello Ana,\nthe tea is ready: 茶");
        assertThat(m.getMessageID()).endsWith("@localhost>");
        assertThat(mailer().smtp()).isTrue();
        assertThat(mailer().written(10)).isEmpty();
        MailTesting.drained(server);
    }

    @Test
    void a_mail_queued_in_a_transaction_that_rolls_back_is_never_sent() {
        assertThatThrownBy(() -> server.app().db().writeVoid(tx -> {
                    mailer().queue().add(tx, new Mail("ana@example.org", "never", "rolled back"));
                    throw new IllegalStateException("the change failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        queue(new Mail("ben@example.org", "after", "this one"));

        smtp.await(1);
        MailTesting.drained(server);
        assertThat(smtp.received()).extracting(MailCatcher::subject).containsExactly("after");
    }

    @Test
    void senders_running_at_once_send_each_mail_exactly_once() throws Exception {
        List<Mail> mails = new ArrayList<>();
        for (int i = 0; i < 12; i++) mails.add(new Mail("p" + i + "@example.org", "mail " + i, "body " + i));
        queue(mails.toArray(Mail[]::new));

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(mailer()::sendDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(mailer()::sendDue);
        one.get();
        two.get();
        smtp.await(12);
        MailTesting.drained(server);
        List<MimeMessage> got = smtp.received();
        assertThat(got).hasSize(12);
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : got) ids.add(m.getMessageID());
        assertThat(ids).hasSize(12);
        assertThat(got).extracting(MailCatcher::subject).doesNotHaveDuplicates();
    }

    @Test
    void with_the_smtp_server_down_the_mail_waits_across_a_restart_and_goes_out_once_it_is_back() {
        int port = smtp.port();
        smtp.stop();
        queue(new Mail("ana@example.org", "kept", "through a restart"));
        mailer().sendDue(); // refused: tried again in 30 s
        assertThat(waiting()).isEqualTo(1);

        server.restart();
        smtp = new MailCatcher(port);
        assertThat(waiting()).isEqualTo(1);
        clock.advance(MailSender.FIRST_RETRY.plus(Duration.ofSeconds(1)));

        List<MimeMessage> got = smtp.await(1);
        MailTesting.drained(server);
        assertThat(got).extracting(MailCatcher::subject).containsExactly("kept");
        assertThat(smtp.received()).hasSize(1);
    }
}
