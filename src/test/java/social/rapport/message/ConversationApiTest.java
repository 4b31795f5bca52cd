package social.rapport.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Mastodon's conversations: private posts grouped by thread, each person's own, read and removed alone. */
@RapportServer
class ConversationApiTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo;

    String direct(User from, String text) {
        return scene.postJson(from, "status", text, "visibility", "direct")
                .get("id")
                .asText();
    }

    String reply(User from, String to, String text) {
        return scene.postJson(from, "status", text, "visibility", "direct", "in_reply_to_id", to)
                .get("id")
                .asText();
    }

    JsonNode conversations(User u) {
        Http.Res r = http.get("/api/v1/conversations", u.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    int unread(User u) {
        return http.get("/api/v1/rapport/conversations/unread_count", u.token())
                .json()
                .get("count")
                .asInt();
    }

    @Test
    void a_thread_of_private_posts_is_one_conversation_for_each_person_in_it() {
        scene.connect(ana, ben);
        String first = direct(ana, "@ben lunch at noon?");
        JsonNode bens = conversations(ben);
        assertThat(bens).hasSize(1);
        assertThat(bens.get(0).get("unread").asBoolean()).isTrue();
        assertThat(bens.get(0).get("last_status").get("id").asText()).isEqualTo(first);
        assertThat(bens.get(0).get("accounts").get(0).get("id").asText()).isEqualTo(ana.idString());
        assertThat(bens.get(0).get("accounts")).hasSize(1);
        assertThat(unread(ben)).isEqualTo(1);
        // The author's own message is read for her.
        assertThat(conversations(ana).get(0).get("unread").asBoolean()).isFalse();
        assertThat(unread(ana)).isZero();

        String answer = reply(ben, first, "@ana yes, see you there");
        JsonNode anas = conversations(ana);
        assertThat(anas).hasSize(1);
        assertThat(anas.get(0).get("last_status").get("id").asText()).isEqualTo(answer);
        assertThat(anas.get(0).get("unread").asBoolean()).isTrue();
        assertThat(unread(ana)).isEqualTo(1);

        Http.Res read =
                http.post("/api/v1/conversations/" + anas.get(0).get("id").asText() + "/read", ana.token());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("unread").asBoolean()).isFalse();
        assertThat(unread(ana)).isZero();
        assertThat(conversations(ana).get(0).get("unread").asBoolean()).isFalse();
        // Public posts are no conversation.
        scene.postJson(ana, "status", "hello @ben", "visibility", "public");
        assertThat(conversations(ben)).hasSize(1);
    }

    @Test
    void removing_a_conversation_removes_it_for_the_caller_only_until_a_new_message() {
        scene.connect(ana, ben);
        String first = direct(ana, "@ben a secret");
        String anas = conversations(ana).get(0).get("id").asText();
        assertThat(http.delete("/api/v1/conversations/" + anas, ana.token()).status())
                .isEqualTo(200);
        assertThat(conversations(ana)).isEmpty();
        assertThat(conversations(ben)).hasSize(1);
        assertThat(http.get("/api/v1/statuses/" + first, ana.token()).status()).isEqualTo(200);
        reply(ben, first, "@ana tell me more");
        assertThat(conversations(ana)).hasSize(1);
        assertThat(unread(ana)).isEqualTo(1);
    }

    @Test
    void someone_elses_conversation_is_missing() {
        scene.connect(ana, ben);
        direct(ana, "@ben just us");
        String bens = conversations(ben).get(0).get("id").asText();
        assertThat(http.post("/api/v1/conversations/" + bens + "/read", cleo.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.delete("/api/v1/conversations/" + bens, cleo.token()).status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/conversations/nope/read", ben.token()).status())
                .isEqualTo(404);
        assertThat(conversations(ben)).hasSize(1);
        assertThat(http.get("/api/v1/conversations").status()).isEqualTo(401);
    }

    @Test
    void conversations_page_newest_first_with_link_headers() {
        scene.connect(ana, ben);
        scene.connect(ana, cleo);
        direct(ben, "@ana one");
        direct(cleo, "@ana two");
        String third = direct(ben, "@ana three, a new thread");
        Http.Res first = http.get("/api/v1/conversations?limit=2", ana.token());
        assertThat(first.json()).hasSize(2);
        assertThat(first.json().get(0).get("last_status").get("id").asText()).isEqualTo(third);
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        Http.Res second = http.get(next.substring(next.indexOf("/api/")), ana.token());
        assertThat(second.json()).hasSize(1);
        assertThat(second.json().get(0).get("last_status").get("content").asText())
                .contains("one");
    }

    @Test
    void what_the_reader_may_no_longer_see_is_neither_shown_nor_counted() {
        scene.connect(ana, ben);
        String secret = direct(ana, "@ben before the quarrel");
        assertThat(unread(ben)).isEqualTo(1);
        // Ana blocks Ben: her post is hidden from him, so is the conversation and its unread mark.
        assertThat(http.post("/api/v1/accounts/" + ben.idString() + "/block", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(conversations(ben)).isEmpty();
        assertThat(unread(ben)).isZero();
        assertThat(http.get("/api/v1/statuses/" + secret, ben.token()).status()).isEqualTo(404);
        // A deleted post leaves no conversation behind either.
        scene.connect(ana, cleo);
        String gone = direct(ana, "@cleo soon deleted");
        assertThat(unread(cleo)).isEqualTo(1);
        assertThat(http.delete("/api/v1/statuses/" + gone, ana.token()).status())
                .isEqualTo(200);
        assertThat(conversations(cleo)).isEmpty();
        assertThat(unread(cleo)).isZero();
    }

    @Test
    void a_group_message_lists_everyone_else_in_it() {
        scene.connect(ana, ben);
        scene.connect(ana, cleo);
        direct(ana, "@ben @cleo planning the party");
        JsonNode bens = conversations(ben);
        assertThat(bens.get(0).get("accounts")).hasSize(2);
        assertThat(conversations(ana).get(0).get("accounts")).hasSize(2);
    }
}
