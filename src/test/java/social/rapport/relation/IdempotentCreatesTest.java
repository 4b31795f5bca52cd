package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * The creates of the relationships API (claims, recommendations, invitations, circles) honour
 * Idempotency-Key as posts do: a retry answers the first answer and creates nothing, per account,
 * under concurrency; a failed create keeps no key; a retried invitation tells no more than the first.
 */
@RapportServer
class IdempotentCreatesTest {
    private static final String BASE = "/api/v1/rapport";

    TestServer server;
    Http http;
    @Person
    User ana, ben, cleo;

    private static Http.Res send(Http client, String path, User who, String key, Map<String, Object> body) {
        Map<String, String> headers = key == null ? Map.of() : Map.of("Idempotency-Key", key);
        return client.sendBytes(
                "POST",
                path,
                who.token(),
                "application/json",
                Http.toJson(body).getBytes(StandardCharsets.UTF_8),
                headers);
    }

    private Http.Res send(String path, User who, String key, Map<String, Object> body) {
        return send(http, path, who, key, body);
    }

    private long count(String table) {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Long.class)
                        .one());
    }

    private static Map<String, Object> claimOn(User subject) {
        return map("account_id", subject.idString(), "kind", "worked_together", "detail", "At the mill");
    }

    private static Map<String, Object> invitationTo(User target, String email) {
        Map<String, Object> body =
                map("account_id", target.idString(), "note", "Met at the fair", "how_we_met", "met_in_person");
        if (email != null) body.put("email", email);
        return body;
    }

    @Test
    void aRetriedClaimAnswersTheFirstAndMakesNoSecond() {
        Http.Res first = send(BASE + "/claims", ana, "c-1", claimOn(ben));
        Http.Res retry = send(BASE + "/claims", ana, "c-1", claimOn(ben));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(count("claims")).isEqualTo(1);

        // Another account's same key is its own claim; without a key every call is a claim.
        Http.Res bens = send(BASE + "/claims", ben, "c-1", claimOn(ana));
        assertThat(bens.json().get("id").asText())
                .isNotEqualTo(first.json().get("id").asText());
        send(BASE + "/claims", ana, null, claimOn(cleo));
        send(BASE + "/claims", ana, null, claimOn(cleo));
        assertThat(count("claims")).isEqualTo(4);
    }

    @Test
    void aFailedClaimKeepsNoKeySoItsRetryIsDone() {
        Map<String, Object> bad = map("account_id", ben.idString(), "kind", "was_neighbours");
        assertThat(send(BASE + "/claims", ana, "c-f", bad).status()).isEqualTo(422);
        Http.Res fixed = send(BASE + "/claims", ana, "c-f", claimOn(ben));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(count("claims")).isEqualTo(1);
        assertThat(count("idempotency_keys")).isEqualTo(1);
    }

    @Test
    void aRetriedRecommendationAnswersTheFirstAndWritesNoSecond() {
        Http.Res inv = send(BASE + "/invitations", ana, null, invitationTo(ben, null));
        assertThat(http.post(BASE + "/invitations/" + inv.json().get("id").asText() + "/accept", ben.token())
                        .status())
                .isEqualTo(200);
        Map<String, Object> body = map("account_id", ben.idString(), "text", "Ben builds sturdy chairs.");
        Http.Res first = send(BASE + "/recommendations", ana, "r-1", body);
        Http.Res retry = send(BASE + "/recommendations", ana, "r-1", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(count("recommendations")).isEqualTo(1);
    }

    @Test
    void aRetriedInvitationAnswersExactlyTheFirstEvenWhenScreeningFiledIt() {
        assertThat(http.putJson(BASE + "/screening", ben.token(), map("who_may_invite", "knows_email"))
                        .status())
                .isEqualTo(200);
        // A wrong guess is filed; the sender sees it pending, and so does the retry, spending no second guess.
        Http.Res first = send(BASE + "/invitations", ana, "i-1", invitationTo(ben, "wrong@example.org"));
        Http.Res retry = send(BASE + "/invitations", ana, "i-1", invitationTo(ben, "wrong@example.org"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("state").asText()).isEqualTo("pending");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(count("invitations")).isEqualTo(1);
        assertThat(count("email_guesses")).isEqualTo(1);

        // An unscreened one likewise; a retry without the key is refused as before.
        Http.Res toCleo = send(BASE + "/invitations", ana, "i-2", invitationTo(cleo, null));
        assertThat(send(BASE + "/invitations", ana, "i-2", invitationTo(cleo, null))
                        .json())
                .isEqualTo(toCleo.json());
        assertThat(send(BASE + "/invitations", ana, null, invitationTo(cleo, null))
                        .status())
                .isEqualTo(422);
        assertThat(count("invitations")).isEqualTo(2);
    }

    @Test
    void aRetriedCircleAnswersTheFirstCircleNotANameClash() {
        Http.Res first = send(BASE + "/circles", ana, "k-c", map("name", "Makers"));
        Http.Res retry = send(BASE + "/circles", ana, "k-c", map("name", "Makers"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(send(BASE + "/circles", ana, null, map("name", "Makers")).status())
                .isEqualTo(422);
        long makers = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM circles WHERE name = 'Makers'")
                        .mapTo(Long.class)
                        .one());
        assertThat(makers).isEqualTo(1);
    }

    @Test
    void twoPeopleInvitingEachOtherAtOnceWithKeysEndConnectedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 4; round++) {
                User a = TestUsers.create(server, "a" + round);
                User b = TestUsers.create(server, "b" + round);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Http.Res>> answers = new ArrayList<>();
                for (User[] pair : List.of(new User[] {a, b}, new User[] {b, a})) {
                    Http own = new Http(server.baseUrl());
                    // Each side sends twice with its key, as a client retrying a lost answer would.
                    for (int i = 0; i < 2; i++) {
                        answers.add(pool.submit(() -> {
                            go.await();
                            return send(
                                    own,
                                    BASE + "/invitations",
                                    pair[0],
                                    "mutual-" + pair[0].id(),
                                    invitationTo(pair[1], null));
                        }));
                    }
                }
                go.countDown();
                for (Future<Http.Res> f : answers) {
                    Http.Res r = f.get();
                    assertThat(r.status()).as("round " + round + " " + r).isEqualTo(200);
                }
                long connections = server.app()
                        .db()
                        .read(h -> h.createQuery(
                                        "SELECT COUNT(*) FROM connections WHERE low_id = :lo AND high_id = :hi")
                                .bind("lo", Math.min(a.id(), b.id()))
                                .bind("hi", Math.max(a.id(), b.id()))
                                .mapTo(Long.class)
                                .one());
                assertThat(connections).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentClaimsAndInvitationsWithOneKeyCreateOne() throws Exception {
        User[] targets = {ben, cleo, TestUsers.create(server, "dan")};
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            for (int round = 0; round < targets.length; round++) {
                User target = targets[round];
                for (String kind : List.of("claims", "invitations")) {
                    String key = kind + "-race-" + round;
                    Map<String, Object> body = kind.equals("claims") ? claimOn(target) : invitationTo(target, null);
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<Http.Res>> answers = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        Http own = new Http(server.baseUrl());
                        Callable<Http.Res> call = () -> {
                            go.await();
                            return send(own, BASE + "/" + kind, ana, key, body);
                        };
                        answers.add(pool.submit(call));
                    }
                    go.countDown();
                    List<String> ids = new ArrayList<>();
                    for (Future<Http.Res> f : answers) {
                        Http.Res r = f.get();
                        assertThat(r.status()).as(key + " " + r).isEqualTo(200);
                        ids.add(r.json().get("id").asText());
                    }
                    assertThat(ids).as(key).containsOnly(ids.get(0));
                    assertThat(count(kind)).as(key).isEqualTo(round + 1);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
