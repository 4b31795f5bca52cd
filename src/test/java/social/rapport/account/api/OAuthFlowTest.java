package social.rapport.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.account.Secrets;
import social.rapport.account.oauth.OAuth;
import social.rapport.testing.Http;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/** The issue's "done when": an app registers, signs someone up, gets a user token by PKCE and uses it. */
@RapportServer
class OAuthFlowTest {
    static final String REDIRECT = "https://ivory.example/callback";
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    TestServer server;
    Http http;

    private JsonNode registerApp() {
        Http.Res r = http.postJson(
                "/api/v1/apps",
                null,
                Http.map(
                        "client_name",
                        "Ivory",
                        "redirect_uris",
                        List.of(REDIRECT, OAuth.OOB),
                        "scopes",
                        "read write profile",
                        "website",
                        "https://ivory.example"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private String appToken(JsonNode app) {
        Http.Res r = http.postForm(
                "/oauth/token",
                null,
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.get("client_id").asText(),
                        "client_secret",
                        app.get("client_secret").asText(),
                        "scope",
                        "read write"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("access_token").asText();
    }

    @Test
    void an_app_signs_ana_up_then_gets_her_a_token_by_authorization_code_with_pkce() {
        JsonNode app = registerApp();
        assertThat(app.get("redirect_uris")).hasSize(2);
        assertThat(app.get("redirect_uri").asText()).isEqualTo(REDIRECT + "\n" + OAuth.OOB);
        assertThat(app.get("scopes").toString()).isEqualTo("[\"read\",\"write\",\"profile\"]");
        String appToken = appToken(app);
        assertThat(http.get("/api/v1/apps/verify_credentials", appToken)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Ivory");

        Http.Res signedUp = http.postForm(
                "/api/v1/accounts",
                appToken,
                Map.of(
                        "username",
                        "ana",
                        "email",
                        "ana@example.org",
                        "password",
                        "correct horse battery staple",
                        "agreement",
                        "true",
                        "locale",
                        "en"));
        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(200);
        assertThat(signedUp.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(signedUp.json().get("scope").asText()).isEqualTo("read write");
        String signUpToken = signedUp.json().get("access_token").asText();
        JsonNode me =
                http.get("/api/v1/accounts/verify_credentials", signUpToken).json();
        assertThat(me.get("username").asText()).isEqualTo("ana");
        int anaId = Integer.parseInt(me.get("id").asText());

        // The consent page is the pages' work: here the code is issued as that page would, after Ana agrees.
        OAuth oauth = server.app().oauth();
        OAuth.AuthorizationRequest req = oauth.checkAuthorization(
                app.get("client_id").asText(),
                REDIRECT,
                "code",
                "read profile",
                Secrets.s256(VERIFIER),
                "S256",
                "st4te");
        String code = oauth.issueCode(req, anaId);
        assertThat(oauth.redirectFor(req, code)).startsWith(REDIRECT + "?code=").endsWith("&state=st4te");

        Http.Res exchanged = http.postForm(
                "/oauth/token",
                null,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        REDIRECT,
                        "code_verifier",
                        VERIFIER,
                        "client_id",
                        app.get("client_id").asText(),
                        "client_secret",
                        app.get("client_secret").asText()));
        assertThat(exchanged.status()).as(exchanged.toString()).isEqualTo(200);
        assertThat(exchanged.header("Cache-Control")).isEqualTo("no-store");
        JsonNode token = exchanged.json();
        assertThat(token.get("scope").asText()).isEqualTo("read profile");
        assertThat(token.get("created_at").isNumber()).isTrue();

        JsonNode cred = http.get(
                        "/api/v1/accounts/verify_credentials",
                        token.get("access_token").asText())
                .json();
        assertThat(cred.get("id").asText()).isEqualTo(Integer.toString(anaId));
        assertThat(cred.get("acct").asText()).isEqualTo("ana");
        assertThat(cred.get("source").get("privacy").asText()).isEqualTo("public");
        assertThat(cred.get("role").get("name").isTextual()).isTrue();

        // the same code a second time is refused the RFC 6749 way
        Http.Res again = http.postForm(
                "/oauth/token",
                null,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        REDIRECT,
                        "code_verifier",
                        VERIFIER,
                        "client_id",
                        app.get("client_id").asText(),
                        "client_secret",
                        app.get("client_secret").asText()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(again.json().get("error_description").asText()).contains("already used");
    }

    @Test
    void a_client_may_authenticate_with_http_basic_and_revoke_its_token() {
        JsonNode app = registerApp();
        String basic = java.util.Base64.getEncoder()
                .encodeToString((app.get("client_id").asText() + ":"
                                + app.get("client_secret").asText())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Http.Res r = http.sendBytes(
                "POST",
                "/oauth/token",
                null,
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&scope=read".getBytes(),
                Map.of("Authorization", "Basic " + basic));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String token = r.json().get("access_token").asText();
        assertThat(http.get("/api/v1/apps/verify_credentials", token).status()).isEqualTo(200);
        Http.Res revoked = http.postForm(
                "/oauth/revoke",
                null,
                Map.of(
                        "token",
                        token,
                        "client_id",
                        app.get("client_id").asText(),
                        "client_secret",
                        app.get("client_secret").asText()));
        assertThat(revoked.status()).isEqualTo(200);
        Http.Res after = http.get("/api/v1/apps/verify_credentials", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("error").asText()).isEqualTo("The access token is invalid");
    }

    @Test
    void a_wrong_secret_is_invalid_client_with_401() {
        JsonNode app = registerApp();
        Http.Res r = http.postForm(
                "/oauth/token",
                null,
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.get("client_id").asText(),
                        "client_secret",
                        "guess"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).isEqualTo("invalid_client");
        Http.Res grant = http.postForm(
                "/oauth/token",
                null,
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        app.get("client_id").asText(),
                        "client_secret",
                        app.get("client_secret").asText()));
        assertThat(grant.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void the_authorization_server_metadata_names_every_endpoint_and_s256() {
        JsonNode m = http.get("/.well-known/oauth-authorization-server").json();
        assertThat(m.get("token_endpoint").asText()).endsWith("/oauth/token");
        assertThat(m.get("authorization_endpoint").asText()).endsWith("/oauth/authorize");
        assertThat(m.get("revocation_endpoint").asText()).endsWith("/oauth/revoke");
        assertThat(m.get("app_registration_endpoint").asText()).endsWith("/api/v1/apps");
        assertThat(m.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(m.get("scopes_supported").toString()).contains("\"read:accounts\"", "\"admin:write\"");
    }
}
