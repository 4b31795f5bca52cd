package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.MailCatcher;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * A forgotten password in headless Chromium: from the sign-in page's link to signing in with the new
 * password, the link read from the mail a real SMTP server received.
 */
@RapportServer(sqliteOnly = true)
class PasswordResetBrowserTest {
    static final String NEW = "a fresh reset password 91";
    TestServer server;
    Story story;
    MailCatcher smtp = new MailCatcher();

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    @ServerConfig
    Config config(Config c) {
        return smtp.configure(c);
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    @Test
    void a_forgotten_password_is_reset_with_the_mailed_link() {
        story.person("ana");
        try (Browser b = new Browser(server.baseUrl())) {
            b.open("/auth/sign_in").click("a[href='/auth/password/forgot']");
            b.waitFor("#email");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.fill("#email", "ana@example.org").click("main form button[type=submit]");
            b.waitForText(".notice", "a link to choose a new password is on its way");

            String link = MailCatcher.link(smtp.await(1).get(0), "http://localhost:");
            b.open(link.substring(link.indexOf("/auth/")));
            b.waitFor("#password");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.fill("#password", NEW).click("main form button[type=submit]");
            b.waitForText(".notice", "Your password is changed");

            b.fill("#login", "ana").fill("#password", TestUsers.PASSWORD).click("main form button[type=submit]");
            b.waitFor(".error");
            b.fill("#login", "ana").fill("#password", NEW).click("main form button[type=submit]");
            b.waitFor("form.who");
        }
    }
}
