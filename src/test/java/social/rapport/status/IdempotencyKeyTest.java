package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import social.rapport.app.App;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * A client that retries a create with the same Idempotency-Key (Tusky and Mastodon's web app do)
 * gets the first answer and no second record: per account, for an hour, under concurrency, across
 * a restart.
 */
@RapportServer
class IdempotencyKeyTest {
    TestDb db;

    TestServer server;
    TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    Http http;

    @Person
    TestUsers.User ana;

    @Person
    TestUsers.User bob;

    private Http.Res post(Http client, TestUsers.User who, String key, String text) {
        Map<String, String> headers = key == null ? Map.of() : Map.of("Idempotency-Key", key);
        return client.sendBytes(
                "POST",
                "/api/v1/statuses",
                who.token(),
                "application/json",
                Http.toJson(Http.map("status", text)).getBytes(StandardCharsets.UTF_8),
                headers);
    }

    private long posts(App app, int author) {
        return app.db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM statuses WHERE account_id = :a")
                        .bind("a", author)
                        .mapTo(Long.class)
                        .one());
    }

    private long keys() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM idempotency_keys")
                        .mapTo(Long.class)
                        .one());
    }

    @Test
    void aRetriedPostAnswersTheFirstAndCreatesNothing() {
        Http.Res first = post(http, ana, "k-1", "Hello");
        Http.Res retry = post(http, ana, "k-1", "Hello");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().get("id").asText())
                .isEqualTo(first.json().get("id").asText());
        assertThat(retry.json().get("content").asText())
                .isEqualTo(first.json().get("content").asText());
        assertThat(posts(server.app(), ana.id())).isEqualTo(1);

        // Another key, or none, is another post.
        assertThat(post(http, ana, "k-2", "Hello").json().get("id").asText())
                .isNotEqualTo(first.json().get("id").asText());
        post(http, ana, null, "Hello");
        post(http, ana, null, "Hello");
        assertThat(posts(server.app(), ana.id())).isEqualTo(4);
    }

    @Test
    void anotherAccountsKeyIsIndependent() {
        String anas = post(http, ana, "shared", "From Ana").json().get("id").asText();
        Http.Res bobs = post(http, bob, "shared", "From Bob");
        assertThat(bobs.status()).isEqualTo(200);
        assertThat(bobs.json().get("id").asText()).isNotEqualTo(anas);
        assertThat(bobs.json().get("account").get("id").asText()).isEqualTo(bob.idString());
        assertThat(posts(server.app(), bob.id())).isEqualTo(1);
    }

    @Test
    void aFailedCreateKeepsNoKeySoTheRetryIsDoneAgain() {
        Http.Res empty = post(http, ana, "k-f", "");
        assertThat(empty.status()).isEqualTo(422);
        Http.Res fixed = post(http, ana, "k-f", "Now with text");
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(posts(server.app(), ana.id())).isEqualTo(1);
    }

    @Test
    void keysLastAnHourThenArePruned() {
        String first = post(http, ana, "k-h", "Morning").json().get("id").asText();
        clock.advance(Duration.ofMinutes(59));
        assertThat(post(http, ana, "k-h", "Morning").json().get("id").asText()).isEqualTo(first);
        post(http, bob, "k-b", "Bob's");
        assertThat(keys()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(2));
        String later = post(http, ana, "k-h", "Morning").json().get("id").asText();
        assertThat(later).isNotEqualTo(first);
        assertThat(posts(server.app(), ana.id())).isEqualTo(2);

        // Bob's expired key is gone too, though Bob never came back.
        clock.advance(Duration.ofMinutes(61));
        post(http, ana, "k-last", "Evening");
        assertThat(keys()).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOnePost() throws Exception {
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            for (int round = 0; round < 5; round++) {
                String key = "race-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Http.Res>> answers = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Http own = new Http(server.baseUrl());
                    Callable<Http.Res> send = () -> {
                        go.await();
                        return post(own, ana, key, "Race " + key);
                    };
                    answers.add(pool.submit(send));
                }
                go.countDown();
                List<String> ids = new ArrayList<>();
                for (Future<Http.Res> f : answers) {
                    Http.Res r = f.get();
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    ids.add(r.json().get("id").asText());
                }
                assertThat(ids).as(key).containsOnly(ids.get(0));
                assertThat(posts(server.app(), ana.id())).isEqualTo(round + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetriedReportAnswersTheFirstReport() {
        String target = post(http, bob, null, "Buy now").json().get("id").asText();
        Map<String, String> key = Map.of("Idempotency-Key", "report-1");
        byte[] body = Http.toJson(Http.map(
                        "account_id",
                        bob.idString(),
                        "status_ids",
                        List.of(target),
                        "category",
                        "spam",
                        "comment",
                        "links"))
                .getBytes(StandardCharsets.UTF_8);
        Http.Res first = http.sendBytes("POST", "/api/v1/reports", ana.token(), "application/json", body, key);
        Http.Res retry = http.sendBytes("POST", "/api/v1/reports", ana.token(), "application/json", body, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        long reports = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM reports")
                        .mapTo(Long.class)
                        .one());
        assertThat(reports).isEqualTo(1);
    }

    @Test
    void anOverlongKeyIsABadRequest() {
        Http.Res res = post(http, ana, "k".repeat(256), "Hello");
        assertThat(res.status()).isEqualTo(400);
        assertThat(posts(server.app(), ana.id())).isZero();
    }

    @Test
    void keysOutliveARestart() throws Exception {
        try (TestDb.Fresh fresh = db.fresh()) {
            Config c = Config.defaults()
                    .withPort(0)
                    .withHost("127.0.0.1")
                    .withDataDir(Files.createTempDirectory("rapport-data"))
                    .withDbUrl(fresh.url());
            App before = new App(c, clock).start();
            TestUsers.User zoe = TestUsers.create(before, "zoe");
            String first = post(new Http("http://localhost:" + before.port()), zoe, "k-r", "Before")
                    .json()
                    .get("id")
                    .asText();
            before.close();
            App after = new App(c, clock).start();
            try {
                Http.Res retry = post(new Http("http://localhost:" + after.port()), zoe, "k-r", "Before");
                assertThat(retry.json().get("id").asText()).isEqualTo(first);
                assertThat(posts(after, zoe.id())).isEqualTo(1);
            } finally {
                after.close();
            }
        }
    }
}
