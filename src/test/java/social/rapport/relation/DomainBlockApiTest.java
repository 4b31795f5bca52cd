package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Domain blocks are kept per person, as apps manage them, each list private to its owner. */
@RapportServer
class DomainBlockApiTest {
    private static final String PATH = "/api/v1/domain_blocks";

    TestServer server;
    Http http;

    @Person
    User ana, ben;

    private List<String> domains(User u, String query) {
        List<String> out = new ArrayList<>();
        JsonNode list = http.get(PATH + query, u.token()).json();
        list.forEach(d -> out.add(d.asText()));
        return out;
    }

    @Test
    void blocked_domains_are_listed_newest_first_to_their_owner_only() {
        assertThat(http.postJson(PATH, ana.token(), map("domain", "Spam.Example"))
                        .status())
                .isEqualTo(200);
        assertThat(http.send("POST", PATH, ana.token(), "application/x-www-form-urlencoded", "domain=ads.example.net")
                        .status())
                .isEqualTo(200);
        // The same domain again, and an international name in Unicode, stored as ASCII.
        http.postJson(PATH, ana.token(), map("domain", "spam.example"));
        http.postJson(PATH, ana.token(), map("domain", "bücher.example"));
        assertThat(domains(ana, "")).containsExactly("xn--bcher-kva.example", "ads.example.net", "spam.example");
        assertThat(domains(ben, "")).isEmpty();

        Http.Res first = http.get(PATH + "?limit=2", ana.token());
        assertThat(first.json()).hasSize(2);
        String next = first.header("Link").replaceAll("^<([^>]*)>.*$", "$1");
        assertThat(domains(ana, next.substring(next.indexOf('?')))).containsExactly("spam.example");

        assertThat(http.send("DELETE", PATH + "?domain=ads.example.net", ana.token(), null, null)
                        .status())
                .isEqualTo(200);
        assertThat(http.send("DELETE", PATH, ana.token(), "application/json", "{\"domain\":\"spam.example\"}")
                        .status())
                .isEqualTo(200);
        assertThat(domains(ana, "")).containsExactly("xn--bcher-kva.example");
    }

    @Test
    void bad_domains_and_missing_scopes_change_nothing() {
        String own = java.net.URI.create(server.app().config().baseUrl()).getHost();
        for (Object bad : List.of("", "not a domain", "http://evil.example/path", "x", own, List.of("a.example"))) {
            Http.Res r = http.postJson(PATH, ana.token(), map("domain", bad));
            assertThat(r.status()).as(String.valueOf(bad)).isEqualTo(422);
        }
        assertThat(http.postJson(PATH, ana.token(), map()).status()).isEqualTo(422);
        assertThat(domains(ana, "")).isEmpty();
        assertThat(http.get(PATH, null).status()).isEqualTo(401);
        assertThat(http.get(PATH + "?max_id=abc", ana.token()).status()).isEqualTo(422);
        String readOnly = server.app()
                .tokens()
                .issue(null, ana.id(), java.util.Set.of("read"))
                .token();
        assertThat(http.postJson(PATH, readOnly, map("domain", "spam.example")).status())
                .isEqualTo(403);
        assertThat(domains(ana, "")).isEmpty();
    }
}
