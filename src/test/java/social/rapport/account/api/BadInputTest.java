package social.rapport.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Every endpoint of accounts and OAuth gets a batch of bad requests: malformed JSON, wrong types,
 * oversized bodies, invalid UTF-8, unknown ids, revoked or missing tokens, missing scopes. Each must be
 * a 4xx with an error message, and nothing may change in the database.
 */
@RapportServer
class BadInputTest {
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    TestServer server;
    Http http;
    Scene scene;

    @Person
    TestUsers.User ana;

    String revoked;
    String noScope;
    String appToken;
    String clientId;
    String clientSecret;
    long session;

    record Req(String method, String path, String token, String type, byte[] body) {
        @Override
        public String toString() {
            String b = body == null ? "" : new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8);
            return method + " " + path + " token=" + (token == null ? "-" : token.substring(0, 6)) + " " + b;
        }
    }

    @ServerConfig
    Config config(Config c) {
        Config.RateLimits roomy = new Config.RateLimits(
                10_000,
                Duration.ofMinutes(5),
                10_000,
                Duration.ofHours(1),
                10_000,
                Duration.ofMinutes(30),
                10_000,
                10_000,
                Duration.ofMinutes(5));
        return c.withRateLimits(roomy);
    }

    @BeforeEach
    void start() {
        var tokens = server.app().tokens();
        revoked = tokens.issue(null, ana.id(), Set.of("read", "write")).token();
        server.app().db().writeVoid(tx -> tokens.revokeByValue(tx, revoked));
        noScope = tokens.issue(null, ana.id(), Set.of("read:statuses")).token();
        Scene.AppToken app = scene.appToken("read write", "write");
        clientId = app.clientId();
        clientSecret = app.clientSecret();
        appToken = app.token();
        session = server.app()
                .webSessions()
                .start(ana.id(), "Firefox", "10.0.0.1")
                .session()
                .id();
    }

    private List<Object> snapshot() {
        return server.app().db().read(h -> {
            List<Object> out = new ArrayList<>();
            for (String q : List.of(
                    "SELECT COUNT(*) FROM accounts",
                    "SELECT COUNT(*) FROM oauth_apps",
                    "SELECT COUNT(*) FROM access_tokens",
                    "SELECT COUNT(*) FROM access_tokens WHERE revoked_at IS NULL",
                    "SELECT COUNT(*) FROM web_sessions",
                    "SELECT COUNT(*) FROM oauth_codes",
                    "SELECT COUNT(*) FROM outbox",
                    "SELECT COUNT(*) FROM settings")) {
                out.add(h.createQuery(q).mapTo(Long.class).one());
            }
            out.add(h.createQuery("SELECT handle || display_name || note || fields || password_hash || state || role"
                            + " || CAST(updated_at AS TEXT) FROM accounts ORDER BY id")
                    .mapTo(String.class)
                    .list());
            return out;
        });
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Bodies that no endpoint accepts, whatever it expects. */
    private static List<Object[]> brokenBodies() {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        return List.of(
                new Object[] {JSON, b("{\"client_name\": ")},
                new Object[] {JSON, b("[1, 2, 3]")},
                new Object[] {JSON, b("\"just a string\"")},
                new Object[] {FORM, new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28}},
                new Object[] {JSON, new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'}},
                new Object[] {FORM, big});
    }

    private List<Req> batch() {
        List<Req> out = new ArrayList<>();
        record Write(String method, String path, String token, List<String> wrongTypes) {}
        List<Write> writes = List.of(
                new Write(
                        "POST",
                        "/api/v1/apps",
                        null,
                        List.of(
                                "{}",
                                "{\"client_name\": {\"a\": 1}, \"redirect_uris\": \"x\"}",
                                "{\"client_name\": \"A\", \"redirect_uris\": [[\"x\"]]}",
                                "{\"client_name\": \"A\", \"redirect_uris\": \"not a uri\"}",
                                "{\"client_name\": \"A\", \"redirect_uris\": \"javascript:alert(1)\"}",
                                "{\"client_name\": \"A\", \"redirect_uris\": \"https://a.example\", \"scopes\": \"read everything\"}",
                                "{\"client_name\": \"" + "n".repeat(61)
                                        + "\", \"redirect_uris\": \"https://a.example\"}",
                                "{\"client_name\": \"A\", \"redirect_uris\": \"https://a.example\", \"website\": \"ftp://x\"}")),
                new Write(
                        "POST",
                        "/oauth/token",
                        null,
                        List.of(
                                "{}",
                                "{\"grant_type\": [\"client_credentials\"]}",
                                "{\"grant_type\": \"client_credentials\", \"client_id\": \"" + clientId
                                        + "\", \"client_secret\": 5}",
                                "{\"grant_type\": \"authorization_code\", \"client_id\": \"" + clientId
                                        + "\", \"client_secret\": \"" + clientSecret
                                        + "\", \"code\": \"nope\", \"redirect_uri\": \"https://t.example/cb\"}",
                                "{\"grant_type\": \"authorization_code\", \"client_id\": \"" + clientId
                                        + "\", \"client_secret\": \"" + clientSecret + "\"}",
                                "{\"grant_type\": \"client_credentials\", \"client_id\": \"" + clientId
                                        + "\", \"client_secret\": \"" + clientSecret
                                        + "\", \"scope\": \"admin:write\"}",
                                "{\"grant_type\": \"client_credentials\", \"client_id\": \"unknown\", \"client_secret\": \"x\"}")),
                new Write(
                        "POST",
                        "/oauth/revoke",
                        null,
                        List.of(
                                "{}",
                                "{\"token\": {}}",
                                "{\"client_id\": \"" + clientId + "\", \"client_secret\": \"" + clientSecret + "\"}",
                                "{\"client_id\": \"" + clientId + "\", \"client_secret\": \"" + clientSecret
                                        + "\", \"token\": \"" + ana.token() + "\"}")),
                new Write(
                        "POST",
                        "/api/v1/accounts",
                        appToken,
                        List.of(
                                "{}",
                                "{\"username\": [\"x\"]}",
                                "{\"username\": \"ok_name\", \"email\": \"x@example.org\", \"password\": \"correct horse battery\","
                                        + " \"agreement\": {}}",
                                "{\"username\": \"ana\", \"email\": \"x@example.org\", \"password\": \"correct horse battery\","
                                        + " \"agreement\": true}",
                                "{\"username\": \"bad name\", \"email\": \"nope\", \"password\": \"short\", \"agreement\": true}")),
                new Write(
                        "PATCH",
                        "/api/v1/accounts/update_credentials",
                        ana.token(),
                        List.of(
                                "{\"display_name\": [\"x\"]}",
                                "{\"locked\": {}}",
                                "{\"locked\": \"maybe\"}",
                                "{\"fields_attributes\": \"x\"}",
                                "{\"fields_attributes\": [1, 2]}",
                                "{\"fields_attributes\": {\"a\": {\"name\": \"x\"}}}",
                                "{\"note\": \"" + "n".repeat(501) + "\"}",
                                "{\"fields_attributes\": [{\"name\": {\"x\": 1}, \"value\": \"v\"}]}")),
                new Write(
                        "POST",
                        "/api/v1/rapport/password",
                        ana.token(),
                        List.of(
                                "{}",
                                "{\"current_password\": [1], \"password\": \"a brand new passphrase\"}",
                                "{\"current_password\": \"wrong wrong wrong\", \"password\": \"a brand new passphrase\"}",
                                "{\"current_password\": \"" + TestUsers.PASSWORD + "\", \"password\": \"short\"}")),
                new Write(
                        "POST",
                        "/api/v1/rapport/account/delete",
                        ana.token(),
                        List.of("{}", "{\"password\": {}}", "{\"password\": \"wrong wrong wrong\"}")));
        for (Write w : writes) {
            for (Object[] body : brokenBodies())
                out.add(new Req(w.method(), w.path(), w.token(), (String) body[0], (byte[]) body[1]));
            for (String json : w.wrongTypes()) out.add(new Req(w.method(), w.path(), w.token(), JSON, b(json)));
            out.add(new Req(w.method(), w.path(), w.token(), FORM, b("a=%ZZ&b=%")));
        }
        // Form-encoded fields in the wrong shape.
        out.add(new Req(
                "PATCH", "/api/v1/accounts/update_credentials", ana.token(), FORM, b("fields_attributes[x][name]=a")));
        out.add(new Req(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                ana.token(),
                FORM,
                b("fields_attributes[0][colour]=a")));
        // Endpoints that need a signed-in user, with no token, a made-up one, a revoked one, or the wrong scope.
        List<String[]> needUser = List.of(
                new String[] {"GET", "/api/v1/accounts/verify_credentials"},
                new String[] {"PATCH", "/api/v1/accounts/update_credentials"},
                new String[] {"GET", "/api/v1/rapport/sessions"},
                new String[] {"DELETE", "/api/v1/rapport/sessions/" + session},
                new String[] {"DELETE", "/api/v1/rapport/tokens/1"},
                new String[] {"POST", "/api/v1/rapport/password"},
                new String[] {"POST", "/api/v1/rapport/account/delete"});
        for (String[] e : needUser) {
            for (String t : Arrays.asList(null, "made-up-token", revoked, noScope, appToken)) {
                out.add(new Req(
                        e[0],
                        e[1],
                        t,
                        JSON,
                        e[0].equals("GET") || e[0].equals("DELETE")
                                ? null
                                : b("{\"password\": \"" + TestUsers.PASSWORD + "\", \"current_password\": \""
                                        + TestUsers.PASSWORD + "\", \"note\": \"changed\"}")));
            }
        }
        for (String t : Arrays.asList(null, "made-up-token", revoked, noScope, ana.token())) {
            out.add(new Req(
                    "POST",
                    "/api/v1/accounts",
                    t,
                    JSON,
                    b("{\"username\": \"zed\", \"email\": \"zed@example.org\","
                            + " \"password\": \"correct horse battery staple\", \"agreement\": true}")));
        }
        for (String t : Arrays.asList(null, "made-up-token", revoked)) {
            out.add(new Req("GET", "/api/v1/apps/verify_credentials", t, null, null));
        }
        out.add(new Req("GET", "/api/v1/accounts/" + ana.idString(), noScope, null, null));
        out.add(new Req("GET", "/api/v1/accounts/lookup?acct=ana", noScope, null, null));
        out.add(new Req("GET", "/api/v1/accounts/lookup?acct=ana", revoked, null, null));
        out.add(new Req("GET", "/api/v1/instance", "Token abc", null, null));
        // Unknown or malformed ids and queries.
        for (String id : List.of("999999", "abc", "-1", "0", "99999999999999999999", "1.5", "%20", "a%2Fb")) {
            out.add(new Req("GET", "/api/v1/accounts/" + id, null, null, null));
            out.add(new Req("DELETE", "/api/v1/rapport/sessions/" + id, ana.token(), null, null));
            out.add(new Req("DELETE", "/api/v1/rapport/tokens/" + id, ana.token(), null, null));
        }
        out.add(new Req("DELETE", "/api/v1/rapport/tokens/999999", ana.token(), null, null));
        for (String q : List.of(
                "", "?acct=", "?acct=@", "?acct=a@b@c", "?acct=" + "x".repeat(300), "?acct=ana@elsewhere.example")) {
            out.add(new Req("GET", "/api/v1/accounts/lookup" + q, null, null, null));
        }
        for (String q : List.of(
                "",
                "?resource=",
                "?resource=nothing",
                "?resource=acct:",
                "?resource=acct:@",
                "?resource=acct:nobody@" + server.app().config().domain(),
                "?resource=https://elsewhere.example/@ana")) {
            out.add(new Req("GET", "/.well-known/webfinger" + q, null, null, null));
        }
        return out;
    }

    @Test
    void every_bad_request_to_every_endpoint_is_a_4xx_with_an_error_and_changes_nothing() {
        List<Object> before = snapshot();
        List<Req> batch = batch();
        List<String> failures = new ArrayList<>();
        for (Req r : batch) {
            Http.Res res = r.token() != null && r.token().startsWith("Token ")
                    ? http.sendBytes(r.method(), r.path(), null, r.type(), r.body(), Map.of("Authorization", r.token()))
                    : http.sendBytes(r.method(), r.path(), r.token(), r.type(), r.body(), Map.of());
            String problem = null;
            if (res.status() < 400 || res.status() >= 500) problem = "status " + res.status();
            else {
                try {
                    JsonNode error = res.json().get("error");
                    if (error == null || !error.isTextual() || error.asText().isBlank()) problem = "no error message";
                } catch (AssertionError e) {
                    problem = "not JSON";
                }
            }
            if (problem != null) failures.add(r + " -> " + problem + ": " + res.body());
        }
        assertThat(failures).isEmpty();
        assertThat(batch.size()).isGreaterThan(150);
        assertThat(snapshot()).isEqualTo(before);
    }
}
