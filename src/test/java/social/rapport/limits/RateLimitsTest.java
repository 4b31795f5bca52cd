package social.rapport.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.core.Problem;
import social.rapport.testing.TestClock;

class RateLimitsTest {
    TestClock clock = new TestClock(Instant.parse("2026-03-14T12:00:00Z"));
    RateLimits limits = new RateLimits(Config.RateLimits.defaults(), false, clock);

    @Test
    void the_26th_sign_in_from_one_address_within_five_minutes_is_refused_until_the_bucket_refills() {
        for (int i = 0; i < 25; i++) limits.signIn("10.0.0.1", "user" + i);
        assertThatThrownBy(() -> limits.signIn("10.0.0.1", "someone")).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status()).isEqualTo(429);
            assertThat(p.getMessage()).isEqualTo("Too many requests");
            assertThat(p.retryAfterSeconds()).isBetween(1L, 300L);
        });
        limits.signIn("10.0.0.2", "someone");
        clock.advance(Duration.ofMinutes(5));
        limits.signIn("10.0.0.1", "someone");
    }

    @Test
    void one_account_gets_25_sign_in_attempts_an_hour_from_any_number_of_addresses() {
        for (int i = 0; i < 25; i++) limits.signIn("10.0.1." + i, i % 2 == 0 ? "ana" : "@ANA");
        assertThatThrownBy(() -> limits.signIn("10.0.2.1", "Ana"))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(429));
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> limits.signIn("10.0.2.2", "ana")).isInstanceOf(Problem.class);
        limits.signIn("10.0.2.3", "ben");
    }

    @Test
    void five_sign_ups_per_address_in_thirty_minutes() {
        for (int i = 0; i < 5; i++) limits.signUp("10.0.0.1");
        assertThatThrownBy(() -> limits.signUp("10.0.0.1")).isInstanceOf(Problem.class);
        clock.advance(Duration.ofMinutes(30));
        limits.signUp("10.0.0.1");
    }

    @Test
    void the_api_counts_per_account_when_signed_in_and_per_address_otherwise() {
        for (int i = 0; i < 300; i++) limits.api(0, "10.0.0.1");
        assertThatThrownBy(() -> limits.api(0, "10.0.0.1")).isInstanceOf(Problem.class);
        for (int i = 0; i < 1500; i++) limits.api(7, "10.0.0.1");
        assertThatThrownBy(() -> limits.api(7, "10.0.0.9")).isInstanceOf(Problem.class);
        limits.api(8, "10.0.0.1");
    }

    @Test
    void path_spellings_are_normalised_before_choosing_a_bucket() {
        assertThat(RateLimitGate.normalise("/API//v1/accounts/")).isEqualTo("/api/v1/accounts");
        assertThat(RateLimitGate.normalise("/oauth/token.json")).isEqualTo("/oauth/token");
        assertThat(RateLimitGate.normalise("/nodeinfo/2.0")).isEqualTo("/nodeinfo/2.0");
        assertThat(RateLimitGate.collapse("/")).isEqualTo("/");
        assertThat(RateLimitGate.isApi(RateLimitGate.normalise("/Api/V1/Instance.JSON")))
                .isTrue();
        assertThat(RateLimitGate.isApi(RateLimitGate.normalise("/@ana"))).isFalse();
    }

    @Test
    void pictures_are_not_pages_so_a_timeline_of_faces_does_not_use_up_the_page_limit() {
        for (String picture : new String[] {
            "/media/k/original.jpg", "/avatars/default/3-4142.png", "/headers/x.png", "/emoji/party.png"
        }) {
            assertThat(RateLimitGate.isPage(RateLimitGate.normalise(picture)))
                    .as(picture)
                    .isFalse();
        }
        assertThat(RateLimitGate.isPage(RateLimitGate.normalise("/@ana"))).isTrue();
        assertThat(RateLimitGate.isPage(RateLimitGate.normalise("/avatarsX"))).isTrue();
    }
}
