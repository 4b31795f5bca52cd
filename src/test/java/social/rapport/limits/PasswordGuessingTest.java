package social.rapport.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.account.Passwords;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Every check of a password (signing in by handle or by email, changing the password or deleting the
 * account, by the API or the pages) draws on one bucket per account and one per address, with the
 * default numbers: 25 an hour per account, 25 in five minutes per address.
 */
@RapportServer
class PasswordGuessingTest {
    static final String WRONG = "not the right password at all";

    TestServer server;
    Http http;

    @Person
    TestUsers.User ana, ben, cleo;

    /** A clock that stands still, so no bucket refills while the slow hashes run. */
    TestClock clock = new TestClock(Instant.parse("2026-03-14T12:00:00Z"));

    @ServerConfig
    Config config(Config c) {
        return c.withTrustProxy(true);
    }

    private static Map<String, String> from(String ip) {
        return Map.of("X-Forwarded-For", ip);
    }

    private Http.Res signIn(String login, String password, String ip) {
        return new PageClient(server)
                .header("X-Forwarded-For", ip)
                .submit("/auth/sign_in", "/auth/sign_in", Map.of("login", login, "password", password));
    }

    private Http.Res apiPassword(TestUsers.User who, String current, String ip) {
        return http.sendBytes(
                "POST",
                "/api/v1/rapport/password",
                who.token(),
                "application/json",
                Http.toJson(Http.map("current_password", current, "password", "a brand new password 77"))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                from(ip));
    }

    private Http.Res apiDelete(TestUsers.User who, String password, String ip) {
        return http.sendBytes(
                "POST",
                "/api/v1/rapport/account/delete",
                who.token(),
                "application/json",
                Http.toJson(Http.map("password", password)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                from(ip));
    }

    private boolean stillHas(TestUsers.User who, String password) {
        String hash = server.app().db().read(h -> server.app().accounts().passwordHash(h, who.id()));
        return hash != null && Passwords.verify(password, hash);
    }

    @Test
    void handle_email_password_change_and_deletion_share_one_bucket_per_account() {
        PageClient page = new PageClient(server).header("X-Forwarded-For", "10.9.0.1");
        assertThat(page.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(303); // 1
        for (int i = 0; i < 8; i++)
            assertThat(signIn("ana", WRONG, "10.1.0." + i).status()).isEqualTo(401);
        for (int i = 0; i < 8; i++) {
            assertThat(signIn("Ana@Example.org", WRONG, "10.2.0." + i).status()).isEqualTo(401); // 17
        }
        for (int i = 0; i < 4; i++)
            assertThat(apiPassword(ana, WRONG, "10.3.0." + i).status()).isEqualTo(422);
        for (int i = 0; i < 2; i++)
            assertThat(apiDelete(ana, WRONG, "10.4.0." + i).status()).isEqualTo(422);
        assertThat(page.submit(
                                "/settings/password",
                                "/settings/password",
                                Map.of("current_password", WRONG, "password", "a brand new password 77"))
                        .status())
                .isEqualTo(422);
        assertThat(page.submit("/settings/delete", "/settings/delete", Map.of("password", WRONG))
                        .status())
                .isEqualTo(422); // 25

        // the 26th check, with the right password and from fresh addresses, by every route, is refused
        Http.Res byHandle = signIn("ana", TestUsers.PASSWORD, "10.5.0.1");
        assertThat(byHandle.status()).isEqualTo(429);
        assertThat(Long.parseLong(byHandle.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(byHandle.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("rapport="));
        assertThat(signIn("ana@example.org", TestUsers.PASSWORD, "10.5.0.2").status())
                .isEqualTo(429);
        Http.Res change = apiPassword(ana, TestUsers.PASSWORD, "10.5.0.3");
        assertThat(change.status()).isEqualTo(429);
        assertThat(change.header("Retry-After")).isNotNull();
        assertThat(apiDelete(ana, TestUsers.PASSWORD, "10.5.0.4").status()).isEqualTo(429);
        assertThat(page.submit(
                                "/settings/password",
                                "/settings/password",
                                Map.of("current_password", TestUsers.PASSWORD, "password", "a brand new password 77"))
                        .status())
                .isEqualTo(429);
        assertThat(stillHas(ana, TestUsers.PASSWORD)).isTrue();
        assertThat(server.app()
                        .db()
                        .<java.util.Optional<social.rapport.account.Account>>read(
                                h -> server.app().accounts().byHandle(h, "ana")))
                .isPresent();

        // another account is not held back
        assertThat(signIn("ben", TestUsers.PASSWORD, "10.5.0.5").status()).isEqualTo(303);
    }

    @Test
    void checks_of_any_accounts_password_from_one_address_share_its_bucket() {
        String ip = "203.0.113.9";
        for (int i = 0; i < 13; i++)
            assertThat(apiPassword(ana, WRONG, ip).status()).isEqualTo(422);
        for (int i = 0; i < 12; i++)
            assertThat(apiDelete(ben, WRONG, ip).status()).isEqualTo(422);
        Http.Res refused = apiPassword(cleo, TestUsers.PASSWORD, ip);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(signIn("cleo", TestUsers.PASSWORD, ip).status()).isEqualTo(429);
        assertThat(stillHas(cleo, TestUsers.PASSWORD)).isTrue();
        assertThat(apiPassword(cleo, TestUsers.PASSWORD, "203.0.113.10").status())
                .isEqualTo(200);
        assertThat(stillHas(cleo, "a brand new password 77")).isTrue();
    }
}
