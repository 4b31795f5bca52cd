package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.account.AccountEvents;
import social.rapport.account.UpdateProfile;
import social.rapport.status.PostStatus;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;

/** The search page and the header's search form, on both databases. */
@RapportServer
class SearchPagesTest {
    TestServer server;
    Scene scene;
    @Person
    int ben, ana, andre, anouk, anton;

    @BeforeEach
    void start() {
        // These tests search as visitors too, which the instance must allow (it does not by default).
        server.app().signedOut().set(true, null, true);
    }

    private PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    @Test
    void people_are_found_except_blocked_blocking_and_suspended_accounts() {
        server.app().relations().blockAccount().block(ben, andre);
        server.app().relations().blockAccount().block(anouk, ben);
        server.app().db().writeVoid(tx -> {
            server.app().accounts().setState(tx, anton, "suspended");
            tx.emit(new AccountEvents.Suspended(anton));
        });
        server.app().updateProfile().update(ana, new UpdateProfile.Changes("<b>Ana</b>", null, null, null));
        PageClient b = signedIn("ben");
        Http.Res res = b.get("/search?q=an");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body())
                .contains("href=\"/@ana\"", "&lt;b&gt;Ana&lt;/b&gt;")
                .doesNotContain("@andre", "@anouk", "@anton", "<b>Ana");
        // A visitor is not blocked by anyone, but still never finds a suspended account.
        Http.Res visitor = new PageClient(server).get("/search?q=%40an");
        assertThat(visitor.status()).isEqualTo(200);
        assertThat(visitor.body()).contains("@ana", "@andre", "@anouk").doesNotContain("@anton");
    }

    @Test
    void hashtags_on_posts_the_viewer_may_see_are_found_and_link_to_their_page() {
        server.app()
                .posts()
                .services()
                .post()
                .post(
                        ana,
                        new PostStatus.Request(
                                "Out in the #garden today",
                                null,
                                null,
                                false,
                                null,
                                null,
                                List.of("public"),
                                List.of(),
                                null,
                                null,
                                null));
        Http.Res res = new PageClient(server).get("/search?q=%23gar");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body()).contains("href=\"/tags/garden\"", "#garden", "1 recent post");
        assertThat(new PageClient(server).get("/search?q=flowers").body())
                .contains("No one found.", "No hashtag found.");
    }

    @Test
    void every_page_has_a_labelled_search_form_and_an_empty_or_too_long_search_changes_nothing() {
        String home = signedIn("ben").get("/").body();
        assertThat(home)
                .contains(
                        "action=\"/search\" role=\"search\"",
                        "<label class=\"visually-hidden\" for=\"site-search\">",
                        "id=\"site-search\" type=\"search\" name=\"q\"");
        Http.Res empty = new PageClient(server).get("/search");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("<h1>Search</h1>").doesNotContain("No one found");
        Http.Res tooLong = new PageClient(server).get("/search?q=" + "a".repeat(501));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("too long").doesNotContain("@ana");
    }

    @Test
    void posts_the_viewer_may_find_are_shown_and_visitors_are_asked_to_sign_in() {
        scene.post(ana, "Sourdough starter at day five", "public");
        scene.post(ana, "Sourdough for my connections", "connections");
        Http.Res res = signedIn("ben").get("/search?q=sourdough");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body())
                .contains("<h2>Posts</h2>", "aria-label=\"Posts found\"", "Sourdough starter at day five")
                .doesNotContain("for my connections");
        assertThat(signedIn("ben").get("/search?q=croissant").body()).contains("No post found.");
        Http.Res visitor = new PageClient(server).get("/search?q=sourdough");
        assertThat(visitor.body())
                .contains("to search posts.", "/auth/sign_in?return_to=%2Fsearch%3Fq%3Dsourdough")
                .doesNotContain("Sourdough starter");
    }
}
