package social.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.app.App;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Full-text search of posts in `/api/v2/search`: the words, the paging, and who may find what, on both databases. */
@RapportServer
class PostSearchTest {
    TestServer server;
    Http http;
    Scene scene;

    @Person
    User ana, ben, cleo, vera;

    private String post(User u, String text, String audience, String language) {
        return scene.postJson(u, "status", text, "audience", List.of(audience), "language", language)
                .get("id")
                .asText();
    }

    private String post(User u, String text) {
        return post(u, text, "public", "en");
    }

    /** The ids of the posts `who` finds with `query` (and further parameters, already encoded). */
    private List<String> found(User who, String query, String more) {
        return found(http, who, query, more);
    }

    private static List<String> found(Http http, User who, String query, String more) {
        Http.Res r = http.get(
                "/api/v2/search?type=statuses&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more,
                who == null ? null : who.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("accounts")).isEmpty();
        List<String> ids = new ArrayList<>();
        r.json().get("statuses").forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    private List<String> found(User who, String query) {
        return found(who, query, "");
    }

    @Test
    void words_phrases_prefixes_and_stemming_by_the_posts_language() {
        String garden = post(ana, "My vegetable garden is growing");
        String gardening = post(ana, "Gardening in the rain again");
        String french = post(ana, "Les chevaux courent dans le pré", "public", "fr");
        post(ana, "Nothing to see here");

        assertThat(found(vera, "garden"))
                .as("English stemming: gardening is garden")
                .containsExactly(gardening, garden);
        assertThat(found(vera, "\"vegetable garden\"")).containsExactly(garden);
        assertThat(found(vera, "\"garden vegetable\""))
                .as("a phrase keeps its order")
                .isEmpty();
        assertThat(found(vera, "garden vegetable")).as("words in any order").containsExactly(garden);
        assertThat(found(vera, "veg*")).containsExactly(garden);
        assertThat(found(vera, "veg"))
                .as("a word is not a prefix unless it says so")
                .isEmpty();
        assertThat(found(vera, "cheval"))
                .as("French stemming: chevaux is cheval")
                .containsExactly(french);
        assertThat(found(vera, "chevaux")).containsExactly(french);
        assertThat(found(vera, "RAIN")).containsExactly(gardening);
        assertThat(found(vera, "garden -vegetable")).containsExactly(gardening);
        assertThat(found(vera, "\"\"")).as("nothing to look for").isEmpty();
    }

    @Test
    void all_types_without_type_and_signed_out_visitors_find_no_posts() {
        String p = post(ana, "ana loves anagrams");
        Http.Res all = http.get("/api/v2/search?q=ana", vera.token());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("accounts").get(0).get("acct").asText()).isEqualTo("ana");
        assertThat(all.json().get("statuses").get(0).get("id").asText()).isEqualTo(p);
        assertThat(all.json().get("statuses")).hasSize(1);
        assertThat(found(vera, "anagrams")).containsExactly(p);
        assertThat(http.get("/api/v2/search?type=statuses&q=anagrams", null).status())
                .as("visitors may not search here")
                .isEqualTo(401);
        server.app().signedOut().set(true, null, true);
        assertThat(found(null, "anagrams"))
                .as("where they may, as on Mastodon, they find no posts")
                .isEmpty();
        assertThat(http.get("/api/v2/search?q=ana&type=statuses&account_id=x", vera.token())
                        .status())
                .isEqualTo(422);
        for (String lang : List.of("de", "fr", "es", "it", "nl", "pt", "sv", "da")) {
            post(ana, "x in " + lang, "public", lang);
        }
        String some = String.join("+", java.util.Collections.nCopies(100, "x"));
        assertThat(http.get("/api/v2/search?type=statuses&q=" + some, vera.token())
                        .status())
                .isEqualTo(200);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 160; i++) words.add("" + (char) ('a' + i % 26) + (i / 26));
        String many = String.join("+", words);
        assertThat(http.get("/api/v2/search?type=statuses&q=" + many, vera.token())
                        .status())
                .as("more words than a query may hold in the languages posts are in: the client's mistake")
                .isEqualTo(422);
        assertThat(http.get("/api/v2/search?q=ana&type=statuses&max_id=-1", vera.token())
                        .status())
                .isEqualTo(422);
    }

    @Test
    void only_posts_the_searcher_may_see_and_pages_are_filled_from_further_ones() {
        scene.connect(ana, ben);
        List<String> visible = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            visible.add(0, post(ana, "tomato harvest " + i));
            post(ana, "tomato secret " + i, "connections", "en");
        }
        String unlisted = post(ana, "tomato quietly", "unlisted", "en");
        String own = post(vera, "tomato of my own", "only_me", "en");

        assertThat(found(vera, "tomato", "&limit=2")).containsExactly(own, visible.get(0));
        assertThat(found(vera, "tomato", "&limit=3&offset=2"))
                .containsExactly(visible.get(1), visible.get(2), visible.get(3));
        assertThat(found(vera, "tomato", "&max_id=" + visible.get(1))).containsExactly(visible.get(2), visible.get(3));
        assertThat(found(vera, "tomato", "&min_id=" + visible.get(2)))
                .containsExactly(own, visible.get(0), visible.get(1));
        assertThat(found(vera, "tomato", "&account_id=" + ana.id())).isEqualTo(visible);
        assertThat(found(cleo, "tomato"))
                .as("neither unlisted nor restricted posts, nor anyone's only-me")
                .isEqualTo(visible);
        assertThat(found(ana, "quietly")).as("one's own unlisted post").containsExactly(unlisted);
        assertThat(found(cleo, "quietly")).isEmpty();
        assertThat(found(ben, "secret"))
                .as("a connection who took no part in them, as on Mastodon")
                .isEmpty();
        assertThat(found(ana, "secret")).hasSize(4);
        assertThat(found(cleo, "secret")).isEmpty();
    }

    @Test
    void a_restricted_post_is_found_by_those_who_took_part_in_it_and_may_see_it() {
        scene.connect(ana, ben);
        String liked = post(ana, "pumpkin soup recipe", "connections", "en");
        String mentioning = post(ana, "pumpkin pie for @ben", "connections", "en");
        assertThat(http.post("/api/v1/statuses/" + liked + "/favourite", ben.token())
                        .status())
                .isEqualTo(200);
        assertThat(found(ben, "pumpkin")).containsExactly(mentioning, liked);
        assertThat(http.post("/api/v1/statuses/" + liked + "/favourite", cleo.token())
                        .status())
                .isEqualTo(404);
        assertThat(found(cleo, "pumpkin")).isEmpty();
    }

    @Test
    void posts_of_an_account_that_is_not_indexable_are_found_only_by_people_who_took_part_in_them() {
        String a = post(ana, "quince jam season");
        String b = post(ana, "quince trees blooming");
        String c = post(ana, "quince and @cleo");
        assertThat(http.patchJson("/api/v1/accounts/update_credentials", ana.token(), Http.map("indexable", false))
                        .status())
                .isEqualTo(200);
        assertThat(found(vera, "quince")).isEmpty();
        assertThat(found(ana, "quince")).containsExactly(c, b, a);
        assertThat(http.post("/api/v1/statuses/" + a + "/favourite", vera.token())
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/statuses/" + b + "/reblog", ben.token()).status())
                .isEqualTo(200);
        scene.reply(vera.id(), Long.parseLong(b), "nice one", "public");
        assertThat(found(vera, "quince jam")).containsExactly(a);
        assertThat(found(vera, "blooming")).as("replied to").containsExactly(b);
        assertThat(found(ben, "quince")).as("reposted").containsExactly(b);
        assertThat(found(cleo, "quince")).as("mentioned").containsExactly(c);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token())
                        .json()
                        .get("source")
                        .get("indexable")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void a_blocked_searcher_and_a_deleted_post_find_nothing_even_before_the_index_hears_of_it() {
        String p = post(ana, "lemon tart");
        String q = post(ben, "lemon cake");
        assertThat(found(vera, "lemon")).containsExactly(q, p);
        assertThat(http.post("/api/v1/accounts/" + ben.id() + "/block", vera.token())
                        .status())
                .isEqualTo(200);
        assertThat(found(vera, "lemon")).containsExactly(p);

        server.app().db().outbox().hold(true);
        assertThat(http.delete("/api/v1/statuses/" + p, ana.token()).status()).isEqualTo(200);
        assertThat(found(vera, "lemon"))
                .as("the index still holds it; the store does not")
                .isEmpty();
        assertThat(found(ana, "lemon")).containsExactly(q);
    }

    @Test
    void an_edit_changes_what_finds_the_post() {
        String p = post(ana, "apricot compote");
        assertThat(http.putJson("/api/v1/statuses/" + p, ana.token(), Http.map("status", "plum compote"))
                        .status())
                .isEqualTo(200);
        assertThat(found(vera, "apricot")).isEmpty();
        assertThat(found(vera, "plum")).containsExactly(p);
    }

    @Test
    void changes_made_while_the_server_was_stopped_reach_the_index_from_the_outbox() {
        String kept = post(ana, "mango lassi");
        String gone = post(ana, "mango chutney");
        server.app().db().outbox().hold(true);
        String late = post(ana, "mango sorbet");
        assertThat(http.delete("/api/v1/statuses/" + gone, ana.token()).status())
                .isEqualTo(200);
        assertThat(found(vera, "sorbet")).as("not indexed yet").isEmpty();
        server.restart();
        http = server.http();
        assertThat(found(vera, "mango")).containsExactly(late, kept);
    }

    @Test
    void a_server_without_an_index_builds_it_from_the_store_and_each_server_follows_the_outbox() throws Exception {
        String salad = post(ana, "papaya salad");
        Config c = server.app().config().withPort(0).withDataDir(Files.createTempDirectory("rapport-data"));
        App second = new App(c, Clock.systemUTC()).start();
        try {
            Http other = new Http("http://localhost:" + second.port());
            assertThat(found(other, vera, "papaya", ""))
                    .as("built from the store")
                    .containsExactly(salad);
            String smoothie = post(ana, "papaya smoothie");
            assertThat(found(vera, "papaya")).containsExactly(smoothie, salad);
            // Its own consumer of the outbox: what the first server committed reaches it on its catch-up.
            second.db().outbox().catchUp();
            assertThat(found(other, vera, "papaya", "")).containsExactly(smoothie, salad);
        } finally {
            second.close();
        }
        server.app().db().outbox().catchUp();
        assertThat(found(vera, "papaya"))
                .as("the first server's index is its own")
                .hasSize(2);
    }
}
