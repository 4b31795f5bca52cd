package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * Notifications in Chromium: the live badge and "new posts" on home without a reload, the
 * notifications page, the notification filters and the claims and recommendations inbox, each
 * checked with axe (SQLite; the services run on both databases in their own tests).
 */
@RapportServer(shared = true, sqliteOnly = true)
class NotificationsBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    static void waitUntil(Browser b, java.util.function.Predicate<Browser> ok) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> ok.test(b));
    }

    static void awaitStreams(Browser b, int n) {
        waitUntil(b, x -> server.app().notifications().streams().openCount() >= n);
    }

    @Test
    void vera_sees_the_badge_count_up_live_reads_her_notifications_and_sees_new_posts_arrive_on_home() {
        int vera = story.person("vera");
        int walt = story.person("walt");
        server.app().relations().followAccount().follow(vera, walt, null);
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "vera")) {
            int before = server.app().notifications().streams().openCount();
            b.open("/notifications");
            assertThat(b.find("#nav-notifications").getText()).isEqualTo("Notifications");
            assertThat(b.text()).contains("No notifications yet.");
            awaitStreams(b, before + 1);

            story.post(walt, "Lunch tomorrow, @vera?", "public");
            waitUntil(b, x -> x.find("#nav-notifications").getText().equals("Notifications (1)"));
            story.post(walt, "Or Friday, @vera", "followers");
            waitUntil(b, x -> x.find("#nav-notifications").getText().equals("Notifications (2)"));
            assertThat(b.path()).isEqualTo("/notifications");

            b.open("/notifications");
            assertThat(b.text()).contains("walt", "mentioned you", "Lunch tomorrow", "Or Friday");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.click("form[action='/notifications/read'] button").waitFor(".notice");
            assertThat(b.find("#nav-notifications").getText()).isEqualTo("Notifications");
            b.click("li.notification form[action$='/dismiss'] button").waitForText(".notice", "dismissed");
            assertThat(b.all("li.notification")).hasSize(1);

            int open = server.app().notifications().streams().openCount();
            b.open("/");
            awaitStreams(b, open);
            assertThat(b.find("#new-posts").isDisplayed()).isFalse();
            story.post(walt, "Fresh bread today", "public");
            waitUntil(b, x -> x.find("#new-posts").isDisplayed());
            assertThat(b.find("#new-posts a").getText()).isEqualTo("1 new post \u2014 show");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.click("#new-posts a");
            waitUntil(b, x -> x.text().contains("Fresh bread today"));
        }
    }

    @Test
    void xavi_filters_strangers_in_settings_and_answers_a_claim_and_a_recommendation_in_his_inbox() {
        int xavi = story.person("xavi");
        int yara = story.person("yara");
        int zeno = story.person("zeno");
        story.connect(xavi, yara);
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "xavi")) {
            b.open("/settings/notifications");
            new Select(b.find("#for_not_following")).selectByValue("filter");
            b.click("main form button[type=submit]").waitFor(".notice");
            assertThat(new Select(b.find("#for_not_following"))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("filter");
            story.post(zeno, "Hello stranger @xavi", "public");
            b.open("/settings/notifications");
            assertThat(b.text()).contains("Filtered notifications", "Hello stranger");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.open("/notifications");
            assertThat(b.text()).doesNotContain("Hello stranger");

            server.app().relations().makeClaim().claim(zeno, xavi, "met_in_person", "At the fair");
            server.app().relations().writeRecommendation().write(yara, xavi, "Xavi ships on time");
            b.open("/inbox");
            assertThat(b.text()).contains("says you met in person", "At the fair", "Xavi ships on time");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.click("form[action$='/confirm'] button").waitFor(".notice");
            assertThat(b.text()).contains("Confirmed");
            b.click("form[action$='/accept'] button").waitForText(".notice", "Accepted");
            assertThat(server.app().relations().whatOthersSay().recommendationsOnProfile(0, xavi))
                    .extracting(r -> r.recommendation().text())
                    .containsExactly("Xavi ships on time");
            assertThat(server.app().relations().whatOthersSay().claimsOnProfile(xavi, xavi))
                    .extracting(c -> c.claim().detail())
                    .containsExactly("At the fair");

            b.open("/@yara");
            b.driver()
                    .findElement(By.partialLinkText("Make a claim or write a recommendation"))
                    .click();
            b.waitFor("#rec-heading");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.fill("#text", "Yara is a great teacher")
                    .click("form[action$='/recommend'] button")
                    .waitFor(".notice");
            assertThat(b.path()).isEqualTo("/inbox");
            assertThat(server.app().relations().whatOthersSay().recommendationBox(yara, "received"))
                    .extracting(r -> r.recommendation().text())
                    .containsExactly("Yara is a great teacher");
        }
    }
}
