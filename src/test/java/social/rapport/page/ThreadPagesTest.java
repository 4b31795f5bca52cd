package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** The thread page at /@handle/id and its link-preview meta tags, on both databases. */
@RapportServer
class ThreadPagesTest {
    TestServer server;
    Scene scene;
    Http http;
    @Person
    User ana, ben, cleo;

    String post(User u, Object... kv) {
        Http.Res r = http.postJson("/api/v1/statuses", u.token(), map(kv));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    private PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    /** An anonymous visitor who already holds the pages' CSRF cookie, so two answers can be compared byte for byte. */
    private PageClient visitor() {
        PageClient v = new PageClient(server);
        v.get("/");
        return v;
    }

    @Test
    void a_public_post_shows_its_thread_each_reply_on_its_own_with_preview_tags() {
        String root = post(ana, "status", "Fair on Sunday? <b>bring</b> \"cakes\" & tea");
        String open = post(ben, "status", "I will come", "in_reply_to_id", root);
        String closed =
                post(cleo, "status", "only my followers read this", "in_reply_to_id", root, "visibility", "private");
        String deeper = post(ana, "status", "Great, see you", "in_reply_to_id", open);

        Http.Res page = visitor().get("/@ana/" + root);
        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("Post by ana", "I will come", "Great, see you")
                .doesNotContain("only my followers read this");
        assertThat(html)
                .contains(
                        "<meta property=\"og:title\" content=\"ana (@ana)\">",
                        "<meta property=\"og:url\" content=\""
                                + http.get("/api/v1/statuses/" + root)
                                        .json()
                                        .get("url")
                                        .asText() + "\">",
                        "<meta property=\"og:type\" content=\"article\">",
                        "<meta name=\"twitter:card\" content=\"summary\">");
        // Plain text of the post, escaped once for the attribute: no tags, no doubled entities.
        assertThat(html)
                .contains(
                        "<meta property=\"og:description\" content=\"Fair on Sunday? &lt;b>bring&lt;/b> &#34;cakes&#34; &amp; tea\">");
        // Every post links its time to its own thread page.
        assertThat(html).contains("href=\"/@ben/" + open + "\"", "href=\"/@ana/" + deeper + "\"");

        // Cleo's follower sees her reply in the same thread.
        assertThat(http.post("/api/v1/accounts/" + cleo.idString() + "/follow", ben.token())
                        .status())
                .isEqualTo(200);
        assertThat(signedIn("ben").get("/@ana/" + root).body()).contains("only my followers read this");
        assertThat(closed).isNotBlank();
    }

    @Test
    void a_reply_shows_only_the_ancestors_the_viewer_may_see() {
        String first = post(ana, "status", "first of the thread");
        String middle = post(ben, "status", "middle for followers", "in_reply_to_id", first, "visibility", "private");
        assertThat(http.post("/api/v1/accounts/" + ben.idString() + "/follow", cleo.token())
                        .status())
                .isEqualTo(200);
        String last = post(cleo, "status", "last and public", "in_reply_to_id", middle);
        String html = visitor().get("/@cleo/" + last).body();
        assertThat(html)
                .contains("Earlier in the thread", "first of the thread", "last and public")
                .doesNotContain("middle for followers");
        assertThat(http.post("/api/v1/accounts/" + ben.idString() + "/follow", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(signedIn("ana").get("/@cleo/" + last).body()).contains("middle for followers");
    }

    @Test
    void a_hidden_post_is_the_same_404_page_as_a_missing_one_without_meta_tags() {
        String hidden = post(ana, "status", "followers only secret", "visibility", "private");
        String visible = post(ana, "status", "for everyone");
        String missing = Long.toString(Long.parseLong(hidden) + 999);
        PageClient v = visitor();
        Http.Res forHidden = v.get("/@ana/" + hidden);
        Http.Res forMissing = v.get("/@ana/" + missing);
        Http.Res wrongHandle = v.get("/@ben/" + visible);
        Http.Res badId = v.get("/@ana/x" + visible);
        assertThat(forHidden.status()).isEqualTo(404);
        assertThat(forHidden.body())
                .isEqualTo(forMissing.body())
                .isEqualTo(wrongHandle.body())
                .isEqualTo(badId.body())
                .doesNotContain("og:", "twitter:", "followers only secret", "<meta name=\"description\"");

        PageClient cleos = signedIn("cleo");
        Http.Res cleoHidden = cleos.get("/@ana/" + hidden);
        assertThat(cleoHidden.status()).isEqualTo(404);
        assertThat(cleoHidden.body()).isEqualTo(cleos.get("/@ana/" + missing).body());
        assertThat(http.post("/api/v1/accounts/" + ana.idString() + "/follow", cleo.token())
                        .status())
                .isEqualTo(200);
        Http.Res shown = cleos.get("/@ana/" + hidden);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("followers only secret", "og:description");
    }

    @Test
    void a_blocked_viewer_gets_the_404_page_and_a_reblog_has_no_page_of_its_own() {
        String open = post(ana, "status", "open to all");
        PageClient bens = signedIn("ben");
        assertThat(bens.get("/@ana/" + open).status()).isEqualTo(200);
        String reblog = http.post("/api/v1/statuses/" + open + "/reblog", ben.token())
                .json()
                .get("id")
                .asText();
        assertThat(bens.get("/@ben/" + reblog).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/accounts/" + ben.idString() + "/block", ana.token())
                        .status())
                .isEqualTo(200);
        Http.Res blocked = bens.get("/@ana/" + open);
        assertThat(blocked.status()).isEqualTo(404);
        assertThat(blocked.body())
                .isEqualTo(bens.get("/@ana/" + (Long.parseLong(open) + 7)).body());
    }

    @Test
    void a_content_warning_is_the_description_never_the_text_behind_it_and_names_are_escaped() {
        server.app()
                .db()
                .writeVoid(tx -> tx.handle()
                        .createUpdate("UPDATE accounts SET display_name = :n WHERE id = :a")
                        .bind("n", "Ana \"><script>x()</script>")
                        .bind("a", ana.id())
                        .execute());
        String warned = post(ana, "status", "the spoiler itself", "spoiler_text", "Film ending");
        String html = visitor().get("/@ana/" + warned).body();
        assertThat(html)
                .contains("<meta property=\"og:description\" content=\"Film ending\">")
                .contains("content=\"Ana &#34;>&lt;script>x()&lt;/script> (@ana)\"")
                .doesNotContain("<script>x()");
        assertThat(html.substring(0, html.indexOf("</head>"))).doesNotContain("the spoiler itself");
    }

    @Test
    void a_long_post_is_shortened_in_its_description() {
        String words = "word ".repeat(100).strip();
        String id = post(ana, "status", words);
        String html = visitor().get("/@ana/" + id).body();
        String start = "<meta property=\"og:description\" content=\"";
        int at = html.indexOf(start) + start.length();
        String description = html.substring(at, html.indexOf('"', at));
        assertThat(description).endsWith("…").startsWith("word word");
        assertThat(description.codePointCount(0, description.length())).isLessThanOrEqualTo(ThreadPages.DESCRIPTION);
    }
}
