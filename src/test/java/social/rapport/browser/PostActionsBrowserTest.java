package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * The actions on posts in headless Chromium: like and repost swapped in place by htmx, a reply, an
 * edit and its history, a deletion after its confirmation, and an article previewed then published;
 * axe-core runs on each page these add (SQLite; the services run on both databases).
 */
@RapportServer(shared = true, sqliteOnly = true)
class PostActionsBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    private static int count(String sql) {
        return server.app()
                .db()
                .read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static void assertAccessible(Browser b) {
        assertThat(b.seriousAccessibilityViolations()).as(b.path()).isEmpty();
    }

    /** With -Dscreenshots=DIR, the page at desktop and phone width, for checking the layout. */
    private static void shoot(Browser b, String name, String scrollTo) {
        String dir = System.getProperty("screenshots");
        if (dir == null) return;
        String scroll = "document.querySelector(arguments[0]).scrollIntoView();";
        b.driver().executeScript(scroll, scrollTo);
        b.screenshot(java.nio.file.Path.of(dir, name + "-desktop.png"));
        b.phoneSize();
        b.driver().executeScript(scroll, scrollTo);
        b.screenshot(java.nio.file.Path.of(dir, name + "-phone.png"));
        b.desktopSize();
    }

    @Test
    void ben_likes_and_reposts_a_post_in_place_then_replies_to_it() {
        int ana = story.person("ana");
        int ben = story.person("ben");
        story.connect(ana, ben);
        long p = story.post(ana, "Our studio opens on Monday.", "public");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "ben")) {
            b.open("/").waitFor("#actions-" + p);
            assertAccessible(b);
            shoot(b, "post-actions", "#post-" + p);
            b.driver().executeScript("window.stayedOnPage = true;");
            b.click("#actions-" + p + " form[action='/statuses/" + p + "/favourite'] button")
                    .waitFor("#actions-" + p + " form[action='/statuses/" + p + "/unfavourite']");
            assertThat(b.find("#actions-" + p).getText()).contains("1 like", "Unlike");
            assertThat(count("SELECT COUNT(*) FROM favourites WHERE account_id = " + ben))
                    .isEqualTo(1);
            assertThat(b.driver().executeScript("return window.stayedOnPage === true;"))
                    .as("htmx swapped the actions without loading the page again")
                    .isEqualTo(true);
            b.click("#actions-" + p + " form[action='/statuses/" + p + "/reblog'] button")
                    .waitFor("#actions-" + p + " form[action='/statuses/" + p + "/unreblog']");
            assertThat(count("SELECT COUNT(*) FROM statuses WHERE kind = 'reblog' AND account_id = " + ben))
                    .isEqualTo(1);

            b.open("/");
            b.click("#post-" + p + " a[href^='/statuses/" + p + "/reply']").waitFor("textarea#status");
            assertThat(b.path()).isEqualTo("/statuses/" + p + "/reply");
            assertAccessible(b);
            b.find("#status").sendKeys("see you there!");
            b.click("main form button[type=submit]").waitFor(".notice");
            assertThat(b.path()).isEqualTo("/");
            assertThat(count("SELECT COUNT(*) FROM statuses WHERE in_reply_to_id = " + p))
                    .isEqualTo(1);
            assertThat(b.text()).contains("@ana see you there!");

            b.open("/statuses/" + p + "/quote").waitFor("textarea#status");
            assertAccessible(b);
        }
    }

    @Test
    void cora_edits_a_post_reads_its_history_and_deletes_it_after_confirming() {
        int cora = story.person("cora");
        long p = story.post(cora, "Meeting at 10.", "public");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "cora")) {
            b.open("/")
                    .click("#post-" + p + " a[href^='/statuses/" + p + "/edit']")
                    .waitFor("textarea#status");
            assertAccessible(b);
            b.fill("#status", "Meeting at 11, not 10.");
            b.click("main form button[type=submit]").waitFor(".notice");
            assertThat(b.text()).contains("Meeting at 11, not 10.");

            b.click("#post-" + p + " a[href='/statuses/" + p + "/history']").waitFor("ol.history");
            shoot(b, "post-history", "ol.history");
            assertThat(b.text()).contains("Meeting at 10.", "Meeting at 11, not 10.", "Original", "Edit 1");
            assertAccessible(b);

            b.open("/")
                    .click("#post-" + p + " a[href^='/statuses/" + p + "/delete']")
                    .waitFor("button.danger");
            assertThat(b.text()).contains("Delete this post?");
            assertAccessible(b);
            b.click("button.danger").waitFor(".notice");
            assertThat(b.text()).contains("Your post is deleted.").doesNotContain("Meeting at 11");
            assertThat(count("SELECT COUNT(*) FROM statuses WHERE id = " + p)).isZero();
        }
    }

    @Test
    void dora_previews_an_article_then_publishes_it_for_her_connections() {
        int dora = story.person("dora");
        int eli = story.person("eli");
        story.connect(dora, eli);
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "dora")) {
            b.open("/").click("a[href='/articles/new']").waitFor("input#title");
            assertAccessible(b);
            b.fill("#title", "Ten years of gardens");
            b.find("#status").sendKeys("It began with **one** rose.\n\n## Then\n\nMore came.");
            new org.openqa.selenium.support.ui.Select(b.find("#audience")).selectByValue("connections");
            b.click("button[name=preview]").waitFor("#preview-heading");
            shoot(b, "article-preview", "#preview-heading");
            assertThat(b.find(".preview strong").getText()).isEqualTo("one");
            assertThat(count("SELECT COUNT(*) FROM statuses WHERE account_id = " + dora))
                    .isZero();
            assertAccessible(b);
            b.click("main form button[type=submit]:not([name])").waitFor(".notice");
            assertThat(b.find("article.post .article-title").getText()).isEqualTo("Ten years of gardens");
            assertThat(count("SELECT COUNT(*) FROM statuses WHERE kind = 'article' AND account_id = " + dora))
                    .isEqualTo(1);
        }
        try (Browser e = Story.signIn(new Browser(server.baseUrl()), "eli")) {
            e.open("/");
            assertThat(e.text()).contains("Ten years of gardens", "It began with one rose.");
        }
    }
}
