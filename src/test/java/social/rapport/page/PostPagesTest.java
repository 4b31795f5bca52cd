package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.status.PostStatus;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * The actions on posts through the pages, on both databases: each changes what it should, a post
 * the viewer may not see answers the 404 of a missing post and changes nothing, forms come back
 * only to paths on this site, and a form without its token is refused.
 */
@RapportServer
class PostPagesTest {
    private static final List<String> TOGGLES =
            List.of("favourite", "unfavourite", "reblog", "unreblog", "bookmark", "unbookmark", "pin", "unpin");

    TestServer server;
    Scene scene;

    @Person
    int ana;

    int ben, cleo;
    String bensToken;

    @BeforeEach
    void start() {
        var b = TestUsers.create(server, "ben");
        ben = b.id();
        bensToken = b.token();
        cleo = TestUsers.create(server, "cleo").id();
        connect(ana, ben);
        connect(ana, cleo);
        server.app().relations().addToCircle().add(ana, family(), List.of(ben));
    }

    private void connect(int a, int b) {
        scene.connect(a, b);
    }

    private long family() {
        return scene.circle(ana, "Family");
    }

    private long post(int author, String text, String audience) {
        return post(author, text, audience, null);
    }

    private long post(int author, String text, String audience, String replyPolicy) {
        return scene.post(author, text, audience, replyPolicy);
    }

    private PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    /** Posts a form with the token the person's home page carries. */
    private static Http.Res act(PageClient c, String path, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", PageClient.csrf(c.get("/").body()));
        return c.post(path, form);
    }

    private int count(String sql) {
        return server.app()
                .db()
                .read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** Everything an action could change. */
    private List<Integer> state() {
        return List.of(
                count("SELECT COUNT(*) FROM statuses"),
                count("SELECT COUNT(*) FROM favourites"),
                count("SELECT COUNT(*) FROM bookmarks"),
                count("SELECT COUNT(*) FROM pins"),
                count("SELECT COUNT(*) FROM status_edits"));
    }

    @Test
    void like_and_unlike_come_back_to_the_post_on_the_page_and_show_the_counts_the_api_shows() {
        long p = post(ana, "Morning swim", "public");
        // Cleo's reply is for her connections: Ana sees it, Ben (not connected to Cleo) does not.
        server.app()
                .posts()
                .services()
                .post()
                .post(
                        cleo,
                        new PostStatus.Request(
                                "Brr",
                                null,
                                null,
                                false,
                                null,
                                null,
                                List.of("connections"),
                                List.of(),
                                null,
                                Long.toString(p),
                                null));
        assertThat(signedIn("ana").get("/").body()).contains("1 reply");
        PageClient b = signedIn("ben");
        String home = b.get("/").body();
        assertThat(home).contains("action=\"/statuses/" + p + "/favourite\"", "0 likes", "href=\"/@ana/" + p + "\"");
        Http.Res liked = act(b, "/statuses/" + p + "/favourite", Map.of("return_to", "/?max_id=99#post-" + p));
        assertThat(liked.status()).isEqualTo(303);
        assertThat(liked.header("Location")).isEqualTo("/?max_id=99#post-" + p);
        assertThat(count("SELECT COUNT(*) FROM favourites WHERE account_id = " + ben))
                .isEqualTo(1);
        String after = b.get("/").body();
        assertThat(after).contains("1 like", "action=\"/statuses/" + p + "/unfavourite\"", "Unlike");
        var api = new Http(server.baseUrl())
                .get("/api/v1/statuses/" + p, bensToken)
                .json();
        assertThat(api.get("replies_count").asInt()).isZero();
        assertThat(after).contains(api.get("favourites_count").asInt() + " like", "0 replies");
        assertThat(api.get("favourited").asBoolean()).isTrue();

        assertThat(act(b, "/statuses/" + p + "/unfavourite", Map.of("return_to", "/"))
                        .status())
                .isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM favourites")).isZero();
        assertThat(b.get("/").body()).contains("0 likes");
    }

    @Test
    void repost_is_offered_on_public_posts_only_and_the_service_refuses_a_restricted_one() {
        long open = post(ana, "Open house on Saturday", "public");
        long closed = post(ana, "Family dinner", "circle:" + family());
        PageClient b = signedIn("ben");
        String home = b.get("/").body();
        assertThat(home)
                .contains("Family dinner", "action=\"/statuses/" + open + "/reblog\"")
                .doesNotContain("action=\"/statuses/" + closed + "/reblog\"");
        int before = count("SELECT COUNT(*) FROM statuses");
        Http.Res refused = act(b, "/statuses/" + closed + "/reblog", Map.of("return_to", "/"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Only public and unlisted posts can be reblogged", "href=\"/\"");
        assertThat(count("SELECT COUNT(*) FROM statuses")).isEqualTo(before);

        assertThat(act(b, "/statuses/" + open + "/reblog", Map.of("return_to", "/"))
                        .status())
                .isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE kind = 'reblog' AND account_id = " + ben))
                .isEqualTo(1);
        assertThat(b.get("/").body()).contains("reposted", "1 repost", "Undo repost");
        assertThat(act(b, "/statuses/" + open + "/unreblog", Map.of("return_to", "/"))
                        .status())
                .isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE kind = 'reblog'")).isZero();
    }

    @Test
    void bookmark_and_pin_change_what_they_should_and_a_sixth_pin_is_refused() {
        long bens = post(ben, "Ben's note", "public");
        PageClient a = signedIn("ana");
        assertThat(act(a, "/statuses/" + bens + "/bookmark", Map.of()).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM bookmarks WHERE account_id = " + ana))
                .isEqualTo(1);
        assertThat(a.get("/").body())
                .contains("Remove bookmark")
                .doesNotContain("action=\"/statuses/" + bens + "/pin\"");
        assertThat(act(a, "/statuses/" + bens + "/unbookmark", Map.of()).status())
                .isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM bookmarks")).isZero();

        long[] mine = new long[6];
        for (int i = 0; i < 6; i++) mine[i] = post(ana, "Note " + i, "public");
        for (int i = 0; i < 5; i++)
            assertThat(act(a, "/statuses/" + mine[i] + "/pin", Map.of()).status())
                    .isEqualTo(303);
        Http.Res sixth = act(a, "/statuses/" + mine[5] + "/pin", Map.of("return_to", "/@ana"));
        assertThat(sixth.status()).isEqualTo(422);
        assertThat(sixth.body()).contains("At most 5 posts can be pinned", "href=\"/@ana\"");
        assertThat(count("SELECT COUNT(*) FROM pins")).isEqualTo(5);
        assertThat(act(a, "/statuses/" + bens + "/pin", Map.of()).status()).isEqualTo(422);
        assertThat(act(a, "/statuses/" + mine[0] + "/unpin", Map.of()).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM pins")).isEqualTo(4);
    }

    @Test
    void every_action_on_a_post_the_viewer_may_not_see_answers_the_404_of_a_missing_post_and_changes_nothing() {
        long hidden = post(ana, "Family only", "circle:" + family());
        long missing = hidden + 1_000_000;
        PageClient c = signedIn("cleo");
        assertThat(c.get("/").body()).doesNotContain("Family only");
        List<Integer> before = state();
        for (String verb : TOGGLES) {
            Http.Res onHidden = act(c, "/statuses/" + hidden + "/" + verb, Map.of("return_to", "/"));
            Http.Res onMissing = act(c, "/statuses/" + missing + "/" + verb, Map.of("return_to", "/"));
            assertThat(onHidden.status()).as(verb).isEqualTo(404);
            assertThat(onHidden.body()).as(verb).isEqualTo(onMissing.body());
        }
        for (String page : List.of("edit", "delete", "history", "reply", "quote")) {
            Http.Res onHidden = c.get("/statuses/" + hidden + "/" + page);
            assertThat(onHidden.status()).as(page).isEqualTo(404);
            assertThat(onHidden.body())
                    .as(page)
                    .isEqualTo(c.get("/statuses/" + missing + "/" + page).body());
        }
        for (String form : List.of("edit", "delete", "reply", "quote")) {
            Http.Res onHidden = act(c, "/statuses/" + hidden + "/" + form, Map.of("status", "leak?", "return_to", "/"));
            assertThat(onHidden.status()).as(form).isEqualTo(404);
            assertThat(onHidden.body())
                    .as(form)
                    .isEqualTo(act(c, "/statuses/" + missing + "/" + form, Map.of("status", "leak?", "return_to", "/"))
                            .body());
        }
        assertThat(new PageClient(server)
                        .get("/statuses/" + hidden + "/history")
                        .status())
                .isEqualTo(404);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void someone_elses_post_cannot_be_edited_or_deleted_from_the_pages() {
        long p = post(ana, "Ana's words", "public");
        PageClient b = signedIn("ben");
        assertThat(b.get("/").body()).doesNotContain("/statuses/" + p + "/edit", "/statuses/" + p + "/delete");
        List<Integer> before = state();
        assertThat(b.get("/statuses/" + p + "/edit").status()).isEqualTo(404);
        assertThat(b.get("/statuses/" + p + "/delete").status()).isEqualTo(404);
        assertThat(act(b, "/statuses/" + p + "/edit", Map.of("status", "Ben's words"))
                        .status())
                .isEqualTo(404);
        assertThat(act(b, "/statuses/" + p + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(state()).isEqualTo(before);
        assertThat(server.app().posts().services().show().show(ana, p).content())
                .contains("Ana&#39;s words");
    }

    @Test
    void return_to_never_leads_off_the_site() {
        long p = post(ana, "Hello", "public");
        PageClient b = signedIn("ben");
        for (String evil : List.of(
                "//evil.example/x",
                "https://evil.example/",
                "/\\evil.example",
                "/\t/evil.example",
                "javascript:alert(1)",
                "evil.example",
                "/\n/evil.example",
                "/%09/ok-but-" + "x".repeat(600))) {
            Http.Res res = act(b, "/statuses/" + p + "/bookmark", Map.of("return_to", evil));
            assertThat(res.status()).as(evil).isEqualTo(303);
            assertThat(res.header("Location")).as(evil).isEqualTo("/");
        }
        Http.Res ok = act(b, "/statuses/" + p + "/unbookmark", Map.of("return_to", "/@ana?max_id=7#post-" + p));
        assertThat(ok.header("Location")).isEqualTo("/@ana?max_id=7#post-" + p);
        Http.Res page = b.get("/statuses/" + p + "/reply?return_to="
                + java.net.URLEncoder.encode("//evil.example", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.body()).contains("name=\"return_to\" value=\"/\"").doesNotContain("evil.example");
    }

    @Test
    void an_action_without_the_form_token_is_refused_and_changes_nothing() {
        long p = post(ana, "Hello", "public");
        long own = post(ben, "Mine", "public");
        PageClient b = signedIn("ben");
        List<Integer> before = state();
        for (String verb : TOGGLES) {
            assertThat(b.post("/statuses/" + p + "/" + verb, Map.of("return_to", "/"))
                            .status())
                    .as(verb)
                    .isEqualTo(403);
        }
        assertThat(b.post("/statuses/" + own + "/pin", Map.of("_csrf", "forged"))
                        .status())
                .isEqualTo(403);
        assertThat(b.post("/statuses/" + own + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(b.post("/statuses/" + own + "/edit", Map.of("status", "changed"))
                        .status())
                .isEqualTo(403);
        assertThat(b.post("/statuses/" + p + "/reply", Map.of("status", "hi")).status())
                .isEqualTo(403);
        assertThat(b.post("/statuses/" + p + "/quote", Map.of("status", "hi")).status())
                .isEqualTo(403);
        assertThat(b.post("/articles", Map.of("title", "T", "status", "Body")).status())
                .isEqualTo(403);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void editing_keeps_the_history_which_only_those_who_may_see_the_post_can_read() {
        long p = post(ana, "First words", "circle:" + family());
        PageClient a = signedIn("ana");
        Http.Res form = a.get("/statuses/" + p + "/edit?return_to=/");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("First words");
        Http.Res saved = act(
                a,
                "/statuses/" + p + "/edit",
                Map.of("status", "Second words", "spoiler_text", "food", "return_to", "/#post-" + p));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/?notice=post-edited#post-" + p);
        assertThat(count("SELECT COUNT(*) FROM status_edits WHERE status_id = " + p))
                .isEqualTo(2);

        String bens = signedIn("ben").get("/").body();
        assertThat(bens).contains("Content warning: food", "Second words", "href=\"/statuses/" + p + "/history\"");
        Http.Res history = signedIn("ben").get("/statuses/" + p + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("First words", "Second words", "Original", "Edit 1");
        assertThat(signedIn("cleo").get("/statuses/" + p + "/history").status()).isEqualTo(404);

        Http.Res empty = act(a, "/statuses/" + p + "/edit", Map.of("status", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("The post is empty");
        assertThat(count("SELECT COUNT(*) FROM status_edits WHERE status_id = " + p))
                .isEqualTo(2);
    }

    @Test
    void delete_asks_first_then_removes_the_post_and_never_returns_to_its_own_page() {
        long p = post(ana, "Regrettable", "public");
        PageClient a = signedIn("ana");
        Http.Res confirm = a.get("/statuses/" + p + "/delete?return_to=/@ana");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Delete this post?", "Regrettable", "value=\"/@ana\"");
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE id = " + p)).isEqualTo(1);
        Http.Res gone = act(a, "/statuses/" + p + "/delete", Map.of("return_to", "/@ana/" + p));
        assertThat(gone.status()).isEqualTo(303);
        assertThat(gone.header("Location")).isEqualTo("/?notice=post-deleted");
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE id = " + p)).isZero();
        long q = post(ana, "Also regrettable", "public");
        assertThat(act(a, "/statuses/" + q + "/delete", Map.of("return_to", "/@ana"))
                        .header("Location"))
                .isEqualTo("/@ana?notice=post-deleted");
    }

    @Test
    void a_reply_is_posted_under_the_post_and_a_reply_rule_keeps_out_who_it_should() {
        long p = post(ana, "Who is coming?", "public", "connections");
        PageClient b = signedIn("ben");
        Http.Res page = b.get("/statuses/" + p + "/reply?return_to=/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Who is coming?", "@ana ");
        Http.Res replied = act(
                b,
                "/statuses/" + p + "/reply",
                Map.of("status", "@ana me!", "audience", "public", "return_to", "/#post-" + p));
        assertThat(replied.status()).isEqualTo(303);
        assertThat(replied.header("Location")).isEqualTo("/?notice=posted#post-" + p);
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE in_reply_to_id = " + p + " AND account_id = " + ben))
                .isEqualTo(1);
        assertThat(b.get("/").body()).contains("1 reply");

        int dan = TestUsers.create(server, "dan").id();
        server.app().relations().followAccount().follow(dan, ana, null);
        PageClient d = signedIn("dan");
        assertThat(d.get("/").body()).contains("Who is coming?").doesNotContain("/statuses/" + p + "/reply");
        assertThat(d.get("/statuses/" + p + "/reply").status()).isEqualTo(403);
        int before = count("SELECT COUNT(*) FROM statuses");
        Http.Res refused = act(d, "/statuses/" + p + "/reply", Map.of("status", "me too", "audience", "public"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Replies to this post are limited by its author");
        assertThat(count("SELECT COUNT(*) FROM statuses")).isEqualTo(before);
    }

    @Test
    void a_quote_shows_the_quoted_post_only_to_who_may_see_it() {
        long family = post(ana, "Grandma's recipe", "circle:" + family());
        PageClient b = signedIn("ben");
        // Ben sees the family post but may not carry it past its audience: only Ana may quote it.
        assertThat(b.get("/statuses/" + family + "/quote").status()).isEqualTo(403);
        assertThat(act(b, "/statuses/" + family + "/quote", Map.of("status", "Try this", "audience", "public"))
                        .status())
                .isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE quote_of_id = " + family))
                .isZero();
        PageClient a = signedIn("ana");
        assertThat(a.get("/statuses/" + family + "/quote").body()).contains("Grandma&#39;s recipe");
        assertThat(act(a, "/statuses/" + family + "/quote", Map.of("status", "Try this", "audience", "public"))
                        .status())
                .isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE quote_of_id = " + family))
                .isEqualTo(1);
        assertThat(b.get("/").body()).contains("Try this", "Quoting", "Grandma&#39;s recipe");
        String visitor = new PageClient(server).get("/@ana").body();
        assertThat(visitor)
                .contains("Try this", "The quoted post is not available")
                .doesNotContain("Grandma");
    }

    @Test
    void an_article_is_previewed_by_the_posting_service_then_published_with_its_title() {
        PageClient a = signedIn("ana");
        assertThat(a.get("/articles/new").status()).isEqualTo(200);
        String body = "Some **bold** words\n\n<script>alert(1)</script>";
        Http.Res preview = act(
                a,
                "/articles",
                Map.of(
                        "title",
                        "On <gardens>",
                        "status",
                        body,
                        "audience",
                        "public",
                        "reply_policy",
                        "everyone",
                        "preview",
                        "1"));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body())
                .contains("<strong>bold</strong>", "On &lt;gardens&gt;")
                .doesNotContain("<script>alert");
        assertThat(count("SELECT COUNT(*) FROM statuses")).isZero();

        Http.Res tooLong =
                act(a, "/articles", Map.of("title", "Long", "status", "x".repeat(20_001), "audience", "public"));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("longer than 20000");
        assertThat(count("SELECT COUNT(*) FROM statuses")).isZero();

        Http.Res published = act(
                a,
                "/articles",
                Map.of(
                        "title",
                        "On <gardens>",
                        "status",
                        body,
                        "audience",
                        "circle:" + family(),
                        "reply_policy",
                        "connections"));
        assertThat(published.status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE kind = 'article' AND reply_policy = 'connections'"))
                .isEqualTo(1);
        assertThat(signedIn("ben").get("/").body())
                .contains("class=\"article-title\"", "On &lt;gardens&gt;", "<strong>bold</strong>");
        assertThat(signedIn("cleo").get("/").body()).doesNotContain("gardens");

        long article = server.app()
                .db()
                .read(h -> h.createQuery("SELECT id FROM statuses WHERE kind = 'article'")
                        .mapTo(Long.class)
                        .one());
        assertThat(a.get("/statuses/" + article + "/edit").body()).contains("id=\"title\"", "value=\"On &lt;gardens");
        assertThat(act(a, "/statuses/" + article + "/edit", Map.of("title", "On orchards", "status", "New **text**"))
                        .status())
                .isEqualTo(303);
        assertThat(signedIn("ben").get("/").body()).contains("On orchards", "<strong>text</strong>", "edited");
    }

    @Test
    void the_home_composer_sets_who_may_reply() {
        PageClient a = signedIn("ana");
        assertThat(a.get("/").body()).contains("name=\"reply_policy\"", "href=\"/articles/new\"");
        assertThat(act(a, "/statuses", Map.of("status", "Ask me", "audience", "public", "reply_policy", "mentioned"))
                        .status())
                .isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM statuses WHERE reply_policy = 'mentioned'"))
                .isEqualTo(1);
        Http.Res bad = act(a, "/statuses", Map.of("status", "Ask me", "audience", "public", "reply_policy", "nobody"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM statuses")).isEqualTo(1);
    }

    @Test
    void with_htmx_an_action_answers_the_posts_actions_to_swap_in_place() {
        long p = post(ana, "Swap me", "public");
        PageClient b = signedIn("ben");
        String token = PageClient.csrf(b.get("/").body());
        b.header("HX-Request", "true");
        Http.Res res = b.post(
                "/statuses/" + p + "/favourite",
                Map.of("_csrf", token, "return_to", "/#post-" + p, "entry", Long.toString(p)));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body())
                .contains("id=\"actions-" + p + "\"", "1 like", "Unlike", "value=\"/#post-" + p + "\"")
                .doesNotContain("<html");
        assertThat(count("SELECT COUNT(*) FROM favourites")).isEqualTo(1);
    }
}
