package social.rapport.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

@RapportServer
class SessionsApiTest {
    TestServer server;
    Http http;

    @Person
    TestUsers.User ana;

    @Person
    TestUsers.User ben;

    @Test
    void ana_lists_her_sessions_and_tokens_with_the_current_one_marked_and_ends_one() {
        long laptop = server.app()
                .webSessions()
                .start(ana.id(), "Firefox", "10.0.0.1")
                .session()
                .id();
        String phone =
                server.app().tokens().issue(null, ana.id(), Set.of("read")).token();
        JsonNode list = http.get("/api/v1/rapport/sessions", ana.token()).json();
        assertThat(list.get("sessions")).hasSize(1);
        assertThat(list.get("sessions").get(0).get("user_agent").asText()).isEqualTo("Firefox");
        assertThat(list.get("tokens")).hasSize(2);
        assertThat(list.get("tokens").get(0).get("current").asBoolean()).isTrue();
        assertThat(list.get("tokens").get(1).get("current").asBoolean()).isFalse();
        String phoneId = list.get("tokens").get(1).get("id").asText();

        assertThat(http.delete("/api/v1/rapport/tokens/" + phoneId, ana.token()).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/verify_credentials", phone).status())
                .isEqualTo(401);
        assertThat(http.delete("/api/v1/rapport/sessions/" + laptop, ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(server.app().webSessions().ofAccount(ana.id())).isEmpty();
    }

    @Test
    void ben_cannot_end_anas_session_or_token_it_is_not_found_for_him() {
        long laptop = server.app()
                .webSessions()
                .start(ana.id(), "Firefox", "10.0.0.1")
                .session()
                .id();
        String anaTokenId = http.get("/api/v1/rapport/sessions", ana.token())
                .json()
                .get("tokens")
                .get(0)
                .get("id")
                .asText();
        Http.Res s = http.delete("/api/v1/rapport/sessions/" + laptop, ben.token());
        assertThat(s.status()).isEqualTo(404);
        assertThat(http.delete("/api/v1/rapport/tokens/" + anaTokenId, ben.token())
                        .body())
                .isEqualTo(s.body());
        assertThat(server.app().webSessions().ofAccount(ana.id())).hasSize(1);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token()).status())
                .isEqualTo(200);
    }

    @Test
    void changing_the_password_through_the_api_keeps_this_token_and_ends_the_others() {
        String other =
                server.app().tokens().issue(null, ana.id(), Set.of("read")).token();
        server.app().webSessions().start(ana.id(), "Firefox", "10.0.0.1");
        Http.Res wrong = http.postJson(
                "/api/v1/rapport/password",
                ana.token(),
                Map.of("current_password", "not it at all", "password", "a whole new passphrase"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("details").has("current_password")).isTrue();
        Http.Res ok = http.postJson(
                "/api/v1/rapport/password",
                ana.token(),
                Map.of("current_password", TestUsers.PASSWORD, "password", "a whole new passphrase"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token()).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/verify_credentials", other).status())
                .isEqualTo(401);
        assertThat(server.app().webSessions().ofAccount(ana.id())).isEmpty();
    }

    @Test
    void ana_deletes_her_account_through_the_api_and_is_gone() {
        Http.Res wrong = http.postJson("/api/v1/rapport/account/delete", ana.token(), Map.of("password", "nope nope"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/rapport/account/delete", ana.token(), Map.of("password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token()).status())
                .isEqualTo(401);
        assertThat(http.get("/api/v1/accounts/" + ana.idString()).status()).isEqualTo(404);
    }
}
