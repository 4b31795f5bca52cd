package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.relation.circle.Circle;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** The view-as switcher, the path picture and the network page through HTTP, on both databases. */
@RapportServer
class ViewAsPagesTest {
    TestServer server;
    Scene scene;
    @Person
    TestUsers.User ana, carl, cora, dan, bob;
    long family;

    @BeforeEach
    void start() {
        connect(ana.id(), carl.id());
        connect(ana.id(), cora.id());
        connect(ana.id(), dan.id());
        connect(carl.id(), cora.id());
        connect(carl.id(), bob.id());
        family = server.app().relations().listCircles().list(ana.id()).stream()
                .filter(c -> c.name().equals("Family"))
                .map(Circle::id)
                .findFirst()
                .orElseThrow();
        server.app().relations().addToCircle().add(ana.id(), family, List.of(cora.id()));
        server.app()
                .relations()
                .updateProfile()
                .update(
                        ana.id(),
                        Map.of(
                                "headline", new UpdateProfileFields.Change("Furniture maker", null, null),
                                "phone", new UpdateProfileFields.Change("+351 555 0100", null, null)));
        post(ana.id(), "Sunday lunch with the family", "circle:" + family);
        post(ana.id(), "Workshop open day", "public");
    }

    private void connect(int a, int b) {
        scene.connect(a, b);
    }

    private void post(int author, String text, String audience) {
        scene.post(author, text, audience);
    }

    private PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    @Test
    void ana_views_her_profile_as_anonymous_a_connection_a_family_member_and_cora_read_only() {
        PageClient a = signedIn("ana");
        String own = a.get("/@ana").body();
        assertThat(own).contains("View your profile as someone else", "name=\"view_as\"", "555 0100");

        Http.Res anonymous = a.get("/@ana?view_as=anonymous");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body())
                .contains(
                        "You are viewing your profile as <strong>someone who is not signed in</strong>",
                        "Back to your profile",
                        "Furniture maker",
                        "Workshop open day")
                .doesNotContain("555 0100", "Sunday lunch");
        // Read-only: the only forms that post are the layout's sign-out (in the side bar and in the phone's menu).
        assertThat(anonymous.body().split("method=\"post\"", -1)).hasSize(3);

        assertThat(a.get("/@ana?view_as=connection&circle=").body())
                .contains("a connection</strong>", "555 0100")
                .doesNotContain("Sunday lunch");
        assertThat(a.get("/@ana?view_as=circle&circle=" + family).body())
                .contains("a member of your Family circle", "Sunday lunch")
                .doesNotContain("555 0100");
        assertThat(a.get("/@ana?view_as=person&handle=cora").body())
                .contains("cora (@cora)", "Sunday lunch", "555 0100")
                .doesNotContain("Mutual connections", "path-picture");
        assertThat(a.get("/@ana?view_as=person&handle=bob").body())
                .contains("bob (@bob)", "Workshop open day")
                .doesNotContain("Sunday lunch", "555 0100", "carl");
    }

    @Test
    void older_posts_page_on_in_the_same_view() {
        for (int i = 1; i <= 20; i++) {
            post(ana.id(), "Workbench note " + i, "public");
            if (i % 5 == 0) post(ana.id(), "For connections " + i, "connections");
        }
        post(ana.id(), "Newest of all", "public");
        PageClient a = signedIn("ana");
        String first = a.get("/@ana?view_as=anonymous").body();
        assertThat(first)
                .contains("Newest of all", "Workbench note 2<")
                .doesNotContain("Workbench note 1<", "Workshop open day");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "href=\"(/@ana\\?view_as=anonymous&amp;max_id=\\d+)\">Older posts")
                .matcher(first);
        assertThat(m.find()).as("a link to older posts in the same view").isTrue();
        String older = a.get(m.group(1).replace("&amp;", "&")).body();
        assertThat(older)
                .contains("someone who is not signed in", "Workshop open day", "Workbench note 1<")
                .doesNotContain("Newest of all", "Workbench note 2<", "555 0100", "For connections");
        assertThat(first).doesNotContain("For connections");
    }

    @Test
    void the_parameter_changes_nothing_for_anyone_but_the_owner() {
        PageClient b = signedIn("bob");
        String plain = b.get("/@ana").body();
        for (String q : List.of(
                "?view_as=connection",
                "?view_as=circle&circle=" + family,
                "?view_as=person&handle=cora",
                "?view_as=bogus&circle=x")) {
            Http.Res res = b.get("/@ana" + q);
            assertThat(res.status()).isEqualTo(200);
            assertThat(res.body()).isEqualTo(plain).doesNotContain("You are viewing", "555 0100", "Sunday lunch");
        }
        PageClient visitor = new PageClient(server);
        String anonymousPlain = visitor.get("/@ana").body();
        assertThat(visitor.get("/@ana?view_as=connection").body())
                .isEqualTo(anonymousPlain)
                .doesNotContain("555 0100");
        // Not even the owner of another profile: Cora asking to view Ana's profile as a connection sees her own view.
        PageClient c = signedIn("cora");
        assertThat(c.get("/@ana?view_as=anonymous").body())
                .isEqualTo(c.get("/@ana").body())
                .contains("Sunday lunch");
    }

    @Test
    void bad_choices_get_a_clear_422() {
        PageClient a = signedIn("ana");
        long bobsFamily =
                server.app().relations().listCircles().list(bob.id()).get(0).id();
        Map<String, String> cases = Map.of(
                "?view_as=bogus",
                "Choose whom to view your profile as",
                "?view_as=circle",
                "Choose one of your circles",
                "?view_as=circle&circle=abc",
                "Choose one of your circles",
                "?view_as=follower&circle=" + bobsFamily,
                "Choose one of your circles",
                "?view_as=person&handle=nobody",
                "Nobody you can see has the handle nobody",
                "?view_as=person",
                "Give the handle of the person");
        cases.forEach((q, message) -> {
            Http.Res res = a.get("/@ana" + q);
            assertThat(res.status()).as(q).isEqualTo(422);
            assertThat(res.body()).as(q).contains(message);
        });
    }

    @Test
    void bob_sees_how_he_is_connected_to_ana_as_a_picture_and_as_text_until_the_lists_are_hidden() {
        String page = signedIn("bob").get("/@ana").body();
        assertThat(page)
                .contains(
                        "<svg class=\"path-picture\" role=\"img\" aria-label=\"Picture of how you are connected: You, then carl, then ana\"")
                .contains("aria-label=\"How you are connected, as text\"", "href=\"/@carl\"");
        server.app()
                .updateProfile()
                .update(
                        carl.id(),
                        new social.rapport.account.UpdateProfile.Changes("<b onclick=x()>Carl</b>", null, null, null));
        String named = signedIn("bob").get("/@ana").body();
        assertThat(named)
                .contains(
                        "then &lt;b onclick=x()>Carl&lt;/b>, then ana\"",
                        "\">&lt;b onclick=x()…</text>",
                        ">&lt;b onclick=x()&gt;Carl&lt;/b&gt;</a>")
                .doesNotContain("<b onclick");
        var hide = Map.of("connections_list", new UpdateProfileFields.Change(null, List.of("only_me"), null));
        server.app().relations().updateProfile().update(carl.id(), hide);
        server.app().relations().updateProfile().update(ana.id(), hide);
        assertThat(signedIn("bob").get("/@ana").body()).doesNotContain("path-picture", "carl");
    }

    @Test
    void the_network_json_holds_anas_connections_and_only_the_links_the_policy_lets_her_know() {
        PageClient a = signedIn("ana");
        Http.Res res = a.get("/network/graph");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.header("Cache-Control")).isEqualTo("no-store");
        JsonNode g = res.json();
        Set<String> nodes = new TreeSet<>();
        for (JsonNode n : g.get("nodes")) nodes.add(n.get("handle").asText());
        assertThat(nodes).containsExactly("ana", "carl", "cora", "dan");
        Set<Set<String>> edges = new HashSet<>();
        for (JsonNode e : g.get("edges"))
            edges.add(Set.of(e.get("source").asText(), e.get("target").asText()));
        String anaId = ana.idString();
        assertThat(edges)
                .containsExactlyInAnyOrder(
                        Set.of(anaId, carl.idString()),
                        Set.of(anaId, cora.idString()),
                        Set.of(anaId, dan.idString()),
                        Set.of(carl.idString(), cora.idString()));
        // Each link between two of her connections is one the API's mutual connections also tell her.
        Set<Set<String>> told = new HashSet<>();
        for (TestUsers.User u : List.of(carl, cora, dan)) {
            for (JsonNode m : server.http()
                    .get("/api/v1/rapport/accounts/" + u.id() + "/mutuals", ana.token())
                    .json()) {
                told.add(Set.of(u.idString(), m.get("id").asText()));
            }
        }
        List<Set<String>> between =
                new ArrayList<>(edges.stream().filter(e -> !e.contains(anaId)).toList());
        assertThat(told).containsExactlyInAnyOrderElementsOf(between);
        JsonNode cora = null;
        for (JsonNode n : g.get("nodes")) if (n.get("handle").asText().equals("cora")) cora = n;
        assertThat(cora.get("circles").get(0).asText()).isEqualTo(Long.toString(family));
        assertThat(g.get("circles").toString()).contains("\"Family\"");
        assertThat(res.body()).doesNotContain("bob", bob.idString() + "\"");

        assertThat(new PageClient(server).get("/network/graph").status()).isEqualTo(401);
        assertThat(new PageClient(server).get("/network/graph").body()).contains("\"error\"");
        assertThat(new PageClient(server).get("/network").status()).isEqualTo(303);
    }

    @Test
    void the_network_page_lists_people_by_circle_without_javascript() {
        String page = signedIn("ana").get("/network").body();
        assertThat(page)
                .contains(
                        "Your network",
                        "3 connections",
                        "1 link among them",
                        "People by circle",
                        "Family (1)",
                        "In no circle (2)",
                        "href=\"/@cora\"",
                        "src=\"/static/network.js\"")
                .doesNotContain("bob", "<script>");
        assertThat(signedIn("bob").get("/network").body())
                .contains("1 connection")
                .doesNotContain("cora", "dan");
        Http.Res js = new PageClient(server).get("/static/network.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(new PageClient(server).get("/static/cytoscape.min.js").body())
                .contains("cytoscape");
    }
}
