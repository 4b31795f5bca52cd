package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Muting a conversation: no more notifications from its thread, and `muted` on its posts for the muter. */
@RapportServer
class ConversationMuteApiTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo, dan;

    String post(User u, Object... kv) {
        return scene.postJson(u, kv).get("id").asText();
    }

    List<String> notes(User u) {
        List<String> out = new ArrayList<>();
        http.get("/api/v1/notifications", u.token())
                .json()
                .forEach(n -> out.add(n.get("type").asText() + " "
                        + n.get("account").get("username").asText()));
        return out;
    }

    @Test
    void a_muted_thread_tells_its_author_nothing_more_and_unmuting_brings_notifications_back() {
        String root = post(ana, "status", "a long thread", "visibility", "public");
        String first = post(ben, "status", "first reply", "in_reply_to_id", root);
        assertThat(notes(ana)).containsExactly("mention ben");

        Http.Res muted = http.post("/api/v1/statuses/" + root + "/mute", ana.token());
        assertThat(muted.status()).as(muted.toString()).isEqualTo(200);
        assertThat(muted.json().get("muted").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/statuses/" + root, ana.token())
                        .json()
                        .get("muted")
                        .asBoolean())
                .isTrue();
        assertThat(http.get("/api/v1/statuses/" + first, ana.token())
                        .json()
                        .get("muted")
                        .asBoolean())
                .isTrue();
        assertThat(http.get("/api/v1/statuses/" + root, ben.token())
                        .json()
                        .get("muted")
                        .asBoolean())
                .isFalse();

        // Replies deep in the thread, mentions in it, favourites and reblogs of its posts: silent for ana.
        String deeper = post(cleo, "status", "deeper @ana", "in_reply_to_id", first);
        http.post("/api/v1/statuses/" + root + "/favourite", dan.token());
        http.post("/api/v1/statuses/" + root + "/reblog", dan.token());
        post(dan, "status", "deepest", "in_reply_to_id", deeper);
        assertThat(notes(ana)).containsExactly("mention ben");
        // Ben did not mute it: cleo's reply to him still reaches him.
        assertThat(notes(ben)).contains("mention cleo");
        // Another conversation still notifies.
        String other = post(ana, "status", "another topic", "visibility", "public");
        http.post("/api/v1/statuses/" + other + "/favourite", dan.token());
        assertThat(notes(ana)).containsExactly("favourite dan", "mention ben");

        Http.Res unmuted = http.post("/api/v1/statuses/" + root + "/unmute", ana.token());
        assertThat(unmuted.json().get("muted").asBoolean()).isFalse();
        post(cleo, "status", "back again", "in_reply_to_id", root);
        assertThat(notes(ana)).contains("mention cleo");
    }

    @Test
    void only_a_visible_conversation_one_takes_part_in_may_be_muted() {
        String open = post(ana, "status", "hello @ben", "visibility", "public");
        String hidden = post(ana, "status", "followers only", "visibility", "private");
        // Cleo sees the public post but takes no part in it.
        Http.Res outsider = http.post("/api/v1/statuses/" + open + "/mute", cleo.token());
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.json().get("error").asText()).isNotBlank();
        // The mentioned person may.
        assertThat(http.post("/api/v1/statuses/" + open + "/mute", ben.token()).status())
                .isEqualTo(200);
        // A post one may not see answers exactly as a missing one.
        Http.Res notSeen = http.post("/api/v1/statuses/" + hidden + "/mute", cleo.token());
        Http.Res missing = http.post("/api/v1/statuses/99999999/mute", cleo.token());
        assertThat(notSeen.status()).isEqualTo(404);
        assertThat(notSeen.body()).isEqualTo(missing.body());
        assertThat(http.post("/api/v1/statuses/abc/mute", ana.token()).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/statuses/" + open + "/mute", null).status())
                .isEqualTo(401);
        String readOnly = server.app()
                .tokens()
                .issue(null, ana.id(), java.util.Set.of("read"))
                .token();
        assertThat(http.post("/api/v1/statuses/" + open + "/mute", readOnly).status())
                .isEqualTo(403);
        int rows = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM conversation_mutes")
                        .mapTo(Integer.class)
                        .one());
        assertThat(rows).isEqualTo(1);
    }
}
