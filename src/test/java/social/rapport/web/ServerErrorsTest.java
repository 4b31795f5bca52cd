package social.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * Requests the HTTP server refuses before any route sees them (a malformed URI, a bad header line, an
 * over-long header, an unknown HTTP version) still answer with nosniff, a 4xx or 5xx status and a short
 * plain body that names no server, version or stack.
 */
@RapportServer
class ServerErrorsTest {
    TestServer server;

    private static final String END = "Host: localhost\r\nConnection: close\r\n\r\n";

    /** Each request line and headers, and the status it must get. */
    private static List<String[]> broken() {
        return List.of(
                new String[] {"GET /api/v1/accounts/%00 HTTP/1.1\r\n" + END, "400"},
                new String[] {"GET /% HTTP/1.1\r\n" + END, "400"},
                new String[] {"GET /api/v1/instance%zz HTTP/1.1\r\n" + END, "400"},
                new String[] {"GET /static/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n" + END, "400"},
                new String[] {"DELETE /api/v1/statuses/% HTTP/1.1\r\n" + END, "400"},
                new String[] {"GET / HTTP/1.1\r\nThis is no header\r\n" + END, "400"},
                new String[] {"GET / HTTP/1.1\r\nX-Long: " + "a".repeat(20_000) + "\r\n" + END, "431"},
                new String[] {"GET / HTTP/9.9\r\n" + END, "505"},
                new String[] {"GET / HTTP/1.1\r\nHost: localhost\r\nHost: other\r\nConnection: close\r\n\r\n", "400"},
                new String[] {"BREW\u0001 / HTTP/1.1\r\n" + END, "400"});
    }

    @Test
    void requests_refused_before_any_route_say_nosniff_and_tell_nothing_about_the_server() throws IOException {
        for (String[] b : broken()) {
            String answer = raw(b[0]);
            String what = b[0].substring(0, Math.min(60, b[0].indexOf('\r'))) + " -> " + answer;
            assertThat(answer).as(what).startsWith("HTTP/1.1 " + b[1]);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            String body = answer.substring(head.length()).strip();
            assertThat(head.lines()).as(what).contains("X-Content-Type-Options: nosniff");
            assertThat(head.lines()).as(what).anyMatch(l -> l.startsWith("Content-Type: text/plain"));
            assertThat(head.toLowerCase()).as(what).doesNotContain("server:", "jetty");
            assertThat(body)
                    .as(what)
                    .isNotEmpty()
                    .hasSizeLessThan(200)
                    .doesNotContain("<", "Jetty", "jetty", "Exception", "at org.", "Caused by");
        }
        // The server goes on answering.
        assertThat(raw("GET /api/v1/instance HTTP/1.1\r\n" + END)).startsWith("HTTP/1.1 200");
    }

    private String raw(String request) throws IOException {
        return server.sendRaw(request);
    }
}
