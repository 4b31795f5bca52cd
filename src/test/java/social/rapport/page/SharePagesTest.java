package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** The share action on posts: the post's address, and for a restricted post who can open it, on both databases. */
@RapportServer
class SharePagesTest {
    TestServer server;
    Scene scene;

    @Person
    User ana, ben, cleo;

    private static final Pattern SHARE =
            Pattern.compile("<details class=\"share\"[^>]*>(.*?)</details>", Pattern.DOTALL);

    /** The share block of one post on a page. */
    private static String share(String html, long id) {
        int at = html.indexOf("id=\"post-" + id + "\"");
        assertThat(at).as("post " + id + " on the page").isNotNegative();
        Matcher m = SHARE.matcher(html);
        assertThat(m.find(at)).as("a share action on post " + id).isTrue();
        return m.group(1);
    }

    private static String who(String share) {
        Matcher m = Pattern.compile("<p class=\"share-who\">([^<]*)</p>").matcher(share);
        return m.find() ? m.group(1).replace("&#39;", "'").replace("&#x27;", "'") : null;
    }

    @Test
    void each_audience_says_who_can_open_the_link_to_a_reader_and_to_the_author() {
        // Connected, and so following each other.
        scene.connect(ana.id(), cleo.id());
        long family = scene.circle(ana.id(), "Family");
        scene.putInCircle(ana.id(), "Family", cleo.id());
        Map<String, Long> posts = Map.of(
                "public", scene.post(ana.id(), "Open post", "public"),
                "unlisted", scene.post(ana.id(), "Unlisted post", "unlisted"),
                "followers", scene.post(ana.id(), "Followers post", "followers"),
                "connections", scene.post(ana.id(), "Connections post", "connections"),
                "network", scene.post(ana.id(), "Network post", "network"),
                "circle", scene.post(ana.id(), "Family post", "circle:" + family),
                "mentioned", scene.post(ana.id(), "Hello @cleo", "mentioned"));
        Map<String, String> toReader = Map.of(
                "unlisted", "Anyone with the link can open it; it is not listed publicly.",
                "followers", "Only people who follow ana can open this link.",
                "connections", "Only ana's connections can open this link.",
                "network", "Only ana's connections and their connections can open this link.",
                "circle", "Only people in a circle of ana's can open this link.",
                "mentioned", "Only the people mentioned in the post can open this link.");
        Map<String, String> toAuthor = Map.of(
                "unlisted", "Anyone with the link can open it; it is not listed publicly.",
                "followers", "Only people who follow you can open this link.",
                "connections", "Only your connections can open this link.",
                "network", "Only your connections and their connections can open this link.",
                "circle", "Only people in the circle you chose can open this link.",
                "mentioned", "Only the people mentioned in the post can open this link.");
        PageClient cleos = scene.signedIn("cleo");
        PageClient anas = scene.signedIn("ana");
        String cleoHome = cleos.get("/").body();
        String anaProfile = anas.get("/@ana").body();
        for (var e : posts.entrySet()) {
            long id = e.getValue();
            String url = scene.http()
                    .get("/api/v1/statuses/" + id, ana.token())
                    .json()
                    .get("url")
                    .asText();
            String reader = share(cleoHome, id);
            assertThat(reader).contains("value=\"" + url + "\"", "Copy link", "Share…");
            assertThat(who(reader)).as(e.getKey()).isEqualTo(toReader.get(e.getKey()));
            assertThat(who(share(cleos.get("/@ana/" + id).body(), id)))
                    .as(e.getKey())
                    .isEqualTo(toReader.get(e.getKey()));
            assertThat(who(share(anaProfile, id))).as(e.getKey()).isEqualTo(toAuthor.get(e.getKey()));
        }
        // Followers and connections at once, and a post kept from a circle, to its author.
        long both = scene.postJson(
                        ana,
                        "status",
                        "Both at once",
                        "audience",
                        java.util.List.of("followers", "connections"),
                        "audience_except",
                        java.util.List.of("circle:" + family))
                .get("id")
                .asLong();
        assertThat(who(share(anas.get("/@ana").body(), both)))
                .isEqualTo(
                        "Only people who follow you and your connections, less the circles you left out, can open this link.");
        long mine = scene.post(ana.id(), "Note to self", "only_me");
        assertThat(who(share(anas.get("/@ana").body(), mine))).isEqualTo("Only you can open this link.");
        // A visitor shares public posts too.
        String visitorView = new PageClient(server).get("/@ana").body();
        assertThat(share(visitorView, posts.get("unlisted"))).contains("Copy link");
        assertThat(visitorView).doesNotContain("Followers post");
    }
}
