package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import social.rapport.testing.Http;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/** A reblog reaches exactly the original's audience, including the people a mentioned-only original names. */
@ParameterizedClass
@MethodSource("social.rapport.testing.Databases#all")
class ReblogAudienceTest {
    @Parameter
    TestDb testDb;

    TestServer server;
    Http http;
    User ana, ben, cleo;

    @BeforeEach
    void start() {
        server = TestServer.start(testDb);
        http = server.http();
        ana = TestUsers.create(server, "ana");
        ben = TestUsers.create(server, "ben");
        cleo = TestUsers.create(server, "cleo");
    }

    @AfterEach
    void stop() {
        server.close();
    }

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
