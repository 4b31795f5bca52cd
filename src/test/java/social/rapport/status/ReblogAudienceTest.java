package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** A reblog reaches exactly the original's audience, including the people a mentioned-only original names. */
@RapportServer
class ReblogAudienceTest {
    TestServer server;
    Http http;
    @Person
    User ana, ben, cleo;

    @Test
    void ana_reblogs_her_own_post_to_ben_only_and_ben_sees_the_reblog_while_cleo_does_not() {
        Http.Res direct = http.postJson(
                "/api/v1/statuses", ana.token(), map("status", "@ben lunch at noon?", "visibility", "direct"));
        assertThat(direct.status()).as(direct.toString()).isEqualTo(200);
        Http.Res reblog =
                http.post("/api/v1/statuses/" + direct.json().get("id").asText() + "/reblog", ana.token());
        assertThat(reblog.status()).as(reblog.toString()).isEqualTo(200);
        String id = reblog.json().get("id").asText();
        assertThat(http.get("/api/v1/statuses/" + id, ben.token()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/statuses/" + id, cleo.token()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/statuses/" + id).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/statuses/" + direct.json().get("id").asText() + "/reblogged_by", ben.token())
                        .json())
                .hasSize(1);
    }
}
