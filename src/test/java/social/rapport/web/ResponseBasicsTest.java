package social.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * What every answer carries whatever route gave it: nosniff, HSTS over https, HEAD answered as GET,
 * and a request Jetty cannot read (a malformed chunked body) answered 400 rather than 500.
 */
@RapportServer
class ResponseBasicsTest {
    TestDb testDb;

    TestServer server;
    Http http;

    @Person
    TestUsers.User ana;

    @Person
    TestUsers.User ben;

    long open;
    long hidden;

    @ServerConfig
    Config config(Config c) {
        return c.withTrustProxy(true);
    }

    @BeforeEach
    void start() {
        open = post("Open to all", "public");
        hidden = post("Followers only", "private");
    }

    private long post(String text, String visibility) {
        Http.Res r = http.postJson("/api/v1/statuses", ana.token(), Http.map("status", text, "visibility", visibility));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asLong();
    }

    /** Paths over every kind of answer: JSON, pages, errors, redirects, static files; with ben's token or not. */
    private List<String[]> paths() {
        String missing = Long.toString(open + 1_000_000);
        return List.of(
                new String[] {"/api/v1/instance", null},
                new String[] {"/api/v1/statuses/" + open, null},
                new String[] {"/api/v1/statuses/" + missing, null},
                new String[] {"/api/v1/statuses/" + hidden, ben.token()},
                new String[] {"/api/v1/accounts/" + ana.id(), null},
                new String[] {"/api/v1/accounts/987654", null},
                new String[] {"/api/v1/accounts/verify_credentials", null},
                new String[] {"/api/v1/accounts/verify_credentials", ben.token()},
                new String[] {"/api/v1/no_such_thing", null},
                new String[] {"/health", null},
                new String[] {"/", null},
                new String[] {"/@ana", null},
                new String[] {"/@nobody", null},
                new String[] {"/@ana/" + open, null},
                new String[] {"/@ana/" + missing, null},
                new String[] {"/settings", null},
                new String[] {"/auth/sign_in", null},
                new String[] {"/no/such/page", null},
                new String[] {"/static/rapport.css", null},
                new String[] {"/static/htmx.min.js", null},
                new String[] {"/static/nothing.js", null});
    }

    @Test
    void every_answer_says_nosniff_json_pages_errors_redirects_and_static_files() {
        for (String[] p : paths()) {
            Http.Res r = http.get(p[0], p[1]);
            assertThat(r.header("X-Content-Type-Options"))
                    .as(p[0] + " " + r.status())
                    .isEqualTo("nosniff");
        }
        Http.Res bad = http.raw(
                "POST", "/api/v1/apps", null, "application/json", "{not json".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Http.Res refused = http.post("/api/v1/statuses", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void hsts_is_sent_only_when_the_browser_used_https() {
        for (String[] p : paths()) {
            assertThat(http.get(p[0], p[1]).header("Strict-Transport-Security"))
                    .as(p[0])
                    .isNull();
            Http.Res viaProxy = http.sendBytes("GET", p[0], p[1], null, null, Map.of("X-Forwarded-Proto", "https"));
            assertThat(viaProxy.header("Strict-Transport-Security"))
                    .as(p[0])
                    .startsWith("max-age=")
                    .doesNotContain("max-age=0");
        }
        // the same header from a client when no proxy is trusted proves nothing
        try (TestServer direct = TestServer.start(testDb)) {
            Http.Res r = direct.http().sendBytes("GET", "/", null, null, null, Map.of("X-Forwarded-Proto", "https"));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Strict-Transport-Security")).isNull();
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void head_answers_as_get_would_with_status_and_headers_and_no_body() {
        for (String[] p : paths()) {
            Http.Res get = http.get(p[0], p[1]);
            Http.Res head = http.send("HEAD", p[0], p[1], null, null);
            assertThat(head.status()).as("HEAD " + p[0]).isEqualTo(get.status());
            assertThat(head.body()).as("HEAD " + p[0]).isEmpty();
            for (String h : List.of(
                    "Content-Type",
                    "Location",
                    "Cache-Control",
                    "Content-Security-Policy",
                    "X-Content-Type-Options",
                    "Link")) {
                assertThat(head.header(h)).as("HEAD " + p[0] + " " + h).isEqualTo(get.header(h));
            }
        }
        // the metrics (and the access log) name the method the client sent
        TestUsers.User admin = TestUsers.create(server.app(), "root", "admin");
        assertThat(http.get("/metrics", admin.token()).body()).contains("method=\"HEAD\"");
    }

    @Test
    void a_malformed_chunked_body_is_400_without_a_trace_and_the_server_goes_on() throws IOException {
        for (String[] target : List.of(
                new String[] {"/api/v1/apps", "application/json"},
                new String[] {"/api/v1/statuses", "application/x-www-form-urlencoded"},
                new String[] {"/auth/sign_in", "application/x-www-form-urlencoded"})) {
            String answer = raw("POST " + target[0] + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + target[1]
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n");
            assertThat(answer).as(target[0]).startsWith("HTTP/1.1 400");
            assertThat(answer).as(target[0]).doesNotContain("Exception", "at org.", "at social.", "Server Error");
        }
        assertThat(http.get("/api/v1/instance").status()).isEqualTo(200);
    }

    private String raw(String request) throws IOException {
        return server.sendRaw(request);
    }
}
