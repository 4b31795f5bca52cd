package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.account.EndSession;
import social.rapport.account.RevokeToken;
import social.rapport.core.Viewer;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.RecordedStream;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * Many streams open while their credential is revoked, at moments drawn from a seeded Random (the
 * seed is printed; -Drapport.seed=… replays it). After the revocation no stream may stay open, and
 * none may carry a followers-only post made after it: over server-sent events, over the WebSocket,
 * and on the pages' /live stream when the browser session ends.
 */
@RapportServer
class StreamRevocationRaceTest {
    TestDb testDb;

    static final int STREAMS = 160;
    /** Openings are spread over this many milliseconds around the revocation. */
    static final int SPREAD_MS = 30;

    TestServer server;
    Http http;
    @Person
    User ana, ben;
    final HttpClient client = HttpClient.newHttpClient();
    final ExecutorService openers = Executors.newFixedThreadPool(16);

    @BeforeEach
    void start() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
    }

    @AfterEach
    void stop() {
        openers.shutdownNow();
        server.close();
    }

    interface Opener {
        RecordedStream open() throws Exception;
    }

    @Test
    void server_sent_event_streams_opened_while_the_token_is_revoked_carry_nothing_after_it() throws Exception {
        var issued = server.app().tokens().issue(null, ben.id(), java.util.Set.of("read"));
        race(
                "sse",
                () -> sse("/api/v1/streaming/user", "Bearer " + issued.token(), null),
                () -> new RevokeToken(server.app().db(), server.app().tokens()).revoke(ben.id(), issued.id()));
    }

    @Test
    void websockets_opened_while_the_token_is_revoked_carry_nothing_after_it() throws Exception {
        var issued = server.app().tokens().issue(null, ben.id(), java.util.Set.of("read"));
        race(
                "websocket",
                () -> socket("?stream=user&access_token=" + issued.token()),
                () -> new RevokeToken(server.app().db(), server.app().tokens()).revoke(ben.id(), issued.id()));
    }

    @Test
    void live_streams_opened_while_the_session_ends_carry_nothing_after_it() throws Exception {
        PageClient page = new PageClient(server);
        Http.Res in =
                page.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ben", "password", TestUsers.PASSWORD));
        assertThat(in.status()).isEqualTo(303);
        StringBuilder cookie = new StringBuilder();
        page.cookies()
                .forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(v));
        long session = server.app().webSessions().ofAccount(ben.id()).get(0).id();
        race(
                "live",
                () -> sse("/live", null, cookie.toString()),
                () -> new EndSession(server.app().db(), server.app().webSessions()).end(ben.id(), session));
    }

    /**
     * The window itself, without timing: the viewer was resolved while the token held, and the
     * revocation was published before the stream registered. The stream must end without carrying
     * the post Ana makes next.
     */
    @Test
    void a_stream_registered_just_after_its_token_was_revoked_ends_without_delivering() throws Exception {
        var issued = server.app().tokens().issue(null, ben.id(), java.util.Set.of("read"));
        Viewer resolved = new Viewer(ben.id(), java.util.Set.of("read"), issued.id(), 0, "user");
        new RevokeToken(server.app().db(), server.app().tokens()).revoke(ben.id(), issued.id());
        ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
        CountDownLatch closed = new CountDownLatch(1);
        StreamHub hub = server.app().notifications().streams();
        hub.open(resolved, List.of(StreamClient.Subscription.of(StreamClient.Kind.USER)), new StreamClient.Sink() {
            public void send(List<String> stream, String event, String payload) {
                sent.add(event + " " + payload);
            }

            public void heartbeat() {}

            public void close() {
                closed.countDown();
            }
        });
        Http.Res post = http.postJson(
                "/api/v1/statuses", ana.token(), map("status", "after the revocation", "visibility", "private"));
        assertThat(post.status()).isEqualTo(200);
        assertThat(closed.await(10, TimeUnit.SECONDS))
                .as("the stream was closed")
                .isTrue();
        assertThat(sent).isEmpty();
        assertThat(hub.openCount()).isZero();
    }

    /**
     * Opens {@link #STREAMS} streams at seeded moments while `revoke` runs, then has Ana post for her
     * followers (Ben is one). Every stream must end, and none may have carried the post.
     */
    private void race(String what, Opener opener, Runnable revoke) throws Exception {
        long seed = Long.getLong("rapport.seed", System.nanoTime());
        System.out.println("StreamRevocationRaceTest " + what + " on " + testDb + ": seed " + seed);
        Random rnd = new Random(seed);
        int revokeAt = SPREAD_MS / 4 + rnd.nextInt(SPREAD_MS / 2);
        CountDownLatch go = new CountDownLatch(1);
        List<java.util.concurrent.Future<RecordedStream>> opening = new ArrayList<>();
        for (int i = 0; i < STREAMS; i++) {
            int delay = rnd.nextInt(SPREAD_MS);
            opening.add(openers.submit(() -> {
                go.await();
                Thread.sleep(delay);
                return opener.open();
            }));
        }
        go.countDown();
        Thread.sleep(revokeAt);
        revoke.run();
        List<RecordedStream> streams = new ArrayList<>();
        for (var f : opening) streams.add(f.get(60, TimeUnit.SECONDS));

        Http.Res post = http.postJson(
                "/api/v1/statuses", ana.token(), map("status", "for my followers only", "visibility", "private"));
        assertThat(post.status()).isEqualTo(200);
        String postId = post.json().get("id").asText();

        int open = 0;
        for (RecordedStream s : streams) if (!s.ended.await(open == 0 ? 10 : 0, TimeUnit.SECONDS)) open++;
        List<String> carried = new ArrayList<>();
        for (RecordedStream s : streams) for (String m : s.got) if (m.contains(postId)) carried.add(m);
        assertThat(open)
                .as(open + " of " + STREAMS + " streams still open after the revocation (seed " + seed + ")")
                .isZero();
        assertThat(carried)
                .as("messages carrying the post made after the revocation (seed " + seed + ")")
                .isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.app().notifications().streams().openCount() > 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(server.app().notifications().streams().openCount())
                .as("streams the hub still holds")
                .isZero();
    }

    private RecordedStream sse(String path, String authorization, String cookie) {
        return RecordedStream.sse(client, path, server.baseUrl() + path, authorization, cookie);
    }

    private RecordedStream socket(String query) throws Exception {
        return RecordedStream.socket(
                client, query, "ws://localhost:" + server.app().port() + "/api/v1/streaming" + query);
    }
}
