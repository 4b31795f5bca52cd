package social.rapport.oracle;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import social.rapport.account.RevokeToken;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RecordedStream;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Concurrent stream revocation as a read path. For a few viewers drawn from the world's seed, streams
 * open on threads at seeded moments while that viewer's token is revoked and their browser session
 * signed out: the user stream over server-sent events and over the WebSocket (on the token), and the
 * pages' /live (on the session). Then posts are made that the model puts on that viewer's home. Every
 * stream opened around the revocation must end and carry none of them.
 */
final class RevocationRace {
    static final String MISMATCH = "stream revocation";
    static final int VIEWERS = 3;
    /** Streams of each kind per viewer. */
    static final int EACH = 6;
    /** Openings are spread over this many milliseconds; the revocation falls inside. */
    static final int SPREAD_MS = 30;

    private static final String[] KINDS = {
        "user stream over server-sent events", "user stream over the WebSocket", "pages' /live stream"
    };

    private final World w;
    private final Driver d;
    private final TestServer server;
    private final long seed;
    private final Random rnd;
    private final HttpClient client = HttpClient.newHttpClient();
    final List<String> mismatches = new ArrayList<>();
    long checks;

    RevocationRace(World world, Driver driver, TestServer server, long seed) {
        this.w = world;
        this.d = driver;
        this.server = server;
        this.seed = seed;
        this.rnd = new Random(seed * 31 + 7);
    }

    /** Races each chosen viewer in turn; the posts it makes enter the model like any story step. */
    void run() {
        ExecutorService openers = Executors.newFixedThreadPool(12);
        try {
            for (int viewer : viewers()) race(viewer, openers);
        } catch (Exception e) {
            mismatches.add(describe("the race could not run: " + e));
        } finally {
            openers.shutdownNow();
        }
    }

    /** Viewers who follow someone whose followers-only posts reach their home, in seeded order. */
    private List<Integer> viewers() {
        List<Integer> all = new ArrayList<>();
        for (int v = 1; v <= w.people; v++) if (author(v) != 0) all.add(v);
        java.util.Collections.shuffle(all, rnd);
        return all.subList(0, Math.min(VIEWERS, all.size()));
    }

    /** The first person the viewer follows, unmuted and unblocked; 0 when none. */
    private int author(int viewer) {
        for (int a = 1; a <= w.people; a++) {
            if (a != viewer && w.follows(viewer, a) && !w.mutes(viewer, a) && !w.blockedEitherWay(viewer, a)) return a;
        }
        return 0;
    }

    private void race(int viewer, ExecutorService openers) throws Exception {
        int acct = d.acct(viewer);
        var token = d.app.tokens().issue(null, acct, Set.of("read"));
        PageClient page = new PageClient(server);
        Http.Res in = page.submit(
                "/auth/sign_in", "/auth/sign_in", Map.of("login", "u" + viewer, "password", TestUsers.PASSWORD));
        if (in.status() != 303) throw new IllegalStateException("@u" + viewer + " could not sign in: " + in.status());
        String csrf = PageClient.csrf(page.get("/").body());
        StringBuilder cookie = new StringBuilder();
        page.cookies()
                .forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(v));

        int revokeAt = SPREAD_MS / 4 + rnd.nextInt(SPREAD_MS / 2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RecordedStream>> opening = new ArrayList<>();
        for (int i = 0; i < EACH * KINDS.length; i++) {
            int kind = i % KINDS.length;
            int delay = rnd.nextInt(SPREAD_MS);
            String describe = "@u" + viewer + "'s " + KINDS[kind] + " opened at " + delay + " ms (revoked at "
                    + revokeAt + " ms)";
            opening.add(openers.submit(() -> {
                go.await();
                Thread.sleep(delay);
                return switch (kind) {
                    case 0 -> sse(describe, "/api/v1/streaming/user", "Bearer " + token.token(), null);
                    case 1 -> socket(describe, "?stream=user&access_token=" + token.token());
                    default -> sse(describe, "/live", null, cookie.toString());
                };
            }));
        }
        go.countDown();
        Thread.sleep(revokeAt);
        new RevokeToken(d.app.db(), d.app.tokens()).revoke(acct, token.id());
        Http.Res out = page.post("/auth/sign_out", Map.of("_csrf", csrf));
        checks++;
        if (out.status() != 303)
            mismatches.add(describe("@u" + viewer + " signing out: expected 303, got " + out.status()));
        List<RecordedStream> streams = new ArrayList<>();
        for (Future<RecordedStream> f : opening) streams.add(f.get(60, TimeUnit.SECONDS));

        // Posts the model puts on the viewer's home: a followers-only post of someone they follow, and their own.
        List<String> made = new ArrayList<>();
        for (int author : List.of(author(viewer), viewer)) {
            int key = w.posts.size();
            d.play(List.of(new Step.Publish(
                    key, author, "private", Set.of(), Set.of(), Set.of(), -1, -1, "everyone", Set.of())));
            checks++;
            if (!d.ids.containsKey(key) || !w.home(viewer).contains(key)) {
                mismatches.add(describe("post #" + key + " by @u" + author + " is not on @u" + viewer
                        + "'s home in the model, so the race proves nothing"));
            } else {
                made.add(Long.toString(d.id(key)));
            }
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (RecordedStream s : streams) {
            checks += 2;
            if (!s.ended.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                mismatches.add(describe(s.label + ": still open after the revocation"));
            }
            for (String m : s.got) {
                for (String id : made) {
                    if (m.contains(id))
                        mismatches.add(describe(s.label + ": carried post " + id + " made after the" + " revocation: "
                                + (m.length() > 80 ? m.substring(0, 80) + "…" : m)));
                }
            }
        }
    }

    private String describe(String what) {
        return MISMATCH + " (seed " + seed + "): " + what;
    }

    private RecordedStream sse(String describe, String path, String authorization, String cookie) {
        return RecordedStream.sse(client, describe, server.baseUrl() + path, authorization, cookie);
    }

    private RecordedStream socket(String describe, String query) throws Exception {
        return RecordedStream.socket(
                client, describe, "ws://localhost:" + server.app().port() + "/api/v1/streaming" + query);
    }
}
