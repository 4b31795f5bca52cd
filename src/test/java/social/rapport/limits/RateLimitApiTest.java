package social.rapport.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** The limits as a client meets them, with small numbers and a clock moved by hand. */
@RapportServer(sqliteOnly = true)
class RateLimitApiTest {
    static final Config.RateLimits SMALL = new Config.RateLimits(
            3, Duration.ofMinutes(5), 3, Duration.ofHours(1), 2, Duration.ofMinutes(30), 5, 4, Duration.ofMinutes(5));
    TestClock clock = new TestClock(Instant.parse("2026-03-14T12:00:00Z"));
    TestDb db;
    TestServer server;
    Scene scene;

    @ServerConfig
    Config small(Config c) {
        return c.withRateLimits(SMALL).withTrustProxy(false);
    }

    /** The harness's server, or behind a trusted proxy a second one the harness closes after the test. */
    private Http start(boolean trustProxy) {
        if (trustProxy) server = TestServer.start(db, clock, c -> small(c).withTrustProxy(true));
        return server.http();
    }

    @Test
    void anonymous_api_calls_past_the_limit_get_429_with_retry_after_until_the_window_passes() {
        Http http = start(false);
        for (int i = 0; i < 4; i++)
            assertThat(http.get("/api/v1/instance").status()).isEqualTo(200);
        Http.Res r = http.get("/api/v1/instance");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.body()).isEqualTo("{\"error\":\"Too many requests\"}");
        assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 300L);
        clock.advance(Duration.ofMinutes(5));
        assertThat(http.get("/api/v1/instance").status()).isEqualTo(200);
    }

    @Test
    void suffixes_slashes_and_case_count_against_the_same_bucket_and_reach_no_handler() {
        Http http = start(false);
        List<String> variants =
                List.of("/api/v1/instance.json", "/api/v1/instance/", "/API/v1/instance", "/api/v1//instance");
        for (String v : variants) {
            Http.Res r = http.get(v);
            assertThat(r.status()).as(v + " " + r).isBetween(400, 404);
            assertThat(r.body()).as(v).doesNotContain("configuration");
        }
        // the four spellings used the whole bucket of four
        assertThat(http.get("/api/v1/instance").status()).isEqualTo(429);
    }

    @Test
    void a_signed_in_account_has_its_own_bucket() {
        Http http = start(false);
        TestUsers.User ana = TestUsers.create(server, "ana");
        for (int i = 0; i < 5; i++)
            assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token())
                            .status())
                    .isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token()).status())
                .isEqualTo(429);
        assertThat(http.get("/api/v1/instance").status()).isEqualTo(200);
    }

    @Test
    void sign_up_through_the_api_is_limited_per_address() {
        Http http = start(false);
        String token = scene.appToken("write", "write").token();
        clock.advance(Duration.ofMinutes(5));
        // invalid sign-ups count too: the limit is on attempts
        for (int i = 0; i < 2; i++) {
            assertThat(http.postForm("/api/v1/accounts", token, Map.of("username", "x y"))
                            .status())
                    .isEqualTo(422);
        }
        assertThat(http.postForm("/api/v1/accounts", token, Map.of("username", "cleo"))
                        .status())
                .isEqualTo(429);
        int accounts = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM accounts")
                        .mapTo(Integer.class)
                        .one());
        assertThat(accounts).isZero();
    }

    @Test
    void x_forwarded_for_is_believed_only_behind_a_trusted_proxy() {
        Http http = start(false);
        for (int i = 0; i < 4; i++) get(http, "10.0.0." + i);
        assertThat(get(http, "10.0.0.99").status()).isEqualTo(429);
        server.close();
        Http proxied = start(true);
        for (int i = 0; i < 4; i++)
            assertThat(get(proxied, "10.0.0.1").status()).isEqualTo(200);
        assertThat(get(proxied, "10.0.0.1").status()).isEqualTo(429);
        assertThat(get(proxied, "10.0.0.2").status()).isEqualTo(200);
    }

    private static Http.Res get(Http http, String forwardedFor) {
        return http.sendBytes("GET", "/api/v1/instance", null, null, null, Map.of("X-Forwarded-For", forwardedFor));
    }
}
