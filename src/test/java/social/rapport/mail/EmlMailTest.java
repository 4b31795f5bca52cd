package social.rapport.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * With no SMTP server configured, mail is written as .eml files in the data folder's `mail` folder,
 * once per mail even when written again, and listed on the administrators' mail page.
 */
@RapportServer
class EmlMailTest {
    TestServer server;
    Scene scene;

    @Person
    TestUsers.User ana;

    private Path folder() {
        return server.app().config().mailFolder();
    }

    private List<Path> files() throws Exception {
        if (!Files.isDirectory(folder())) return List.of();
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.toString().endsWith(".eml")).toList();
        }
    }

    @Test
    void a_reset_link_is_written_to_the_data_folder_and_listed_for_administrators_only() throws Exception {
        assertThat(server.app().mailer().smtp()).isFalse();
        assertThat(server.http()
                        .postJson("/api/v1/rapport/password/reset", null, Http.map("email", "ana@example.org"))
                        .status())
                .isEqualTo(202);
        MailTesting.drained(server);

        List<Path> written = files();
        assertThat(written).hasSize(1);
        MimeMessage m;
        try (InputStream in = Files.newInputStream(written.get(0))) {
            m = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ana@example.org");
        assertThat(m.getFrom()[0].toString()).isEqualTo("rapport@localhost");
        assertThat(m.getContent().toString()).contains("/auth/password/reset?token=");

        TestUsers.create(server.app(), "root", "admin");
        Http.Res page = scene.signedIn("root").get("/admin/mail");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "ana@example.org",
                        "Reset your password on localhost",
                        written.get(0).getFileName().toString());
        assertThat(scene.signedIn("ana").get("/admin/mail").status()).isEqualTo(404);
    }

    @Test
    void a_mail_written_again_after_a_crash_replaces_its_file() throws Exception {
        EmlFolder eml = new EmlFolder(folder());
        MailQueue.Queued q =
                new MailQueue.Queued(7, "ben@example.org", "once", "only once", "<fixed-7@localhost>", 0, 0);
        eml.deliver(Messages.build(eml.session(), "rapport@localhost", q, 0));
        eml.deliver(Messages.build(eml.session(), "rapport@localhost", q, 0));

        assertThat(files()).extracting(p -> p.getFileName().toString()).containsExactly("fixed-7localhost.eml");
        assertThat(eml.list(10)).extracting(EmlFolder.Written::subject).containsExactly("once");
    }
}
