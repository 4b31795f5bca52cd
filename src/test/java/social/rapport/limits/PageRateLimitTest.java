package social.rapport.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Pages cannot be walked without limit: a visitor's page requests count per address, a signed-in
 * person's per account, and past the limit the answer is 429 with Retry-After until the window passes.
 */
@RapportServer
class PageRateLimitTest {
    TestClock clock = new TestClock(Instant.parse("2026-03-14T12:00:00Z"));
    TestServer server;

    @ServerConfig
    Config config(Config c) {
        Config.RateLimits small = Config.RateLimits.defaults().withPages(6, 4);
        return c.withRateLimits(small);
    }

    @BeforeEach
    void start() {
        TestUsers.create(server, "ana");
    }

    @Test
    void a_visitor_walking_pages_gets_429_with_retry_after_until_the_window_passes() {
        PageClient visitor = new PageClient(server);
        // Static files are not counted.
        for (int i = 0; i < 10; i++)
            assertThat(visitor.get("/static/rapport.css").status()).isEqualTo(200);
        assertThat(visitor.get("/@ana").status()).isEqualTo(200);
        assertThat(visitor.get("/public").status()).isEqualTo(200);
        assertThat(visitor.get("/@nobody").status()).isEqualTo(404);
        assertThat(visitor.get("/search?q=an").status()).isEqualTo(303);
        Http.Res limited = visitor.get("/@ana");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).doesNotContain("@ana");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(visitor.get("/search?q=an").status()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(5));
        assertThat(visitor.get("/@ana").status()).isEqualTo(200);
    }

    @Test
    void a_signed_in_person_has_their_own_bucket() {
        PageClient a = new PageClient(server);
        // Two requests from the address while signing in: the form and its post.
        assertThat(a.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(303);
        for (int i = 0; i < 6; i++)
            assertThat(a.get("/").status()).as("request " + i).isEqualTo(200);
        assertThat(a.get("/").status()).isEqualTo(429);
        // The address still has room for two visitor pages.
        assertThat(new PageClient(server).get("/@ana").status()).isEqualTo(200);
        assertThat(new PageClient(server).get("/@ana").status()).isEqualTo(200);
        assertThat(new PageClient(server).get("/@ana").status()).isEqualTo(429);
    }
}
