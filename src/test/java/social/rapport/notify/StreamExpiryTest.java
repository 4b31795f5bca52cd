package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * A web session ends by going idle, with no event to tell its streams: the pages' /live stream must
 * stop delivering once the session is over, and end. A session still in use keeps its stream, and a
 * token (tokens do not expire) keeps its stream however long it stays open.
 */
@RapportServer
class StreamExpiryTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration IDLE = Duration.ofMinutes(30);

    final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    TestServer server;
    Http http;
    @Person
    User ana, ben;

    @ServerConfig
    Config config(Config c) {
        return c.withSessionIdle(IDLE);
    }

    @BeforeEach
    void start() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
    }

    String post(String text) {
        Http.Res r = http.postJson("/api/v1/statuses", ana.token(), map("status", text, "visibility", "private"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    SseReader live(PageClient page) throws Exception {
        SseReader live = new SseReader(server.baseUrl() + "/live", null, LiveStreamTest.cookie(page));
        assertThat(live.status()).isEqualTo(200);
        SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
        return live;
    }

    PageClient signedIn() {
        PageClient page = new PageClient(server);
        Http.Res in =
                page.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ben", "password", TestUsers.PASSWORD));
        assertThat(in.status()).isEqualTo(303);
        return page;
    }

    static String homeId(SseReader.Event e) throws Exception {
        assertThat(e).as("an event before the stream ended").isNotNull();
        assertThat(e.event()).isEqualTo("home");
        JsonNode data = JSON.readTree(e.data());
        return data.get("id").asText();
    }

    @Test
    void a_live_stream_whose_session_went_idle_carries_nothing_more_and_ends() throws Exception {
        try (SseReader live = live(signedIn())) {
            String before = post("while the session is in use");
            assertThat(homeId(live.next())).isEqualTo(before);

            clock.advance(IDLE.plusSeconds(1));
            post("after the session went idle");
            assertThat(live.next())
                    .as("what the stream carried after its session went idle")
                    .isNull();
        }
        awaitNoStreams();
    }

    @Test
    void a_quiet_live_stream_ends_by_its_next_heartbeat_once_its_session_went_idle() throws Exception {
        server.app().notifications().streams().heartbeatEvery(Duration.ofMillis(100));
        try (SseReader live = live(signedIn())) {
            clock.advance(IDLE.plusSeconds(1));
            assertThat(live.endsWithin(Duration.ofSeconds(10)))
                    .as("the stream ended")
                    .isTrue();
        }
        awaitNoStreams();
    }

    @Test
    void a_session_still_in_use_keeps_its_live_stream_past_the_idle_time_since_sign_in() throws Exception {
        PageClient page = signedIn();
        try (SseReader live = live(page)) {
            clock.advance(IDLE.minusMinutes(10));
            assertThat(page.get("/").status()).isEqualTo(200);
            clock.advance(IDLE.minusMinutes(10));
            // Forty minutes after signing in, twenty after the session was last used.
            String id = post("the session is still in use");
            assertThat(homeId(live.next())).isEqualTo(id);
        }
    }

    @Test
    void a_token_stream_lasts_while_its_token_holds_however_long() throws Exception {
        try (SseReader user = new SseReader(server.baseUrl() + "/api/v1/streaming/user", ben.token())) {
            assertThat(user.status()).isEqualTo(200);
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
            clock.advance(Duration.ofDays(400));
            String id = post("a year later");
            SseReader.Event e = user.next();
            assertThat(e).isNotNull();
            assertThat(e.event()).isEqualTo("update");
            assertThat(JSON.readTree(e.data()).get("id").asText()).isEqualTo(id);
        }
    }

    private void awaitNoStreams() throws InterruptedException {
        StreamHub hub = server.app().notifications().streams();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (hub.openCount() > 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(hub.openCount()).as("streams the hub still holds").isZero();
    }
}
