package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

@RapportServer
class ListStreamTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    Scene scene;
    Http http;
    @Person
    User ana, ben, cleo, dan;

    String post(User u, Object... kv) {
        return scene.postJson(u, kv).get("id").asText();
    }

    String list(User owner, boolean exclusive, User... members) {
        Http.Res r = http.postJson("/api/v1/lists", owner.token(), map("title", "Stream", "exclusive", exclusive));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String id = r.json().get("id").asText();
        List<String> ids = java.util.Arrays.stream(members).map(User::idString).toList();
        assertThat(http.postJson("/api/v1/lists/" + id + "/accounts", owner.token(), map("account_ids", ids))
                        .status())
                .isEqualTo(200);
        return id;
    }

    SseReader open(String path, String token) throws Exception {
        int before = server.app().notifications().streams().openCount();
        SseReader r = new SseReader(server.baseUrl() + path, token);
        SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), before + 1);
        return r;
    }

    WsClient socket(String query) throws Exception {
        int before = server.app().notifications().streams().openCount();
        WsClient ws = new WsClient("ws://localhost:" + server.app().port() + "/api/v1/streaming" + query);
        SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), before + 1);
        return ws;
    }

    @Test
    void the_list_stream_carries_members_posts_ana_may_see_and_their_deletions() throws Exception {
        scene.follow(ana.id(), ben.id());
        scene.follow(ana.id(), cleo.id());
        String l = list(ana, false, ben);
        long family = scene.circle(ben.id(), "Family");
        try (SseReader stream = open("/api/v1/streaming/list?list=" + l, ana.token())) {
            assertThat(stream.status()).isEqualTo(200);
            post(cleo, "status", "cleo is not on the list");
            post(ben, "status", "family only", "audience", List.of("circle:" + family));
            post(ben, "status", "@dan a reply to a stranger", "in_reply_to_id", post(dan, "status", "hi"));
            String seen = post(ben, "status", "for followers", "visibility", "private");
            SseReader.Event e = stream.next();
            assertThat(e.event()).isEqualTo("update");
            assertThat(JSON.readTree(e.data()).get("id").asText()).isEqualTo(seen);
            http.delete("/api/v1/statuses/" + seen, ben.token());
            SseReader.Event gone = stream.next();
            assertThat(gone.event()).isEqualTo("delete");
            assertThat(gone.data()).isEqualTo(seen);
        }
    }

    @Test
    void someone_elses_list_cannot_be_streamed_and_the_list_scope_is_needed() throws Exception {
        scene.follow(ana.id(), ben.id());
        String l = list(ana, false, ben);
        assertThat(http.get("/api/v1/streaming/list?list=" + l, cleo.token()).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/streaming/list?list=999999", ana.token()).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/streaming/list", ana.token()).status()).isEqualTo(422);
        assertThat(http.get("/api/v1/streaming/list?list=" + l).status()).isEqualTo(401);
        String statusesOnly = server.app()
                .tokens()
                .issue(null, ana.id(), Set.of("read:statuses"))
                .token();
        assertThat(http.get("/api/v1/streaming/list?list=" + l, statusesOnly).status())
                .isEqualTo(403);
        try (WsClient ws = socket("?access_token=" + cleo.token())) {
            ws.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"" + l + "\"}");
            JsonNode refused = ws.next();
            assertThat(refused.get("status").asInt()).isEqualTo(404);
            assertThat(server.app().notifications().streams().subscriptionCount())
                    .isZero();
        }
    }

    @Test
    void a_websocket_subscribes_to_a_list_and_exclusive_members_leave_the_user_stream() throws Exception {
        scene.follow(ana.id(), ben.id());
        scene.follow(ana.id(), cleo.id());
        String l = list(ana, true, ben);
        try (WsClient ws = socket("?stream=user&access_token=" + ana.token())) {
            ws.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"" + l + "\"}");
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            while (server.app().notifications().streams().subscriptionCount() != 2) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(10);
            }
            String bens = post(ben, "status", "on the list only");
            JsonNode onList = ws.next();
            assertThat(onList.get("stream").get(0).asText()).isEqualTo("list");
            assertThat(onList.get("stream").get(1).asText()).isEqualTo(l);
            assertThat(JSON.readTree(onList.get("payload").asText()).get("id").asText())
                    .isEqualTo(bens);
            String cleos = post(cleo, "status", "on home only");
            JsonNode onHome = ws.next();
            assertThat(onHome.get("stream").get(0).asText()).isEqualTo("user");
            assertThat(JSON.readTree(onHome.get("payload").asText()).get("id").asText())
                    .isEqualTo(cleos);
        }
    }
}
