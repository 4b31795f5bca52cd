package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import social.rapport.relation.RelationServices;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;

/** Removing a follower from one's followers page, and muting for a while from a profile, on both databases. */
@RapportServer
class FollowerAndMutePagesTest {
    TestServer server;
    Scene scene;
    TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    RelationServices rel;
    @Person
    int ana, ben, cleo;

    private PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    private Optional<Long> expiry(int muter, int muted) {
        return server.app().db().read(h -> rel.blocks().muteExpiry(h, muter, muted));
    }

    @Test
    void remove_follower_removes_exactly_that_follower_and_needs_the_token() {
        rel.followAccount().follow(ben, ana, null);
        rel.followAccount().follow(cleo, ana, null);
        rel.followAccount().follow(ana, ben, null);
        PageClient a = signedIn("ana");
        String page = a.get("/followers").body();
        assertThat(page)
                .contains(
                        "action=\"/followers/" + ben + "/remove\"",
                        "action=\"/followers/" + cleo + "/remove\"",
                        "Remove follower");
        assertThat(a.get("/following").body()).doesNotContain("Remove follower");
        assertThat(a.post("/followers/" + ben + "/remove", Map.of()).status()).isEqualTo(403);
        assertThat(rel.relationships().with(ana, ben).followedBy()).isTrue();
        Http.Res res = a.submit("/followers", "/followers/" + ben + "/remove", Map.of());
        assertThat(res.status()).isEqualTo(303);
        assertThat(res.header("Location")).isEqualTo("/followers?notice=follower-removed");
        assertThat(rel.relationships().with(ana, ben).followedBy()).isFalse();
        assertThat(rel.relationships().with(ana, ben).following()).isTrue();
        assertThat(rel.relationships().with(ana, cleo).followedBy()).isTrue();
        assertThat(a.follow(res).body())
                .contains("They no longer follow you")
                .doesNotContain("/followers/" + ben + "/remove");
    }

    @Test
    void mute_for_a_while_sets_the_expiry_from_the_clock_and_keeps_notifications_when_asked() {
        PageClient a = signedIn("ana");
        String profile = a.get("/@ben").body();
        assertThat(profile)
                .contains("name=\"duration\"", "value=\"3600\"", "value=\"2592000\"", "name=\"notifications\"");
        clock.advance(Duration.ofMinutes(7));
        long now = clock.millis();
        Http.Res res = a.submit(
                "/@ben",
                "/people/" + ben + "/mute",
                Map.of("duration", "86400", "notifications", "false", "back", "/@ben"));
        assertThat(res.status()).isEqualTo(303);
        assertThat(res.header("Location")).isEqualTo("/@ben?notice=muted");
        assertThat(rel.relationships().with(ana, ben).muting()).isTrue();
        assertThat(rel.relationships().with(ana, ben).mutingNotifications()).isFalse();
        assertThat(expiry(ana, ben)).contains(now + 86_400_000L);
        // Indefinitely, hiding notifications too: the defaults of the form.
        assertThat(a.submit("/@cleo", "/people/" + cleo + "/mute", Map.of("duration", "0", "notifications", "true"))
                        .status())
                .isEqualTo(303);
        assertThat(rel.relationships().with(ana, cleo).mutingNotifications()).isTrue();
        assertThat(expiry(ana, cleo)).isEmpty();
    }

    @Test
    void a_bad_duration_is_a_422_and_changes_nothing() {
        PageClient a = signedIn("ana");
        for (String bad : new String[] {"soon", "-5", "999999999"}) {
            Http.Res res = a.submit("/@ben", "/people/" + ben + "/mute", Map.of("duration", bad));
            assertThat(res.status()).as(bad).isEqualTo(422);
        }
        assertThat(a.submit("/@ben", "/people/" + ben + "/mute", Map.of("notifications", "maybe"))
                        .status())
                .isEqualTo(422);
        assertThat(rel.relationships().with(ana, ben).muting()).isFalse();
        assertThat(a.post("/people/" + ben + "/mute", Map.of("duration", "3600"))
                        .status())
                .isEqualTo(403);
        assertThat(rel.relationships().with(ana, ben).muting()).isFalse();
    }
}
