package social.rapport.message;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** A first private message from a stranger is a request: held apart, one at a time, until accepted. */
@RapportServer
class MessageRequestApiTest {
    TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo, dan;

    Http.Res send(User from, String text) {
        return http.postJson("/api/v1/statuses", from.token(), map("status", text, "visibility", "direct"));
    }

    JsonNode requests(User u) {
        Http.Res r = http.get("/api/v1/rapport/message_requests", u.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    JsonNode conversations(User u) {
        return http.get("/api/v1/conversations", u.token()).json();
    }

    int statuses() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM statuses")
                        .mapTo(Integer.class)
                        .one());
    }

    void setting(User u, String who) {
        Http.Res r = http.putJson("/api/v1/rapport/message_settings", u.token(), map("who_may_message", who));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    void screenForEarlierConversations(User u) {
        Http.Res rules = http.putJson(
                "/api/v1/rapport/screening",
                u.token(),
                map("who_may_invite", "anyone", "require_one_of", List.of("earlier_conversation")));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
    }

    void invite(User from) {
        Http.Res r = http.postJson(
                "/api/v1/rapport/invitations",
                from.token(),
                map("account_id", ana.idString(), "how_we_met", "met_in_person"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    List<String> filteredInvitations() {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode i : http.get("/api/v1/rapport/invitations?box=filtered", ana.token())
                .json()) {
            out.add(i.get("account").get("id").asText());
        }
        return out;
    }

    @Test
    void a_strangers_message_waits_in_the_requests_folder_and_no_second_one_gets_through() {
        Http.Res first = send(cleo, "@ana hello, we met at the fair");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode folder = requests(ana);
        assertThat(folder).hasSize(1);
        assertThat(folder.get(0).get("account").get("id").asText()).isEqualTo(cleo.idString());
        assertThat(folder.get(0).get("last_status").get("id").asText())
                .isEqualTo(first.json().get("id").asText());
        // Not a conversation, not a notification, not a filtered notification either.
        assertThat(conversations(ana)).isEmpty();
        assertThat(http.get("/api/v1/rapport/conversations/unread_count", ana.token())
                        .json()
                        .get("count")
                        .asInt())
                .isZero();
        assertThat(http.get("/api/v1/notifications", ana.token()).json()).isEmpty();
        assertThat(http.get("/api/v2/notifications/policy", ana.token())
                        .json()
                        .get("summary")
                        .get("pending_notifications_count")
                        .asInt())
                .isZero();
        // The sender keeps it among her own conversations.
        assertThat(conversations(cleo)).hasSize(1);

        int before = statuses();
        Http.Res second = send(cleo, "@ana did you see my message?");
        assertThat(second.status()).as(second.toString()).isEqualTo(422);
        assertThat(second.json().get("error").asText()).contains("@ana has not accepted your message request");
        assertThat(statuses()).isEqualTo(before);
        assertThat(requests(ana)).hasSize(1);
    }

    @Test
    void accepting_makes_the_thread_a_conversation_and_an_earlier_conversation_for_screening() {
        screenForEarlierConversations(ana);
        String message = send(cleo, "@ana hello").json().get("id").asText();
        // A pending request is no earlier conversation: Dan's invitation, sent with his, is screened out.
        send(dan, "@ana hello too");
        invite(dan);
        assertThat(filteredInvitations()).containsExactly(dan.idString());

        // Newest first: Dan's, then Cleo's.
        JsonNode folder = requests(ana);
        assertThat(folder.get(1).get("account").get("id").asText()).isEqualTo(cleo.idString());
        String id = folder.get(1).get("id").asText();
        Http.Res accept = http.post("/api/v1/rapport/message_requests/" + id + "/accept", ana.token());
        assertThat(accept.status()).as(accept.toString()).isEqualTo(200);
        assertThat(requests(ana)).hasSize(1);
        assertThat(requests(ana).get(0).get("account").get("id").asText()).isEqualTo(dan.idString());
        JsonNode anas = conversations(ana);
        assertThat(anas).hasSize(1);
        assertThat(anas.get(0).get("last_status").get("id").asText()).isEqualTo(message);
        assertThat(anas.get(0).get("unread").asBoolean()).isTrue();
        // Cleo may write again, and it is a plain conversation now, notified as a mention.
        Http.Res again = http.postJson(
                "/api/v1/statuses",
                cleo.token(),
                map("status", "@ana thanks!", "visibility", "direct", "in_reply_to_id", message));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(conversations(ana).get(0).get("last_status").get("id").asText())
                .isEqualTo(again.json().get("id").asText());
        assertThat(http.get("/api/v1/notifications", ana.token()).json()).hasSize(1);
        // Accepted counts as an earlier conversation: Cleo's invitation passes screening.
        invite(cleo);
        assertThat(filteredInvitations()).containsExactly(dan.idString());
        // Accepting twice, or someone else's request, is a 404.
        assertThat(http.post("/api/v1/rapport/message_requests/" + id + "/accept", ana.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void declining_removes_the_request_and_the_sender_stays_unable_to_write() {
        screenForEarlierConversations(ana);
        send(cleo, "@ana buy my course");
        String id = requests(ana).get(0).get("id").asText();
        assertThat(http.post("/api/v1/rapport/message_requests/" + id + "/decline", ben.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/rapport/message_requests/" + id + "/decline", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(requests(ana)).isEmpty();
        assertThat(conversations(ana)).isEmpty();
        assertThat(send(cleo, "@ana last chance").status()).isEqualTo(422);
        invite(cleo);
        assertThat(filteredInvitations()).containsExactly(cleo.idString());
    }

    @Test
    void people_one_follows_or_is_connected_with_write_directly_and_whom_one_wrote_to_may_answer() {
        scene.follow(ana.id(), ben.id());
        scene.connect(ana, cleo);
        assertThat(send(ben, "@ana followed, so direct").status()).isEqualTo(200);
        assertThat(send(cleo, "@ana connected, so direct").status()).isEqualTo(200);
        assertThat(requests(ana)).isEmpty();
        assertThat(conversations(ana)).hasSize(2);
        // Ana writes to Dan, a stranger: Dan may answer her, and his answer is no stranger's private mention.
        String toDan = send(ana, "@dan hello stranger").json().get("id").asText();
        assertThat(requests(dan)).hasSize(1);
        Http.Res answer = http.postJson(
                "/api/v1/statuses",
                dan.token(),
                map("status", "@ana hi!", "visibility", "direct", "in_reply_to_id", toDan));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(requests(ana)).isEmpty();
        assertThat(conversations(ana)).hasSize(3);
        JsonNode notes =
                http.get("/api/v1/notifications?types[]=mention", ana.token()).json();
        assertThat(notes).hasSize(3);
    }

    @Test
    void each_person_chooses_who_may_message_them() {
        assertThat(http.get("/api/v1/rapport/message_settings", ana.token())
                        .json()
                        .get("who_may_message")
                        .asText())
                .isEqualTo("anyone");
        Http.Res bad = http.putJson("/api/v1/rapport/message_settings", ana.token(), map("who_may_message", "friends"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("who_may_message");

        scene.connect(ana, ben);
        scene.connect(ben, cleo);
        setting(ana, "network");
        // Cleo is 2nd degree: a request; Dan is out of network: refused, with a clear reason.
        assertThat(send(cleo, "@ana a friend of Ben's").status()).isEqualTo(200);
        Http.Res far = send(dan, "@ana hi");
        assertThat(far.status()).isEqualTo(422);
        assertThat(far.json().get("error").asText()).contains("only from people in their network");

        setting(ana, "connections_and_following");
        Http.Res stranger = send(dan, "@ana hi again");
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.json().get("error").asText()).contains("connections and people they follow");
        assertThat(send(ben, "@ana connected").status()).isEqualTo(200);

        setting(ana, "nobody");
        int before = statuses();
        Http.Res none = send(ben, "@ana still connected");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().get("error").asText()).contains("does not take private messages");
        assertThat(statuses()).isEqualTo(before);
        assertThat(http.get("/api/v1/rapport/message_settings", ana.token())
                        .json()
                        .get("who_may_message")
                        .asText())
                .isEqualTo("nobody");
    }

    @Test
    void a_muted_or_blocked_sender_reaches_nothing_and_is_not_told() {
        assertThat(http.post("/api/v1/accounts/" + cleo.idString() + "/mute", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(send(cleo, "@ana you muted me").status()).isEqualTo(200);
        assertThat(send(cleo, "@ana and again").status()).isEqualTo(200);
        assertThat(requests(ana)).isEmpty();
        assertThat(conversations(ana)).isEmpty();
        // A pending request from someone blocked afterwards leaves the folder.
        send(dan, "@ana hello");
        assertThat(requests(ana)).hasSize(1);
        assertThat(http.post("/api/v1/accounts/" + dan.idString() + "/block", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(requests(ana)).isEmpty();
    }

    @Test
    void a_scheduled_second_message_is_not_published_while_the_request_is_pending() {
        send(cleo, "@ana hello");
        Http.Res later = http.postJson(
                "/api/v1/statuses",
                cleo.token(),
                map("status", "@ana still there?", "visibility", "direct", "scheduled_at", "2026-11-20T11:00:00.000Z"));
        assertThat(later.status()).as(later.toString()).isEqualTo(200);
        int before = statuses();
        clock.advance(Duration.ofHours(1));
        server.app().posts().jobs().runDue();
        assertThat(statuses()).isEqualTo(before);
        assertThat(conversations(cleo).get(0).get("last_status").get("content").asText())
                .contains("hello");
        assertThat(requests(ana)).hasSize(1);
    }

    @Test
    void two_first_messages_at_once_make_one_request_and_one_refusal() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> one = () -> {
                start.await();
                return send(cleo, "@ana at the same moment").status();
            };
            Future<Integer> a = pool.submit(one);
            Future<Integer> b = pool.submit(one);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 422);
        } finally {
            pool.shutdownNow();
        }
        assertThat(requests(ana)).hasSize(1);
    }
}
