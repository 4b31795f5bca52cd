package social.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

@RapportServer(shared = true, sqliteOnly = true)
class WebServerTest {
    static TestServer server;
    static Http http;

    @Test
    void health_answers_ok_while_the_database_answers() {
        Http.Res r = http.get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void an_unknown_api_path_answers_the_same_404_as_a_missing_record() {
        Http.Res r = http.get("/api/v1/no_such_thing");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"error\":\"Record not found\"}");
    }

    @Test
    void a_body_over_one_mebibyte_is_refused_with_413() {
        byte[] big = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        Http.Res r = http.raw("POST", "/api/v1/apps", null, "application/x-www-form-urlencoded", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).contains("too large");
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_with_400() {
        byte[] bad = {'n', 'a', 'm', 'e', '=', (byte) 0xC3, (byte) 0x28};
        Http.Res r = http.raw("POST", "/api/v1/apps", null, "application/x-www-form-urlencoded", bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("UTF-8");
    }

    @Test
    void metrics_are_hidden_from_anyone_but_admins() {
        assertThat(http.get("/metrics").status()).isEqualTo(404);
    }

    @Test
    void pages_answer_errors_as_html() {
        Http.Res r = http.get("/no/such/page");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).contains("Record not found");
    }
}
