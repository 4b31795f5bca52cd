package social.rapport.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.account.Settings;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

@RapportServer
class AccountsApiTest {
    TestServer server;
    Http http;
    Scene scene;

    @Person
    TestUsers.User ana;

    private String appToken() {
        return scene.appToken("read write", "write").token();
    }

    private Map<String, String> signUpForm(String name) {
        return Map.of(
                "username",
                name,
                "email",
                name + "@example.org",
                "password",
                "correct horse battery staple",
                "agreement",
                "true");
    }

    @Test
    void ana_updates_her_profile_with_form_fields_and_locked_stays_as_it_was_when_not_mentioned() {
        Http.Res locked = http.patchJson("/api/v1/accounts/update_credentials", ana.token(), Map.of("locked", true));
        assertThat(locked.json().get("locked").asBoolean()).isTrue();
        Http.Res r = http.send(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                ana.token(),
                "application/x-www-form-urlencoded",
                Http.form(new java.util.LinkedHashMap<>(Map.of(
                        "display_name",
                        "Ana Ávila",
                        "note",
                        "Hello <b>world</b>\nline two",
                        "fields_attributes[0][name]",
                        "Web",
                        "fields_attributes[0][value]",
                        "https://ana.example",
                        "fields_attributes[1][name]",
                        "Pronouns",
                        "fields_attributes[1][value]",
                        "she/her"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode me = r.json();
        assertThat(me.get("display_name").asText()).isEqualTo("Ana Ávila");
        assertThat(me.get("locked").asBoolean()).isTrue();
        assertThat(me.get("note").asText()).isEqualTo("<p>Hello &lt;b&gt;world&lt;/b&gt;<br>line two</p>");
        assertThat(me.get("source").get("note").asText()).isEqualTo("Hello <b>world</b>\nline two");
        assertThat(me.get("fields").get(0).get("name").asText()).isEqualTo("Web");
        assertThat(me.get("fields").get(1).get("value").asText()).isEqualTo("she/her");
        JsonNode shown = http.get("/api/v1/accounts/" + ana.idString()).json();
        assertThat(shown.get("display_name").asText()).isEqualTo("Ana Ávila");
        assertThat(shown.has("source")).isFalse();
    }

    @Test
    void json_fields_replace_the_old_ones_and_bad_values_are_422_naming_the_field() {
        http.patchJson(
                "/api/v1/accounts/update_credentials",
                ana.token(),
                Map.of(
                        "fields_attributes",
                        List.of(Map.of("name", "A", "value", "1"), Map.of("name", "B", "value", "2"))));
        Http.Res r = http.patchJson(
                "/api/v1/accounts/update_credentials",
                ana.token(),
                Map.of("fields_attributes", Map.of("0", Map.of("name", "C", "value", "3"))));
        assertThat(r.json().get("fields")).hasSize(1);
        for (var bad : List.of(
                Map.of("display_name", "x".repeat(31)),
                Map.of("note", "y".repeat(501)),
                Map.<String, Object>of(
                        "fields_attributes",
                        List.of(
                                Map.of("name", "1", "value", "1"),
                                Map.of("name", "2", "value", "2"),
                                Map.of("name", "3", "value", "3"),
                                Map.of("name", "4", "value", "4"),
                                Map.of("name", "5", "value", "5"))),
                Map.of("locked", "perhaps"))) {
            Http.Res res = http.patchJson("/api/v1/accounts/update_credentials", ana.token(), bad);
            assertThat(res.status()).as(res.toString()).isEqualTo(422);
            assertThat(res.json().get("details").has(bad.keySet().iterator().next()))
                    .as(res.toString())
                    .isTrue();
        }
        assertThat(http.get("/api/v1/accounts/" + ana.idString())
                        .json()
                        .get("fields")
                        .get(0)
                        .get("name")
                        .asText())
                .isEqualTo("C");
    }

    @Test
    void lookup_finds_a_handle_here_and_nothing_from_elsewhere() {
        String domain = server.app().config().domain();
        assertThat(http.get("/api/v1/accounts/lookup?acct=ana").json().get("id").asText())
                .isEqualTo(ana.idString());
        assertThat(http.get("/api/v1/accounts/lookup?acct=ANA@" + domain)
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(ana.idString());
        assertThat(http.get("/api/v1/accounts/lookup?acct=ana@elsewhere.example")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/accounts/lookup?acct=nobody").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/accounts/lookup").status()).isEqualTo(422);
    }

    @Test
    void a_pending_or_suspended_account_is_the_same_404_as_one_that_never_existed() {
        TestUsers.User ben = TestUsers.create(server, "ben");
        String missing = http.get("/api/v1/accounts/99999").body();
        for (String state : List.of("pending", "suspended")) {
            server.app().db().writeVoid(tx -> server.app().accounts().setState(tx, ben.id(), state));
            Http.Res r = http.get("/api/v1/accounts/" + ben.idString(), ana.token());
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.body()).isEqualTo(missing);
            assertThat(http.get("/api/v1/accounts/lookup?acct=ben").body()).isEqualTo(missing);
        }
    }

    @Test
    void a_token_without_the_scope_is_refused_with_403() {
        String readOnly = server.app()
                .tokens()
                .issue(null, ana.id(), Set.of("read:statuses"))
                .token();
        Http.Res r = http.get("/api/v1/accounts/verify_credentials", readOnly);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error").asText()).contains("scope");
        assertThat(http.patchJson(
                                "/api/v1/accounts/update_credentials",
                                server.app()
                                        .tokens()
                                        .issue(null, ana.id(), Set.of("read"))
                                        .token(),
                                Map.of("note", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/accounts/" + ana.idString(), readOnly).status())
                .isEqualTo(403);
        String profile =
                server.app().tokens().issue(null, ana.id(), Set.of("profile")).token();
        assertThat(http.get("/api/v1/accounts/verify_credentials", profile).status())
                .isEqualTo(200);
    }

    @Test
    void sign_up_through_the_api_honours_the_registration_mode() {
        String app = appToken();
        server.app().settings().setRegistration(Settings.Registration.APPROVAL);
        Http.Res pending = http.postForm("/api/v1/accounts", app, signUpForm("cleo"));
        assertThat(pending.status()).as(pending.toString()).isEqualTo(200);
        Http.Res use = http.get(
                "/api/v1/accounts/verify_credentials",
                pending.json().get("access_token").asText());
        assertThat(use.status()).isEqualTo(403);
        assertThat(use.json().get("error").asText()).contains("pending approval");
        server.app().settings().setRegistration(Settings.Registration.CLOSED);
        Http.Res closed = http.postForm("/api/v1/accounts", app, signUpForm("dan"));
        assertThat(closed.status()).isEqualTo(403);
        assertThat(closed.json().get("error").asText()).contains("closed");
        assertThat(http.postForm("/api/v1/accounts", ana.token(), signUpForm("eve"))
                        .status())
                .isEqualTo(403);
        assertThat(http.postForm("/api/v1/accounts", null, signUpForm("eve")).status())
                .isEqualTo(401);
    }

    @Test
    void the_instance_documents_tell_the_registration_mode_and_limits() {
        server.app().settings().setRegistration(Settings.Registration.APPROVAL);
        JsonNode v2 = http.get("/api/v2/instance").json();
        assertThat(v2.get("registrations").get("enabled").asBoolean()).isTrue();
        assertThat(v2.get("registrations").get("approval_required").asBoolean()).isTrue();
        assertThat(v2.get("configuration").get("statuses").get("max_characters").asInt())
                .isEqualTo(500);
        assertThat(v2.get("usage").get("users").get("active_month").asInt()).isEqualTo(1);
        JsonNode v1 = http.get("/api/v1/instance").json();
        assertThat(v1.get("approval_required").asBoolean()).isTrue();
        assertThat(v1.get("stats").get("user_count").asInt()).isEqualTo(1);
        assertThat(v1.get("version").asText()).startsWith("4.");
    }

    @Test
    void webfinger_and_nodeinfo_describe_ana_and_the_server() {
        String domain = server.app().config().domain();
        Http.Res wf = http.get("/.well-known/webfinger?resource=acct:ana@" + domain);
        assertThat(wf.header("Content-Type")).startsWith("application/jrd+json");
        assertThat(wf.json().get("subject").asText()).isEqualTo("acct:ana@" + domain);
        assertThat(wf.json().get("links").get(0).get("href").asText()).endsWith("/@ana");
        assertThat(http.get("/.well-known/webfinger?resource=acct:nobody@" + domain)
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/.well-known/webfinger?resource=acct:ana@elsewhere.example")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/.well-known/webfinger").status()).isEqualTo(400);
        String href = http.get("/.well-known/nodeinfo")
                .json()
                .get("links")
                .get(0)
                .get("href")
                .asText();
        assertThat(href).endsWith("/nodeinfo/2.0");
        JsonNode ni = http.get("/nodeinfo/2.0").json();
        assertThat(ni.get("software").get("name").asText()).isEqualTo("rapport");
        assertThat(ni.get("usage").get("users").get("total").asInt()).isEqualTo(1);
        assertThat(ni.has("openRegistrations")).isTrue();
        assertThat(ni.get("metadata").get("upstream").get("name").asText()).isEqualTo("Mastodon");
    }
}
