package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
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
import social.rapport.testing.Scene;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * In the open mode, a sign-up waits until its address is confirmed through a link mailed to it
 * (valid 24 hours, once); an address that is already a member's is answered like a fresh one, and
 * the member is told by mail instead.
 */
@RapportServer
class EmailConfirmationTest {
    static final String PASSWORD = "a long sign up password 64";
    TestServer server;
    Http http;
    Scene scene;
    TestClock clock = new TestClock(Instant.parse("2026-03-14T12:00:00Z"));
    MailCatcher smtp = new MailCatcher();

    @Person
    User ana;

    @ServerConfig
    Config config(Config c) {
        return smtp.configure(c).withConfirmEmail(true);
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    private Http.Res signUp(PageClient b, String handle, String email) {
        return b.submit(
                "/auth/sign_up",
                "/auth/sign_up",
                Map.of("username", handle, "email", email, "password", PASSWORD, "agreement", "true"));
    }

    private Http.Res signIn(String login) {
        return new PageClient(server)
                .submit("/auth/sign_in", "/auth/sign_in", Map.of("login", login, "password", PASSWORD));
    }

    private static String path(MimeMessage m) {
        String link = MailCatcher.link(m, "http://localhost:");
        return link.substring(link.indexOf("/auth/"));
    }

    private static String token(String path) {
        return java.net.URLDecoder.decode(
                path.substring(path.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void a_sign_up_is_let_in_once_its_address_is_confirmed_with_the_mailed_link() {
        PageClient b = new PageClient(server);
        Http.Res signedUp = signUp(b, "dora", "dora@example.org");
        assertThat(signedUp.status()).isEqualTo(303);
        assertThat(signedUp.header("Location")).isEqualTo("/auth/sign_in?notice=confirm-sent");
        assertThat(b.follow(signedUp).body()).contains("we sent a link to your email address");
        assertThat(http.get("/api/v1/accounts/lookup?acct=dora").status()).isEqualTo(404);
        Http.Res early = signIn("dora");
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.body()).contains("Confirm your email address first");

        MimeMessage m = smtp.await(1).get(0);
        assertThat(MailCatcher.to(m)).isEqualTo("dora@example.org");
        assertThat(MailCatcher.body(m)).contains("@dora", "within 24 hours");
        String link = path(m);
        assertThat(b.get(link).status()).isEqualTo(200);
        assertThat(b.get(link).body()).contains("Confirm my address"); // opening it twice changes nothing
        assertThat(signIn("dora").status()).isEqualTo(403);

        Http.Res confirmed = b.submit(link, "/auth/confirm", Map.of("token", token(link)));
        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(confirmed.header("Location")).isEqualTo("/auth/sign_in?notice=confirmed");
        assertThat(signIn("dora").status()).isEqualTo(303);
        assertThat(http.get("/api/v1/accounts/lookup?acct=dora").status()).isEqualTo(200);
        assertThat(b.get(link).status()).isEqualTo(404);
        assertThat(b.submit("/auth/sign_in", "/auth/confirm", Map.of("token", token(link)))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_members_address_gets_the_same_answer_and_the_member_a_notice() {
        Http.Res fresh = signUp(new PageClient(server), "dora", "dora@example.org");
        Http.Res taken = signUp(new PageClient(server), "newbie", "ANA@example.org");

        assertThat(taken.status()).isEqualTo(fresh.status());
        assertThat(taken.header("Location")).isEqualTo(fresh.header("Location"));
        assertThat(taken.body()).isEqualTo(fresh.body());
        List<MimeMessage> mails = smtp.await(2);
        MailTesting.drained(server);
        assertThat(smtp.received()).hasSize(2);
        MimeMessage notice = mails.stream()
                .filter(m -> MailCatcher.to(m).equals("ana@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(MailCatcher.subject(notice)).contains("Someone tried to sign up");
        assertThat(MailCatcher.body(notice))
                .contains("@ana", "/auth/password/forgot")
                .doesNotContain("token=");
        java.util.Optional<Account> newbie =
                server.app().db().read(h -> server.app().accounts().byHandle(h, "newbie"));
        assertThat(newbie).isEmpty();
    }

    @Test
    void a_link_expires_after_24_hours() {
        signUp(new PageClient(server), "dora", "dora@example.org");
        String link = path(smtp.await(1).get(0));
        clock.advance(ConfirmEmail.VALID.plus(Duration.ofSeconds(1)));

        PageClient b = new PageClient(server);
        assertThat(b.get(link).status()).isEqualTo(404);
        assertThat(b.submit("/auth/sign_in", "/auth/confirm", Map.of("token", token(link)))
                        .status())
                .isEqualTo(404);
        assertThat(signIn("dora").status()).isEqualTo(403);
    }

    @Test
    void an_apps_sign_up_token_works_once_the_address_is_confirmed() {
        Scene.AppToken app = scene.appToken("read write", "read write");
        Http.Res made = http.postJson(
                "/api/v1/accounts",
                app.token(),
                Http.map("username", "dora", "email", "dora@example.org", "password", PASSWORD, "agreement", true));
        assertThat(made.status()).isEqualTo(200);
        String token = made.json().get("access_token").asText();
        Http.Res before = http.get("/api/v1/accounts/verify_credentials", token);
        assertThat(before.status()).isEqualTo(403);
        assertThat(before.body()).contains("missing a confirmed e-mail address");

        String link = path(smtp.await(1).get(0));
        new PageClient(server).submit(link, "/auth/confirm", Map.of("token", token(link)));
        assertThat(http.get("/api/v1/accounts/verify_credentials", token).status())
                .isEqualTo(200);
    }
}
