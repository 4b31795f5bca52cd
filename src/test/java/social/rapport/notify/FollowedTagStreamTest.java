package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** The user stream carries what home shows: a followed hashtag's public posts, never its restricted ones. */
@RapportServer
class FollowedTagStreamTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben;

    String post(User u, Object... kv) {
        return scene.postJson(u, kv).get("id").asText();
    }

    @Test
    void the_user_stream_carries_a_followed_tags_public_post_but_not_a_restricted_one() throws Exception {
        http.post("/api/v1/tags/tea/follow", ana.token());
        try (SseReader stream = new SseReader(server.baseUrl() + "/api/v1/streaming/user", ana.token())) {
            SseReader.awaitOpen(() -> server.app().notifications().streams().openCount(), 1);
            post(ben, "status", "followers #tea", "visibility", "private");
            post(ben, "status", "quiet #tea", "visibility", "unlisted");
            post(ben, "status", "no tag", "visibility", "public");
            String open = post(ben, "status", "open #tea", "visibility", "public");
            SseReader.Event e = stream.next();
            assertThat(e.event()).isEqualTo("update");
            assertThat(new ObjectMapper().readTree(e.data()).get("id").asText()).isEqualTo(open);
        }
    }
}
