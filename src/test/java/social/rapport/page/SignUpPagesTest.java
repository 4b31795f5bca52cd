package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.account.Settings;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

@RapportServer
class SignUpPagesTest {
    static final String PASSWORD = "correct horse battery staple";

    TestServer server;

    private int accounts() {
        return server.app().db().read(server.app().accounts()::count);
    }

    @Test
    void ana_signs_up_through_the_page_and_lands_signed_in_on_home() {
        PageClient ana = new PageClient(server);
        Http.Res form = ana.get("/auth/sign_up");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains(
                        "<label for=\"username\">",
                        "<label for=\"email\">",
                        "<label for=\"password\">",
                        "Skip to main content");
        Http.Res done = ana.submit(
                "/auth/sign_up",
                "/auth/sign_up",
                Map.of("username", "ana", "email", "ana@example.org", "password", PASSWORD, "agreement", "1"));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/?notice=welcome");
        assertThat(ana.cookies()).containsKey("rapport");
        Http.Res home = ana.follow(done);
        assertThat(home.body()).contains("Welcome, ana", "Signed in as", "Welcome to Rapport.");
    }

    @Test
    void a_refused_sign_up_keeps_the_handle_and_email_but_never_the_password() {
        PageClient ana = new PageClient(server);
        Http.Res res = ana.submit(
                "/auth/sign_up",
                "/auth/sign_up",
                Map.of("username", "ana-b", "email", "ana@example.org", "password", "tiny pw 1", "agreement", "1"));
        assertThat(res.status()).isEqualTo(422);
        assertThat(res.body())
                .contains(
                        "value=\"ana-b\"",
                        "value=\"ana@example.org\"",
                        "Username must be 1 to 30 letters",
                        "Password is too short",
                        "aria-invalid=\"true\"")
                .doesNotContain("tiny pw 1");
        assertThat(accounts()).isZero();
    }

    @Test
    void with_approval_required_the_new_account_waits_and_is_not_signed_in() {
        server.app().settings().setRegistration(Settings.Registration.APPROVAL);
        PageClient ben = new PageClient(server);
        Http.Res res = ben.submit(
                "/auth/sign_up",
                "/auth/sign_up",
                Map.of("username", "ben", "email", "ben@example.org", "password", PASSWORD, "agreement", "1"));
        assertThat(res.header("Location")).isEqualTo("/auth/sign_in?notice=pending");
        assertThat(ben.cookies()).doesNotContainKey("rapport");
        assertThat(ben.follow(res).body()).contains("waiting for an administrator");
    }

    @Test
    void closed_registrations_show_no_form_and_a_post_creates_nothing() {
        server.app().settings().setRegistration(Settings.Registration.CLOSED);
        PageClient cleo = new PageClient(server);
        assertThat(cleo.get("/auth/sign_up").body())
                .contains("not taking new accounts")
                .doesNotContain("name=\"username\"");
        Http.Res res = cleo.submit(
                "/auth/sign_in",
                "/auth/sign_up",
                Map.of("username", "cleo", "email", "cleo@example.org", "password", PASSWORD, "agreement", "1"));
        assertThat(res.status()).isEqualTo(403);
        assertThat(accounts()).isZero();
    }

    @Test
    void a_sign_up_without_the_csrf_token_is_refused_and_creates_nothing() {
        PageClient mallory = new PageClient(server);
        mallory.get("/auth/sign_up");
        Http.Res res = mallory.post(
                "/auth/sign_up",
                Map.of("username", "ana", "email", "ana@example.org", "password", PASSWORD, "agreement", "1"));
        assertThat(res.status()).isEqualTo(403);
        assertThat(res.body()).contains("did not come from this site");
        Http.Res forged = mallory.post(
                "/auth/sign_up",
                Map.of(
                        "_csrf",
                        "forged",
                        "username",
                        "ana",
                        "email",
                        "ana@example.org",
                        "password",
                        PASSWORD,
                        "agreement",
                        "1"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(accounts()).isZero();
    }
}
