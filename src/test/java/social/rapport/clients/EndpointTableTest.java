package social.rapport.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * The table of Mastodon's client endpoints in docs/api.md tells the truth: what it says works is
 * answered by the server, what it says is missing is not, and nothing Mastodon-shaped the server
 * answers is left out of it.
 */
@RapportServer(shared = true, sqliteOnly = true)
class EndpointTableTest {
    static final String SECTION = "## Mastodon client endpoints";
    static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|PATCH|DELETE|WS) \\| `([^`]+)` \\| (.+) \\|$");

    TestServer server;

    record Row(String method, String path, String state) {
        String key() {
            return method + " " + path.replaceAll(":[a-z_]+", "{}");
        }

        boolean works() {
            return state.equals("works");
        }
    }

    List<Row> rows;
    Set<String> answered;

    @BeforeEach
    void read() throws IOException {
        String doc = Files.readString(Path.of("docs", "api.md"));
        int at = doc.indexOf(SECTION);
        assertThat(at).as("docs/api.md has the section " + SECTION).isNotNegative();
        int end = doc.indexOf("\n## ", at + SECTION.length());
        rows = new ArrayList<>();
        for (String line : doc.substring(at, end < 0 ? doc.length() : end).split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) rows.add(new Row(m.group(1), m.group(2), m.group(3).trim()));
        }
        answered = server.app().endpoints().stream()
                .map(e -> e.replaceAll("\\{[^}]*}", "{}"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void the_table_is_long_enough_to_mean_something_and_lists_each_endpoint_once() {
        assertThat(rows).hasSizeGreaterThan(150);
        assertThat(rows.stream().map(Row::key)).doesNotHaveDuplicates();
    }

    @Test
    void every_endpoint_the_table_says_works_is_answered() {
        List<String> missing = rows.stream()
                .filter(Row::works)
                .map(Row::key)
                .filter(k -> !answered.contains(k))
                .toList();
        assertThat(missing).as("rows marked works with no route").isEmpty();
    }

    @Test
    void every_other_row_says_why_and_is_not_answered() {
        for (Row r : rows) {
            if (r.works()) continue;
            assertThat(r.state()).as(r.key()).matches("(not yet|not applicable) — .{10,}");
            assertThat(answered)
                    .as("%s is answered now: mark it works", r.key())
                    .doesNotContain(r.key());
        }
    }

    @Test
    void every_mastodon_shaped_endpoint_the_server_answers_is_in_the_table() {
        Set<String> listed = rows.stream().map(Row::key).collect(Collectors.toSet());
        List<String> unlisted = answered.stream()
                .filter(EndpointTableTest::mastodonShaped)
                .filter(k -> !listed.contains(k))
                .toList();
        assertThat(unlisted)
                .as("endpoints missing from the table in docs/api.md")
                .isEmpty();
    }

    /** Mastodon's API and discovery documents; Rapport's own API and the web app's pages are not. */
    static boolean mastodonShaped(String endpoint) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (path.startsWith("/api/v1/rapport/")) return false;
        return path.startsWith("/api/")
                || path.startsWith("/oauth/")
                || path.startsWith("/.well-known/")
                || path.startsWith("/nodeinfo/");
    }
}
