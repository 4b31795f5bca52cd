package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import social.rapport.status.Cursor;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Reporting a post and a person, searching from the header, and the moderators' reports page in
 * headless Chromium, with axe on each of these pages at desktop and phone width (SQLite; the same
 * routes run on both databases in ReportPagesTest and SearchPagesTest).
 */
@RapportServer(shared = true, sqliteOnly = true)
class ReportSearchBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    @Test
    void tia_reports_a_post_and_its_author_and_the_moderator_reads_both() {
        int tia = story.person("tia");
        int spammer = story.person("spammo");
        int mod = TestUsers.create(server.app(), "modo", "moderator").id();
        long ad = story.post(spammer, "Cheap watches, click now", "public");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "tia")) {
            b.open("/public");
            b.click("a[href^='/statuses/" + ad + "/report']").waitFor("#report-category");
            assertThat(b.path()).isEqualTo("/statuses/" + ad + "/report");
            b.checkAccessible("/statuses/" + ad + "/report?return_to=/public");
            new Select(b.find("#report-category")).selectByValue("spam");
            b.fill("#report-comment", "Every day the same advert");
            b.click("form[action='/statuses/" + ad + "/report'] button[type=submit]")
                    .waitFor(".notice");
            assertThat(b.find(".notice").getText()).contains("Your report is sent");
            assertThat(b.path()).isEqualTo("/public");

            b.open("/@spammo");
            b.click("a[href='/people/" + spammer + "/report']").waitFor("#report-category");
            b.checkAccessible("/people/" + spammer + "/report");
            new Select(b.find("#report-category")).selectByValue("violation");
            b.click("#report-post-" + ad);
            b.click("form[action='/people/" + spammer + "/report'] button[type=submit]")
                    .waitFor(".notice");
            assertThat(b.path()).isEqualTo("/@spammo");
        }
        var reports = server.app().reports().list().page(mod, Cursor.newest(10)).items();
        assertThat(reports).extracting(r -> r.category()).containsExactly("violation", "spam");
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.account().id()).isEqualTo(Integer.toString(tia));
            assertThat(r.targetAccount().id()).isEqualTo(Integer.toString(spammer));
            assertThat(r.statuses()).extracting(s -> s.id()).containsExactly(Long.toString(ad));
        });
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "modo")) {
            b.open("/");
            b.click("nav a[href='/admin/reports']").waitFor("ol.reports");
            assertThat(b.text()).contains("Every day the same advert", "Cheap watches, click now", "@tia", "@spammo");
            b.checkAccessible("/admin/reports");
        }
    }

    @Test
    void uma_searches_from_the_header_and_finds_people_but_not_who_blocks_her() {
        int uma = story.person("uma");
        story.person("wanda");
        int wendy = story.person("wendy");
        server.app().relations().blockAccount().block(wendy, uma);
        story.post(uma, "Off to the #wetlands", "public");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "uma")) {
            b.open("/");
            b.fill("#site-search", "w");
            b.click("form.site-search button[type=submit]").waitFor("#search-q");
            assertThat(b.path()).isEqualTo("/search");
            assertThat(b.text()).contains("@wanda", "#wetlands").doesNotContain("@wendy");
            b.click("a[href='/@wanda']").waitFor("h1");
            assertThat(b.path()).isEqualTo("/@wanda");
            for (String path : List.of("/search", "/search?q=w", "/search?q=nobody")) b.checkAccessible(path);
        }
    }
}
