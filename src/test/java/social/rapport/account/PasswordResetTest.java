package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.MailCatcher;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * Password reset by email through the API, with the mail read from a real SMTP server: the same
 * answer for any address, a one-time link valid an hour that ends every session and token.
 */
@RapportServer
class PasswordResetTest {
    static final String ASK = "/api/v1/rapport/password/reset";
    static final String CONFIRM = "/api/v1/rapport/password/reset/confirm";
    static final String NEW = "a fresh reset password 91";

    TestServer server;
    Http http;
    TestClock clock = new TestClock(Instant.parse("2026-03-14T12:00:00Z"));
    MailCatcher smtp = new MailCatcher();

    @Person
    User ana, ben;

    @ServerConfig
    Config config(Config c) {
        return smtp.configure(c).withTrustProxy(true);
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    private Http.Res ask(String email, String ip) {
        return http.sendBytes(
                "POST",
                ASK,
                null,
                "application/json",
                Http.toJson(map("email", email)).getBytes(StandardCharsets.UTF_8),
                Map.of("X-Forwarded-For", ip));
    }

    private Http.Res confirm(String token, String password) {
        return http.postJson(CONFIRM, null, map("token", token, "password", password));
    }

    static String token(MimeMessage m) {
        String link = MailCatcher.link(m, "http://localhost:");
        return URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
    }

    private boolean hasPassword(User who, String password) {
        String hash = server.app().db().read(h -> server.app().accounts().passwordHash(h, who.id()));
        return Passwords.verify(password, hash);
    }

    private int signIn(String login, String password) {
        return new PageClient(server)
                .submit("/auth/sign_in", "/auth/sign_in", Map.of("login", login, "password", password))
                .status();
    }

    private void drained() {
        social.rapport.mail.MailTesting.drained(server);
    }

    @Test
    void a_members_address_and_an_unknown_one_get_the_same_answer_and_only_the_member_a_mail() {
        Http.Res known = ask("ANA@example.org", "10.0.0.1");
        Http.Res unknown = ask("nobody@example.org", "10.0.0.2");

        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(known.status());
        assertThat(unknown.body()).isEqualTo(known.body()).isEqualTo("{}");
        MimeMessage m = smtp.await(1).get(0);
        drained();
        assertThat(smtp.received()).hasSize(1);
        assertThat(MailCatcher.to(m)).isEqualTo("ana@example.org");
        assertThat(MailCatcher.subject(m)).contains("Reset your password");
        assertThat(MailCatcher.body(m)).contains("@ana").contains("within an hour");
        String stored = server.app()
                .db()
                .read(h -> h.createQuery("SELECT token_hash FROM password_resets")
                        .mapTo(String.class)
                        .one());
        assertThat(stored).isEqualTo(Secrets.sha256(token(m))).doesNotContain(token(m));
        assertThat(ask("not an address", "10.0.0.3").status()).isEqualTo(422);
    }

    @Test
    void the_link_sets_the_password_once_and_ends_every_session_and_token() {
        assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token()).status())
                .isEqualTo(200);
        PageClient browser = new PageClient(server);
        assertThat(browser.submit(
                                "/auth/sign_in",
                                "/auth/sign_in",
                                Map.of("login", "ana", "password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(303);
        ask("ana@example.org", "10.0.0.1");
        String token = token(smtp.await(1).get(0));

        assertThat(confirm(token, "short").status()).isEqualTo(422); // the password's rules first
        Http.Res used = confirm(token, NEW);
        assertThat(used.status()).isEqualTo(200);

        assertThat(hasPassword(ana, NEW)).isTrue();
        assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token()).status())
                .isEqualTo(401);
        assertThat(browser.get("/settings/password").status()).isEqualTo(303); // signed out
        assertThat(signIn("ana", TestUsers.PASSWORD)).isEqualTo(401);
        assertThat(signIn("ana", NEW)).isEqualTo(303);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ben.token()).status())
                .isEqualTo(200);

        Http.Res again = confirm(token, "yet another password 55");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains(ResetPassword.INVALID);
        assertThat(hasPassword(ana, NEW)).isTrue();
        List<MimeMessage> mails = smtp.await(2);
        assertThat(MailCatcher.subject(mails.get(1))).contains("was changed");
    }

    @Test
    void a_link_expires_after_an_hour_and_an_unknown_token_changes_nothing() {
        ask("ana@example.org", "10.0.0.1");
        String token = token(smtp.await(1).get(0));
        assertThat(confirm(token + "x", NEW).status()).isEqualTo(422);
        assertThat(confirm("", NEW).status()).isEqualTo(422);

        clock.advance(ResetPassword.VALID.plus(Duration.ofSeconds(1)));
        assertThat(confirm(token, NEW).status()).isEqualTo(422);
        assertThat(hasPassword(ana, TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void using_one_link_voids_the_others_and_so_does_changing_the_password() {
        ask("ana@example.org", "10.0.0.1");
        ask("ana@example.org", "10.0.0.2");
        List<MimeMessage> mails = smtp.await(2);
        String first = token(mails.get(0));
        String second = token(mails.get(1));
        assertThat(first).isNotEqualTo(second);

        assertThat(confirm(second, NEW).status()).isEqualTo(200);
        assertThat(confirm(first, "yet another password 55").status()).isEqualTo(422);
        assertThat(hasPassword(ana, NEW)).isTrue();

        ask("ben@example.org", "10.0.0.3");
        String bens = token(smtp.await(4).stream() // the third is ana's notice of the change
                .filter(m -> MailCatcher.to(m).equals("ben@example.org"))
                .findFirst()
                .orElseThrow());
        assertThat(http.postJson(
                                "/api/v1/rapport/password",
                                ben.token(),
                                map("current_password", TestUsers.PASSWORD, "password", NEW))
                        .status())
                .isEqualTo(200);
        assertThat(confirm(bens, "yet another password 55").status()).isEqualTo(422);
        assertThat(hasPassword(ben, NEW)).isTrue();
    }

    @Test
    void one_link_used_twice_at_once_changes_the_password_once() throws Exception {
        ask("ana@example.org", "10.0.0.1");
        String token = token(smtp.await(1).get(0));

        CompletableFuture<Http.Res> one = CompletableFuture.supplyAsync(() -> confirm(token, NEW));
        CompletableFuture<Http.Res> two = CompletableFuture.supplyAsync(() -> confirm(token, "the other one 12345"));
        List<Integer> statuses = List.of(one.get().status(), two.get().status());

        assertThat(statuses).containsExactlyInAnyOrder(200, 422);
        assertThat(hasPassword(ana, NEW)).isNotEqualTo(hasPassword(ana, "the other one 12345"));
        assertThat(hasPassword(ana, TestUsers.PASSWORD)).isFalse();
    }

    @Test
    void requests_are_limited_per_address_and_per_account_alike_for_unknown_addresses() {
        // per account: three links an hour, however the address is spelled; more are answered alike
        for (String spelling : List.of("ana@example.org", "Ana@example.org", "ANA@EXAMPLE.ORG", "ana@Example.org")) {
            assertThat(ask(spelling, "10.1.0." + spelling.length()).status()).isEqualTo(202);
        }
        smtp.await(3);
        drained();
        assertThat(smtp.received()).hasSize(3);
        // per email address: the sixth ask for one address is refused, whoever it belongs to
        assertThat(ask("ana@example.org", "10.2.0.1").status()).isEqualTo(202);
        assertThat(ask("ana@example.org", "10.2.0.2").status()).isEqualTo(429);
        for (int i = 0; i < 5; i++)
            assertThat(ask("nobody@example.org", "10.3.0." + i).status()).isEqualTo(202);
        assertThat(ask("nobody@example.org", "10.3.0.9").status()).isEqualTo(429);
        // per client address: ten asks an hour, for any addresses
        for (int i = 0; i < 10; i++)
            assertThat(ask("person" + i + "@example.org", "10.4.0.1").status()).isEqualTo(202);
        assertThat(ask("person10@example.org", "10.4.0.1").status()).isEqualTo(429);
    }
}
