package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** The pages' stream tells the inbox of a new private message, counting only conversations one may see. */
@RapportServer
class LiveMessagesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo;

    @Test
    void a_message_in_a_conversation_sends_the_unread_count_and_a_request_sends_nothing() throws Exception {
        scene.connect(ana, ben);
        PageClient page = scene.signedIn("ana");
        try (SseReader live = new SseReader(server.baseUrl() + "/live", null, LiveStreamTest.cookie(page))) {
            assertThat(live.status()).isEqualTo(200);
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
            // A stranger's request is no conversation: nothing for the inbox.
            assertThat(http.postJson(
                                    "/api/v1/statuses",
                                    cleo.token(),
                                    map("status", "@ana hello stranger", "visibility", "direct"))
                            .status())
                    .isEqualTo(200);
            assertThat(http.postJson(
                                    "/api/v1/statuses",
                                    ben.token(),
                                    map("status", "@ana lunch?", "visibility", "direct"))
                            .status())
                    .isEqualTo(200);
            SseReader.Event e = live.next();
            assertThat(e.event()).isEqualTo("messages");
            assertThat(JSON.readTree(e.data()).get("unread").asInt()).isEqualTo(1);
            assertThat(e.data()).doesNotContain("lunch");
        }
    }
}
