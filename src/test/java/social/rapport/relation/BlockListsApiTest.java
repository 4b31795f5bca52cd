package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** GET /api/v1/blocks and /api/v1/mutes: the caller's own lists, paged with Link, under their scopes. */
@RapportServer
class BlockListsApiTest {
    TestServer server;
    TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    Http http;
    @Person
    User ana, ben, cleo, dan;

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(j -> out.add(j.get("id").asText()));
        return out;
    }

    private String token(User u, String... scopes) {
        return server.app().tokens().issue(null, u.id(), Set.of(scopes)).token();
    }

    @Test
    void blocks_lists_whom_the_caller_blocked_newest_id_first_and_pages_with_link() {
        assertThat(http.post("/api/v1/accounts/" + ben.id() + "/block", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/accounts/" + cleo.id() + "/block", ana.token())
                        .status())
                .isEqualTo(200);
        server.app().relations().blockAccount().block(dan.id(), ana.id());
        Http.Res all = http.get("/api/v1/blocks", ana.token());
        assertThat(all.status()).isEqualTo(200);
        assertThat(ids(all.json())).containsExactly(cleo.idString(), ben.idString());
        assertThat(all.json().get(0).get("username").asText()).isEqualTo("cleo");

        Http.Res first = http.get("/api/v1/blocks?limit=1", ana.token());
        assertThat(ids(first.json())).containsExactly(cleo.idString());
        String link = first.header("Link");
        assertThat(link).contains("max_id=" + cleo.id() + ">; rel=\"next\"");
        assertThat(ids(http.get("/api/v1/blocks?limit=1&max_id=" + cleo.id(), ana.token())
                        .json()))
                .containsExactly(ben.idString());

        // Dan blocked Ana: that is Dan's list, never Ana's; and each sees only their own.
        assertThat(ids(http.get("/api/v1/blocks", dan.token()).json())).containsExactly(ana.idString());
        assertThat(http.get("/api/v1/blocks", ben.token()).json()).isEmpty();
        http.post("/api/v1/accounts/" + ben.id() + "/unblock", ana.token());
        assertThat(ids(http.get("/api/v1/blocks", ana.token()).json())).containsExactly(cleo.idString());
    }

    @Test
    void mutes_lists_live_mutes_only_and_an_expired_one_drops_out() {
        http.postForm("/api/v1/accounts/" + ben.id() + "/mute", ana.token(), java.util.Map.of("duration", "3600"));
        http.post("/api/v1/accounts/" + cleo.id() + "/mute", ana.token());
        assertThat(ids(http.get("/api/v1/mutes", ana.token()).json())).containsExactly(cleo.idString(), ben.idString());
        clock.advance(Duration.ofHours(2));
        assertThat(ids(http.get("/api/v1/mutes", ana.token()).json())).containsExactly(cleo.idString());
        Http.Res page = http.get("/api/v1/mutes?limit=1", ana.token());
        assertThat(page.header("Link")).contains("max_id=" + cleo.id());
        assertThat(http.get("/api/v1/mutes", ben.token()).json()).isEmpty();
        http.post("/api/v1/accounts/" + cleo.id() + "/unmute", ana.token());
        assertThat(http.get("/api/v1/mutes", ana.token()).json()).isEmpty();
    }

    @Test
    void each_list_needs_its_read_scope_and_a_token() {
        server.app().relations().blockAccount().block(ana.id(), ben.id());
        server.app().relations().muteAccount().mute(ana.id(), cleo.id(), true, 0);
        assertThat(http.get("/api/v1/blocks", token(ana, "read:mutes")).status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/mutes", token(ana, "read:blocks")).status())
                .isEqualTo(403);
        assertThat(ids(http.get("/api/v1/blocks", token(ana, "read:blocks")).json()))
                .containsExactly(ben.idString());
        assertThat(ids(http.get("/api/v1/mutes", token(ana, "read:mutes")).json()))
                .containsExactly(cleo.idString());
        assertThat(ids(http.get("/api/v1/blocks", token(ana, "follow")).json())).containsExactly(ben.idString());
        assertThat(http.get("/api/v1/blocks", null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/mutes", "not-a-token").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/blocks?limit=abc", ana.token()).status()).isEqualTo(422);
    }
}
