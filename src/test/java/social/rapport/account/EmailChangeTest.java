package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.mail.MailTesting;
import social.rapport.testing.Http;
import social.rapport.testing.MailCatcher;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/** Changing one's email address confirms the new address through a mailed link and tells the old one. */
@RapportServer
class EmailChangeTest {
    TestServer server;
    Http http;
    MailCatcher smtp = new MailCatcher();

    @Person
    User ana, ben;

    @ServerConfig
    Config config(Config c) {
        return smtp.configure(c);
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    private Http.Res change(String password, String email) {
        return http.postJson("/api/v1/rapport/email", ana.token(), map("password", password, "email", email));
    }

    private String email() {
        return server.app()
                .db()
                .read(h -> server.app().accounts().byId(h, ana.id()))
                .orElseThrow()
                .email();
    }

    private static MimeMessage to(List<MimeMessage> mails, String address) {
        return mails.stream()
                .filter(m -> MailCatcher.to(m).equals(address))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_new_address_is_used_once_its_link_is_and_the_old_one_is_told_both_times() {
        assertThat(change(TestUsers.PASSWORD, "ana.new@example.org").status()).isEqualTo(202);
        List<MimeMessage> asked = smtp.await(2);
        assertThat(MailCatcher.subject(to(asked, "ana@example.org"))).contains("A new email address was asked");
        String link = MailCatcher.link(to(asked, "ana.new@example.org"), "http://localhost:");
        link = link.substring(link.indexOf("/auth/"));
        assertThat(email()).isEqualTo("ana@example.org");

        PageClient b = new PageClient(server);
        String token = java.net.URLDecoder.decode(
                link.substring(link.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
        Http.Res done = b.submit(link, "/auth/confirm", Map.of("token", token));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/settings?notice=email-changed");
        assertThat(email()).isEqualTo("ana.new@example.org");
        List<MimeMessage> all = smtp.await(3);
        assertThat(all.stream().filter(m -> MailCatcher.to(m).equals("ana@example.org")))
                .extracting(MailCatcher::subject)
                .anySatisfy(s -> assertThat(s).contains("was changed"));
        assertThat(b.get(link).status()).isEqualTo(404);
        assertThat(new PageClient(server)
                        .submit(
                                "/auth/sign_in",
                                "/auth/sign_in",
                                Map.of("login", "ana.new@example.org", "password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(303);
    }

    @Test
    void a_wrong_password_or_a_bad_address_changes_nothing_and_sends_nothing() {
        assertThat(change("not the right password", "ana.new@example.org").status())
                .isEqualTo(422);
        assertThat(change(TestUsers.PASSWORD, "no address").status()).isEqualTo(422);
        assertThat(change(TestUsers.PASSWORD, "ANA@example.org").status()).isEqualTo(422);
        MailTesting.drained(server);
        assertThat(smtp.received()).isEmpty();
        assertThat(email()).isEqualTo("ana@example.org");
    }

    @Test
    void someone_elses_address_is_answered_alike_and_gets_no_link() {
        assertThat(change(TestUsers.PASSWORD, "ben@example.org").status()).isEqualTo(202);
        smtp.await(1);
        MailTesting.drained(server);
        assertThat(smtp.received()).extracting(MailCatcher::to).containsExactly("ana@example.org");
        assertThat(email()).isEqualTo("ana@example.org");
    }
}
