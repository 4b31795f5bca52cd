package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.account.Secrets;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** The issue's second end-to-end story: a Mastodon app gets a user token through the web pages. */
@RapportServer
class OAuthPagesTest {
    static final String CALLBACK = "https://app.example/callback";
    static final String VERIFIER = "a-verifier-of-at-least-forty-three-characters-0123456789";

    TestServer server;
    JsonNode app;

    @BeforeEach
    void start() {
        Http.Res res = server.http()
                .postForm(
                        "/api/v1/apps",
                        null,
                        Map.of(
                                "client_name",
                                "Tusk <b>Pro</b>",
                                "redirect_uris",
                                CALLBACK + "\n" + "urn:ietf:wg:oauth:2.0:oob",
                                "scopes",
                                "read write follow"));
        assertThat(res.status()).as(res.body()).isEqualTo(200);
        app = res.json();
    }

    private Map<String, String> request(String redirect, String state) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("client_id", app.get("client_id").asText());
        q.put("redirect_uri", redirect);
        q.put("response_type", "code");
        q.put("scope", "read write");
        q.put("code_challenge", Secrets.s256(VERIFIER));
        q.put("code_challenge_method", "S256");
        q.put("state", state);
        return q;
    }

    private static String query(Map<String, String> q) {
        return "?" + Http.form(q);
    }

    private static String param(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) return java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
        }
        return null;
    }

    private Http.Res consent(PageClient b, Map<String, String> req, String decision) {
        Map<String, String> form = new LinkedHashMap<>(req);
        form.put("decision", decision);
        return b.submit("/oauth/authorize" + query(req), "/oauth/authorize", form);
    }

    @Test
    void ana_signs_in_allows_the_app_and_the_app_exchanges_the_code_with_pkce_for_her_token() {
        TestUsers.create(server, "ana");
        PageClient ana = new PageClient(server);
        Map<String, String> req = request(CALLBACK, "st-42");
        String authorize = "/oauth/authorize" + query(req);

        Http.Res first = ana.get(authorize);
        assertThat(first.status()).isEqualTo(303);
        assertThat(first.header("Location"))
                .isEqualTo("/auth/sign_in?return_to=" + URLEncoder.encode(authorize, StandardCharsets.UTF_8));
        Http.Res signedIn = ana.submit(
                first.header("Location"),
                "/auth/sign_in",
                Map.of("login", "ana", "password", TestUsers.PASSWORD, "return_to", authorize));
        assertThat(signedIn.header("Location")).isEqualTo(authorize);

        Http.Res page = ana.get(authorize);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Allow Tusk &lt;b&gt;Pro&lt;/b&gt; to use your account?",
                        "See everything in your account",
                        "Post, change and delete things")
                .doesNotContain("<b>Pro</b>");

        Http.Res allowed = consent(ana, req, "approve");
        assertThat(allowed.status()).isEqualTo(303);
        String location = allowed.header("Location");
        assertThat(location).startsWith(CALLBACK + "?code=").contains("&state=st-42");

        Http.Res token = server.http()
                .postForm(
                        "/oauth/token",
                        null,
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                param(location, "code"),
                                "redirect_uri",
                                CALLBACK,
                                "client_id",
                                app.get("client_id").asText(),
                                "client_secret",
                                app.get("client_secret").asText(),
                                "code_verifier",
                                VERIFIER));
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        assertThat(token.json().get("scope").asText()).isEqualTo("read write");
        Http.Res me = server.http()
                .get(
                        "/api/v1/accounts/verify_credentials",
                        token.json().get("access_token").asText());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("ana");

        // The app now shows on her sessions page, and she can take its access back there.
        Http.Res sessions = ana.get("/settings/sessions");
        assertThat(sessions.body()).contains("Tusk &lt;b&gt;Pro&lt;/b&gt;", "Revoke access");
    }

    @Test
    void the_out_of_band_redirect_shows_the_code_on_the_page() {
        TestUsers.create(server, "ana");
        PageClient ana = new PageClient(server);
        ana.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD));
        Http.Res shown = consent(ana, request("urn:ietf:wg:oauth:2.0:oob", "s"), "approve");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Authorization code", "id=\"code\"");
    }

    @Test
    void denying_sends_access_denied_with_the_state_and_issues_no_code() {
        TestUsers.User ana = TestUsers.create(server, "ana");
        PageClient b = new PageClient(server);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD));
        Http.Res denied = consent(b, request(CALLBACK, "st 7"), "deny");
        assertThat(denied.status()).isEqualTo(303);
        assertThat(denied.header("Location")).isEqualTo(CALLBACK + "?error=access_denied&state=st+7");
        assertThat(server.app().tokens().ofAccount(ana.id())).hasSize(1);
    }

    @Test
    void an_unknown_client_or_redirect_is_an_error_page_and_never_a_redirect() {
        TestUsers.create(server, "ana");
        PageClient b = new PageClient(server);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD));
        Map<String, String> evil = request("https://evil.example/steal", "s");
        Http.Res res = b.get("/oauth/authorize" + query(evil));
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.header("Location")).isNull();
        assertThat(res.body()).contains("redirect_uri is not one the application registered");
        Map<String, String> unknown = request(CALLBACK, "s");
        unknown.put("client_id", "nope");
        assertThat(b.get("/oauth/authorize" + query(unknown)).status()).isEqualTo(400);
        Http.Res posted = consent(b, evil, "approve");
        assertThat(posted.status()).isEqualTo(400);
        assertThat(posted.header("Location")).isNull();
    }

    @Test
    void a_consent_post_without_the_csrf_token_issues_no_code() {
        TestUsers.create(server, "ana");
        PageClient b = new PageClient(server);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD));
        Map<String, String> form = new LinkedHashMap<>(request(CALLBACK, "s"));
        form.put("decision", "approve");
        Http.Res res = b.post("/oauth/authorize", form);
        assertThat(res.status()).isEqualTo(403);
        assertThat(res.header("Location")).isNull();
    }
}
