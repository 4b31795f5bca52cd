package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/** The story's routines driven through the pages in headless Chromium (SQLite; the services run on both). */
@RapportServer(shared = true, sqliteOnly = true)
class StoryBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    @Test
    void nora_signs_up_fills_her_profile_with_contact_info_for_connections_and_a_visitor_does_not_see_it() {
        try (Browser nora = new Browser(server.baseUrl());
                Browser visitor = new Browser(server.baseUrl())) {
            nora.open("/auth/sign_up")
                    .fill("#username", "nora")
                    .fill("#email", "nora@example.org")
                    .fill("#password", "a long and lovely password 7")
                    .click("input[name=agreement]")
                    .click("main form button[type=submit]")
                    .waitFor("form.who");
            nora.open("/settings/fields")
                    .fill("#headline", "Landscape architect")
                    .fill("#contact_email", "nora.private@example.org");
            assertThat(new Select(nora.find("#contact_email_audience"))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("connections");
            nora.click("main form button[type=submit]").waitFor(".notice");
            nora.open("/@nora");
            assertThat(nora.text()).contains("Landscape architect", "nora.private@example.org");

            // She checks through "view as anonymous" that her contact info is hidden from visitors.
            new Select(nora.find("#view_as")).selectByValue("anonymous");
            nora.click("form.view-as button[type=submit]").waitFor(".viewing-as");
            assertThat(nora.find(".viewing-as").getText()).contains("You are viewing your profile as");
            assertThat(nora.text()).contains("Landscape architect").doesNotContain("nora.private@example.org");

            visitor.open("/@nora");
            assertThat(visitor.text()).contains("Landscape architect").doesNotContain("nora.private@example.org");
        }
    }

    @Test
    void olga_reviews_a_new_follower_follows_back_and_finds_an_invitation_without_mutuals_filtered() {
        int olga = story.person("olga");
        int sam = story.person("sam");
        int tom = story.person("tom");
        story.post(sam, "Sam on sourdough", "public");
        server.app().relations().followAccount().follow(sam, olga, null);
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "olga")) {
            b.open("/review");
            assertThat(b.text()).contains("New followers", "sam", "Joined", "Not in your network");
            b.click("article.card form[action='/people/" + sam + "/follow'] button")
                    .waitFor(".notice");
            assertThat(server.app().graph().isFollowing(olga, sam)).isTrue();

            b.open("/settings/screening")
                    .click("input[value=mutual_connection]")
                    .click("main form button[type=submit]")
                    .waitFor(".notice");
            server.app().relations().sendInvitation().send(tom, new SendInvitation.Request(olga, "Hi", "other", null));
            b.open("/review");
            assertThat(b.text()).contains("Filtered invitations", "tom", "Filtered by your screening");
        }
    }

    @Test
    void fay_posts_to_her_family_circle_her_sister_sees_it_and_her_business_contact_does_not() {
        int fay = story.person("fay");
        int sis = story.person("sis");
        int biz = story.person("biz");
        story.connect(fay, sis);
        story.connect(fay, biz);
        story.putInCircle(fay, "Family", sis);
        story.putInCircle(fay, "Business", biz);
        long family = story.circle(fay, "Family");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "fay")) {
            b.open("/");
            b.fill("#status", "Dinner at mum's on Sunday");
            new Select(b.find("#audience")).selectByValue("circle:" + family);
            // htmx refreshes the sentence when the picker changes; the button does it without JavaScript.
            new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> b.find("#audience-sentence").getText().contains("Family circle: 1 person"));
            // The button reloads the page: wait until the old page is gone, then for the new page's sentence.
            var before = b.find("#audience-sentence");
            b.click("button[name=check]");
            new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
            b.waitForText("#audience-sentence", "Family circle: 1 person");
            assertThat(b.find("#audience-sentence").getText()).isEqualTo("Visible to your Family circle: 1 person");
            assertThat(b.find("#status").getAttribute("value")).isEqualTo("Dinner at mum's on Sunday");
            b.click("main form button[type=submit]:not([name])").waitFor(".notice");
            assertThat(b.text()).contains("Dinner at mum's on Sunday");
        }
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "sis")) {
            assertThat(b.open("/").text()).contains("Dinner at mum's on Sunday");
            assertThat(b.open("/@fay").text()).contains("Dinner at mum's on Sunday");
        }
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "biz")) {
            assertThat(b.open("/").text()).doesNotContain("Dinner at mum's");
            assertThat(b.open("/@fay").text()).doesNotContain("Dinner at mum's");
        }
    }

    @Test
    void lou_is_locked_a_stranger_reads_her_introduction_but_not_her_followers_only_posts() {
        int lou = story.person("lou");
        story.person("stan");
        story.lock(lou);
        long open = story.post(lou, "Open day at the flower shop", "public");
        story.post(lou, "Secret garden plans for followers", "followers");
        server.app()
                .relations()
                .setIntroduction()
                .set(lou, "Hi, I am Lou, a florist in town.", List.of(Long.toString(open)));
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "stan")) {
            String page = b.open("/@lou").text();
            assertThat(page)
                    .contains(
                            "Introduction",
                            "Hi, I am Lou, a florist in town.",
                            "Open day at the flower shop",
                            "Request to follow")
                    .doesNotContain("Secret garden plans");
        }
    }
}
