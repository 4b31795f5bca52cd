package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import social.rapport.account.AccountEvents;
import social.rapport.account.UpdateProfile;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** The hashtag, public, bookmarks and likes pages, their paging fragments and the composer's suggestions. */
@RapportServer
class ReadingPagesTest {
    private static final Pattern POST = Pattern.compile("<article class=\"post\"[ >]");
    private static final Pattern OLDER = Pattern.compile("<a class=\"older\" href=\"([^\"]+)\" hx-get=\"([^\"]+)\""
            + " hx-trigger=\"revealed\" hx-swap=\"outerHTML\">Older posts</a>");

    TestServer server;
    Scene scene;
    @Person
    int ana, ben, cleo;

    private long post(int author, String text, String audience) {
        return scene.post(author, text, audience);
    }

    private void connect(int a, int b) {
        scene.connect(a, b);
    }

    private PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    private static int posts(String html) {
        Matcher m = POST.matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&#61;", "=");
    }

    @Test
    void the_tag_page_lists_only_public_posts_with_the_tag_for_every_viewer() {
        server.app().relations().followAccount().follow(ben, ana, null);
        connect(ana, ben);
        post(ana, "Tomatoes in the #garden", "public");
        post(ana, "Quiet #garden notes", "unlisted");
        post(ana, "My #garden for followers", "followers");
        post(ana, "The #garden for connections", "connections");
        post(ana, "Herbs without the tag", "public");
        post(cleo, "Cleo's #Garden bench", "public");
        for (PageClient who : List.of(new PageClient(server), signedIn("ben"), signedIn("ana"))) {
            Http.Res res = who.get("/tags/garden");
            assertThat(res.status()).isEqualTo(200);
            assertThat(res.body())
                    .contains("<h1>#garden</h1>", "Tomatoes in the", "Cleo&#39;s")
                    .doesNotContain("Quiet", "for followers", "for connections", "Herbs without");
            assertThat(posts(res.body())).isEqualTo(2);
        }
        assertThat(new PageClient(server).get("/tags/%23GARDEN").body()).contains("Tomatoes in the");
        post(cleo, "Un #café au jardin", "public");
        assertThat(new PageClient(server).get("/tags/caf%C3%A9").body())
                .contains("<h1>#café</h1>", "Un ")
                .doesNotContain("Tomatoes");
        assertThat(new PageClient(server).get("/tags/nothing_here").body())
                .contains("No public posts with #nothing_here");
    }

    @Test
    void a_tag_hides_the_posts_of_someone_the_viewer_blocked() {
        post(cleo, "Cleo's #bread loaf", "public");
        post(ana, "Ana's #bread starter", "public");
        server.app().relations().blockAccount().block(ben, cleo);
        String asBen = signedIn("ben").get("/tags/bread").body();
        assertThat(asBen).contains("starter").doesNotContain("loaf");
        assertThat(new PageClient(server).get("/tags/bread").body()).contains("starter", "loaf");
    }

    @Test
    void the_public_page_is_open_signed_out_and_lists_public_posts_only() {
        post(ana, "Open studio on Friday", "public");
        post(ana, "Unlisted thought", "unlisted");
        post(ana, "Friends only", "followers");
        Http.Res res = new PageClient(server).get("/public");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body()).contains("Open studio on Friday").doesNotContain("Unlisted thought", "Friends only");
    }

    @Test
    void bookmarks_and_likes_show_only_ones_own_and_only_what_one_may_still_see() {
        connect(cleo, ben);
        long anas = post(ana, "Ana's public recipe", "public");
        long cleos = post(cleo, "Cleo for her connections", "connections");
        long anaOther = post(ana, "Ana's other post", "public");
        var saved = server.app().posts().services();
        saved.bookmark().bookmark(ben, anas, true);
        saved.bookmark().bookmark(ben, cleos, true);
        saved.bookmark().bookmark(ana, anaOther, true);
        saved.favourite().favourite(ben, cleos, true);
        saved.favourite().favourite(ana, anaOther, true);
        PageClient b = signedIn("ben");
        assertThat(b.get("/bookmarks").body())
                .contains("Ana&#39;s public recipe", "Cleo for her connections")
                .doesNotContain("Ana&#39;s other post");
        assertThat(b.get("/favourites").body())
                .contains("Cleo for her connections")
                .doesNotContain("other post");

        server.app().relations().blockAccount().block(cleo, ben);
        assertThat(b.get("/bookmarks").body())
                .contains("Ana&#39;s public recipe")
                .doesNotContain("Cleo for her connections");
        assertThat(b.get("/favourites").body())
                .doesNotContain("Cleo for her connections")
                .contains("not liked any posts");

        Http.Res signedOut = new PageClient(server).get("/bookmarks");
        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(signedOut.header("Location")).startsWith("/auth/sign_in?return_to=%2Fbookmarks");
        assertThat(new PageClient(server).get("/favourites").status()).isEqualTo(303);
    }

    @Test
    void older_posts_page_by_link_without_javascript_and_by_fragment_for_the_infinite_scroll() {
        for (int i = 1; i <= 45; i++) post(ana, "#daily note " + i, "public");
        for (String path : List.of("/public", "/tags/daily", "/@ana")) {
            PageClient visitor = new PageClient(server);
            String first = visitor.get(path).body();
            assertThat(posts(first)).as(path).isEqualTo(20);
            assertThat(first).contains("note 45<", "note 26<").doesNotContain("note 25<");
            Matcher m = OLDER.matcher(first);
            assertThat(m.find()).as(path).isTrue();
            String href = unescape(m.group(1));
            assertThat(href).startsWith(path + "?max_id=");
            assertThat(unescape(m.group(2))).isEqualTo(href + "&fragment=1");

            Http.Res fragment = visitor.get(href + "&fragment=1");
            assertThat(fragment.status()).isEqualTo(200);
            assertThat(fragment.body()).doesNotContain("<html", "<h1").contains("note 25<", "note 6<");
            assertThat(posts(fragment.body())).isEqualTo(20);
            Matcher next = OLDER.matcher(fragment.body());
            assertThat(next.find()).isTrue();
            String last = visitor.get(unescape(next.group(2))).body();
            assertThat(posts(last)).isEqualTo(5);
            assertThat(last).contains("note 1<").doesNotContain("Older posts");

            String plain = visitor.get(href).body();
            assertThat(plain).contains("<html", "note 25<").doesNotContain("note 26<");
        }
        Http.Res bad = new PageClient(server).get("/public?max_id=abc");
        assertThat(bad.status()).isEqualTo(422);
    }

    @Test
    void home_bookmarks_and_likes_have_fragments_too() {
        var saved = server.app().posts().services();
        for (int i = 1; i <= 25; i++) {
            long id = post(ana, "Item " + i + " of the day", "public");
            saved.bookmark().bookmark(ana, id, true);
            saved.favourite().favourite(ana, id, true);
        }
        PageClient a = signedIn("ana");
        for (String path : List.of("/", "/bookmarks", "/favourites")) {
            String first = a.get(path).body();
            assertThat(posts(first)).as(path).isEqualTo(20);
            Matcher m = OLDER.matcher(first);
            assertThat(m.find()).as(path).isTrue();
            String rest = a.get(unescape(m.group(2))).body();
            assertThat(rest)
                    .as(path)
                    .doesNotContain("<html")
                    .contains("Item 5 of", "Item 1 of")
                    .doesNotContain("Item 6 of");
            assertThat(posts(rest)).isEqualTo(5);
        }
    }

    @Test
    void suggestions_list_visible_accounts_only_never_blocked_or_suspended_ones_and_escape_names() {
        int anton = TestUsers.create(server, "anton").id();
        int andre = TestUsers.create(server, "andre").id();
        int anouk = TestUsers.create(server, "anouk").id();
        TestUsers.create(server, "bruno");
        server.app().updateProfile().update(anton, new UpdateProfile.Changes("<b>Anton</b>", null, null, null));
        server.app().relations().blockAccount().block(ben, andre);
        server.app().relations().blockAccount().block(anouk, ben);
        server.app().db().writeVoid(tx -> {
            server.app().accounts().setState(tx, ana, "suspended");
            tx.emit(new AccountEvents.Suspended(ana));
        });
        PageClient b = signedIn("ben");
        Http.Res res = b.get("/compose/suggest?q=%40an");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body())
                .contains("role=\"listbox\"", "data-insert=\"@anton\"", "&lt;b&gt;Anton&lt;/b&gt;")
                .doesNotContain("@andre", "@anouk", "@ana\"", "<b>Anton", "@bruno", "<html");
        assertThat(signedIn("cleo").get("/compose/suggest?q=%40an").body())
                .contains("@andre", "@anouk", "@anton")
                .doesNotContain("data-insert=\"@ana\"");
        assertThat(b.get("/compose/suggest?q=%40").body()).doesNotContain("role=\"option\"");
        assertThat(b.get("/compose/suggest").status()).isEqualTo(422);
        assertThat(new PageClient(server).get("/compose/suggest?q=%40an").status())
                .isEqualTo(303);
    }

    @Test
    void hashtag_suggestions_come_from_public_posts_the_viewer_may_see() {
        post(cleo, "Roses in the #gardening club", "public");
        post(cleo, "#gardening again", "public");
        post(cleo, "A #garden_party", "public");
        post(cleo, "Our #gardenhidden plan", "followers");
        post(cleo, "Unlisted #gardenquiet", "unlisted");
        post(ana, "Ana's #gardenana", "public");
        server.app().relations().blockAccount().block(ana, ben);
        String body = signedIn("ben").get("/compose/suggest?q=%23GAR").body();
        assertThat(body)
                .contains("data-insert=\"#gardening\"", "2 posts", "data-insert=\"#garden_party\"", "1 post")
                .doesNotContain("gardenhidden", "gardenquiet", "gardenana");
        assertThat(body.indexOf("#gardening")).isLessThan(body.indexOf("#garden_party"));
        assertThat(signedIn("cleo").get("/compose/suggest?q=%23garden").body()).contains("gardenana");
    }

    @Test
    void the_composer_loads_its_script_and_the_script_is_served_for_the_content_policy() {
        String home = signedIn("ana").get("/").body();
        assertThat(home)
                .contains(
                        "<script src=\"/static/composer.js\" defer></script>",
                        "maxlength=\"500\"",
                        "data-counter",
                        "data-suggest=\"/compose/suggest\"");
        Http.Res js = new PageClient(server).get("/static/composer.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.header("Content-Type")).startsWith("text/javascript");
        assertThat(js.body()).contains("aria-live", "aria-activedescendant");
        List<String> inline = new ArrayList<>();
        Matcher m = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(home);
        while (m.find()) inline.add(m.group());
        assertThat(inline).isEmpty();
    }
}
