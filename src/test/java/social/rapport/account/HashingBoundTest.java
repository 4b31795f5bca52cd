package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Argon2id holds 19 MiB per hash, so only one hash per core runs at once. Here the test holds every
 * permit, as a burst of sign-ins would: whatever needs a hash (signing in, known login or not, signing
 * up, changing a password) waits briefly and is then told 503 with Retry-After, and works again once
 * a permit is free.
 */
@RapportServer
class HashingBoundTest {
    TestServer server;
    int address;

    @ServerConfig
    Config config(Config c) {
        return c.withTrustProxy(true);
    }

    @BeforeEach
    void start() {
        TestUsers.create(server, "ana");
    }

    private Http.Res signIn(String login) {
        PageClient c = new PageClient(server).header("X-Forwarded-For", "198.51.100." + (++address));
        return c.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", login, "password", TestUsers.PASSWORD));
    }

    private List<Http.Res> concurrently(int n, java.util.function.IntFunction<Http.Res> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Http.Res>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                fs.add(pool.submit(() -> call.apply(k)));
            }
            List<Http.Res> out = new ArrayList<>();
            for (Future<Http.Res> f : fs) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sign_ins_beyond_the_bound_get_503_with_retry_after_and_go_through_once_a_permit_is_free() throws Exception {
        Semaphore permits = Passwords.hashing();
        int all = Runtime.getRuntime().availableProcessors();
        permits.acquire(all);
        List<Http.Res> busy;
        Http.Res signUp;
        Http.Res change;
        try {
            busy = concurrently(6, i -> signIn(i % 2 == 0 ? "ana" : "nobody" + i));
            signUp = new PageClient(server)
                    .header("X-Forwarded-For", "192.0.2.1")
                    .submit(
                            "/auth/sign_up",
                            "/auth/sign_up",
                            Map.of(
                                    "username",
                                    "ben",
                                    "email",
                                    "ben@example.org",
                                    "password",
                                    TestUsers.PASSWORD,
                                    "agreement",
                                    "1"));
            TestUsers.User cleo = TestUsers.create(server, "cleo");
            change = server.http()
                    .postJson(
                            "/api/v1/rapport/password",
                            cleo.token(),
                            Http.map("current_password", TestUsers.PASSWORD, "password", "a brand new password 77"));
        } finally {
            permits.release(all);
        }
        for (Http.Res r : busy) {
            assertThat(r.status()).as(r.body()).isEqualTo(503);
            assertThat(r.header("Retry-After")).isEqualTo("1");
            assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("rapport="));
        }
        assertThat(signUp.status()).isEqualTo(503);
        assertThat(signUp.header("Retry-After")).isEqualTo("1");
        assertThat(server.app()
                        .db()
                        .<java.util.Optional<Account>>read(
                                h -> server.app().accounts().byHandle(h, "ben")))
                .isEmpty();
        assertThat(change.status()).isEqualTo(503);
        assertThat(change.json().get("error").asText()).contains("busy");
        assertThat(change.header("Retry-After")).isEqualTo("1");

        assertThat(permits.availablePermits()).isEqualTo(all);
        List<Http.Res> after = concurrently(all, i -> signIn("ana"));
        for (Http.Res r : after) assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(permits.availablePermits()).isEqualTo(all);
    }
}
