package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.MailCatcher;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/** "Forgot your password?" from the sign-in page to signing in with the new one, without JavaScript. */
@RapportServer
class PasswordResetPagesTest {
    static final String NEW = "a fresh reset password 91";
    TestServer server;
    MailCatcher smtp = new MailCatcher();

    @Person
    User ana;

    @ServerConfig
    Config config(Config c) {
        return smtp.configure(c);
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/auth/"));
    }

    @Test
    void a_forgotten_password_is_reset_through_the_pages_with_the_mailed_link() {
        PageClient b = new PageClient(server);
        assertThat(b.get("/auth/sign_in").body()).contains("href=\"/auth/password/forgot\"");
        assertThat(b.get("/auth/password/forgot").body()).contains("name=\"email\"");

        Http.Res asked = b.submit("/auth/password/forgot", "/auth/password/forgot", Map.of("email", "ana@example.org"));
        assertThat(asked.status()).isEqualTo(303);
        assertThat(asked.header("Location")).isEqualTo("/auth/sign_in?notice=reset-sent");
        assertThat(b.follow(asked).body()).contains("If that address belongs to an account here");
        Http.Res unknown =
                b.submit("/auth/password/forgot", "/auth/password/forgot", Map.of("email", "nobody@example.org"));
        assertThat(unknown.status()).isEqualTo(303);
        assertThat(unknown.header("Location")).isEqualTo(asked.header("Location"));
        assertThat(b.submit("/auth/password/forgot", "/auth/password/forgot", Map.of("email", "nonsense"))
                        .status())
                .isEqualTo(422);

        String link = path(MailCatcher.link(smtp.await(1).get(0), "http://localhost:"));
        String token = URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
        Http.Res form = b.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"password\"", "value=\"" + token + "\"");

        Http.Res weak = b.submit(link, "/auth/password/reset", Map.of("token", token, "password", "short"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.body()).contains("name=\"token\"");
        Http.Res done = b.submit(link, "/auth/password/reset", Map.of("token", token, "password", NEW));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/auth/sign_in?notice=password-reset");

        Http.Res used = b.get(link);
        assertThat(used.status()).isEqualTo(404);
        assertThat(used.body()).contains("invalid, used or expired").contains("href=\"/auth/password/forgot\"");
        assertThat(b.get("/auth/password/reset?token=made-up").status()).isEqualTo(404);
        assertThat(new PageClient(server)
                        .submit(
                                "/auth/sign_in",
                                "/auth/sign_in",
                                Map.of("login", "ana", "password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(401);
        assertThat(new PageClient(server)
                        .submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", NEW))
                        .status())
                .isEqualTo(303);
    }
}
