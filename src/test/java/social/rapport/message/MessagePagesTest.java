package social.rapport.message;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** The messages pages on both databases: inbox, requests folder with research cards, a conversation and its composer. */
@RapportServer
class MessagePagesTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo;

    String request(User from, String text) {
        Http.Res r = http.postJson("/api/v1/statuses", from.token(), map("status", text, "visibility", "direct"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    String conversationId(User u) {
        return http.get("/api/v1/conversations", u.token())
                .json()
                .get(0)
                .get("id")
                .asText();
    }

    @Test
    void ana_accepts_a_strangers_request_from_its_research_card_and_answers_in_the_conversation() {
        request(cleo, "@ana we met at the fair, remember the stall?");
        PageClient a = scene.signedIn("ana");
        String inbox = a.get("/messages").body();
        assertThat(inbox).contains("Message requests (1)", "No conversations yet");
        Http.Res folder = a.get("/messages/requests");
        assertThat(folder.status()).isEqualTo(200);
        assertThat(folder.body())
                .contains("class=\"card\"", "@cleo", "Joined", "we met at the fair", "/accept", "/decline");
        String requestId = http.get("/api/v1/rapport/message_requests", ana.token())
                .json()
                .get(0)
                .get("id")
                .asText();
        Http.Res accepted = a.submit("/messages/requests", "/messages/requests/" + requestId + "/accept", Map.of());
        assertThat(accepted.status()).isEqualTo(303);
        assertThat(accepted.header("Location")).isEqualTo("/messages?notice=message-accepted");
        String after = a.get("/messages").body();
        assertThat(after).contains("1 unread conversation", "New", "Message requests (0)", "we met at the fair");

        String id = conversationId(ana);
        Http.Res view = a.get("/messages/" + id);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("Conversation with @cleo", "we met at the fair", "Mark as read");
        // Looking changes nothing; the button marks it read.
        assertThat(a.get("/messages").body()).contains("1 unread conversation");
        Http.Res sent = a.submit("/messages/" + id, "/messages/" + id, Map.of("status", "Of course I do!"));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo("/messages/" + id + "?notice=message-sent");
        assertThat(a.get("/messages").body()).contains("No unread conversations");
        // Cleo gets the answer in her conversation, addressed to her.
        var cleos = http.get("/api/v1/conversations", cleo.token()).json().get(0);
        assertThat(cleos.get("unread").asBoolean()).isTrue();
        assertThat(cleos.get("last_status").get("content").asText()).contains("Of course I do!", "@");
    }

    @Test
    void a_second_message_before_acceptance_is_refused_on_the_page_with_the_reason() {
        request(cleo, "@ana hello");
        PageClient c = scene.signedIn("cleo");
        String id = conversationId(cleo);
        Http.Res again = c.submit("/messages/" + id, "/messages/" + id, Map.of("status", "hello again"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("has not accepted your message request");
        assertThat(http.get("/api/v1/rapport/message_requests", ana.token()).json())
                .hasSize(1);
    }

    @Test
    void declining_from_the_folder_and_choosing_who_may_message() {
        request(cleo, "@ana buy my course");
        PageClient a = scene.signedIn("ana");
        String requestId = http.get("/api/v1/rapport/message_requests", ana.token())
                .json()
                .get(0)
                .get("id")
                .asText();
        Http.Res declined = a.submit("/messages/requests", "/messages/requests/" + requestId + "/decline", Map.of());
        assertThat(declined.header("Location")).isEqualTo("/messages/requests?notice=message-declined");
        assertThat(a.get("/messages/requests").body()).contains("No message requests.");

        assertThat(a.get("/settings/messages").body()).contains("Who may message you", "value=\"nobody\"");
        Http.Res saved = a.submit("/settings/messages", "/settings/messages", Map.of("who_may_message", "nobody"));
        assertThat(saved.header("Location")).isEqualTo("/settings/messages?notice=message-settings");
        assertThat(http.get("/api/v1/rapport/message_settings", ana.token())
                        .json()
                        .get("who_may_message")
                        .asText())
                .isEqualTo("nobody");
        Http.Res bad = a.submit("/settings/messages", "/settings/messages", Map.of("who_may_message", "friends"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(http.get("/api/v1/rapport/message_settings", ana.token())
                        .json()
                        .get("who_may_message")
                        .asText())
                .isEqualTo("nobody");
    }

    @Test
    void someone_elses_conversation_page_is_missing() {
        scene.connect(ana, ben);
        request(ana, "@ben just us");
        String bens = conversationId(ben);
        PageClient c = scene.signedIn("cleo");
        assertThat(c.get("/messages/" + bens).status()).isEqualTo(404);
        assertThat(c.submit("/messages", "/messages/" + bens, Map.of("status", "hi"))
                        .status())
                .isEqualTo(404);
    }
}
