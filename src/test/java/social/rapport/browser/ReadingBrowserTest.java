package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * The reading pages and the composer's helpers in headless Chromium: older posts appended as one
 * scrolls, the character counter, and inserting a handle or hashtag from the suggestions with the
 * keyboard alone; axe-core on each new page.
 */
@RapportServer(shared = true, sqliteOnly = true)
class ReadingBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    private static <T> T until(Browser b, Function<WebDriver, T> condition) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(condition);
    }

    private static void scrollToOlder(Browser b) {
        b.driver().executeScript("document.querySelector('a.older').scrollIntoView()");
    }

    @Test
    void scrolling_to_the_end_of_the_public_and_tag_timelines_appends_the_older_posts() {
        int gil = story.person("gil");
        for (int i = 1; i <= 45; i++) story.post(gil, "#walks walk number " + i, "public");
        for (String path : List.of("/public", "/tags/walks")) {
            try (Browser b = new Browser(server.baseUrl())) {
                b.open(path);
                assertThat(b.all("article.post")).as(path).hasSize(20);
                assertThat(b.find("a.older").getAttribute("href")).contains(path + "?max_id=");
                assertThat(b.seriousAccessibilityViolations()).as(path).isEmpty();
                scrollToOlder(b);
                until(b, d -> d.findElements(By.cssSelector("article.post")).size() == 40);
                // The public timeline may hold other tests' public posts too; the tag holds only these.
                for (int round = 0; round < 5 && !b.all("a.older").isEmpty(); round++) {
                    int before = b.all("article.post").size();
                    scrollToOlder(b);
                    until(b, d -> d.findElements(By.cssSelector("article.post")).size() > before);
                }
                assertThat(b.all("a.older")).isEmpty();
                if (path.startsWith("/tags/")) assertThat(b.all("article.post")).hasSize(45);
                assertThat(b.text()).contains("walk number 45").containsPattern("walk number 1\\b");
                assertThat(b.path()).isEqualTo(path);
                assertThat(b.seriousAccessibilityViolations()).as(path).isEmpty();
            }
        }
    }

    @Test
    void home_and_profile_append_older_posts_too_and_bookmarks_and_likes_pass_axe() {
        int hal = story.person("hal");
        for (int i = 1; i <= 25; i++) {
            long id = story.post(hal, "Home note " + i, "followers");
            server.app().posts().services().bookmark().bookmark(hal, id, true);
            server.app().posts().services().favourite().favourite(hal, id, true);
        }
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "hal")) {
            for (String path : List.of("/", "/@hal", "/bookmarks", "/favourites")) {
                b.open(path);
                assertThat(b.all("article.post")).as(path).hasSize(20);
                assertThat(b.seriousAccessibilityViolations()).as(path).isEmpty();
                scrollToOlder(b);
                until(b, d -> d.findElements(By.cssSelector("article.post")).size() == 25);
                assertThat(b.text()).as(path).containsPattern("Home note 1\\b");
            }
        }
    }

    @Test
    void the_counter_follows_the_text_and_is_told_politely_and_maxlength_still_holds() {
        story.person("ines");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "ines")) {
            b.open("/").waitFor("#status-counter");
            assertThat(b.find("#status-counter").getText()).isEqualTo("500 characters left");
            b.find("#status").sendKeys("Hello there");
            until(b, d -> d.findElement(By.id("status-counter")).getText().equals("489 characters left"));
            WebElement live = b.find("#status-counter-live");
            assertThat(live.getAttribute("aria-live")).isEqualTo("polite");
            assertThat(b.find("#status").getAttribute("aria-describedby")).isEqualTo("status-hint status-counter-live");
            until(b, d -> live.getAttribute("textContent").equals("489 characters left"));
            b.driver()
                    .executeScript("const t = document.getElementById('status'); t.value = 'x'.repeat(490);"
                            + "t.dispatchEvent(new Event('input'));");
            until(b, d -> d.findElement(By.id("status-counter")).getText().equals("10 characters left"));
            assertThat(b.find("#status-counter").getAttribute("class")).contains("low");
            until(b, d -> live.getAttribute("textContent").equals("10 characters left"));
            b.find("#status").sendKeys("abcdefghijklmnop");
            until(b, d -> d.findElement(By.id("status-counter")).getText().equals("0 characters left"));
            assertThat(b.find("#status").getAttribute("value")).hasSize(500);
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void a_handle_and_a_hashtag_are_inserted_from_the_suggestions_with_the_keyboard_alone() {
        int jo = story.person("jo");
        story.person("ivan");
        story.person("ivo");
        int ivy = story.person("ivy");
        int kit = story.person("kit");
        server.app().relations().blockAccount().block(jo, ivy);
        story.post(kit, "Tomatoes from the #gardening club", "public");
        story.post(kit, "Secret #gardenplans", "followers");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "jo")) {
            b.open("/").waitFor("#status-counter");
            WebElement text = b.find("#status");
            text.sendKeys("Lunch with @iv");
            b.waitFor("#status-suggestions [role=option]");
            List<String> shown = b.all("#status-suggestions [role=option]").stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(String.join("|", shown)).contains("@ivan", "@ivo").doesNotContain("@ivy");
            assertThat(text.getAttribute("aria-controls")).isEqualTo("status-suggestions");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();

            text.sendKeys(Keys.ARROW_DOWN);
            text.sendKeys(Keys.ARROW_DOWN);
            assertThat(text.getAttribute("aria-activedescendant")).isEqualTo("status-suggestion-1");
            text.sendKeys(Keys.ARROW_UP);
            assertThat(text.getAttribute("aria-activedescendant")).isEqualTo("status-suggestion-0");
            assertThat(b.find("#status-suggestion-0").getAttribute("aria-selected"))
                    .isEqualTo("true");
            text.sendKeys(Keys.ENTER);
            assertThat(text.getAttribute("value")).isEqualTo("Lunch with @ivan ");
            assertThat(b.all("#status-suggestions")).isEmpty();
            assertThat(text.getAttribute("aria-activedescendant")).isNull();

            text.sendKeys("about #gard");
            until(
                    b,
                    d -> d.findElements(By.cssSelector("#status-suggestions [role=option]")).stream()
                            .anyMatch(o -> o.getText().contains("#gardening")));
            assertThat(b.find("#status-suggestions").getText()).doesNotContain("gardenplans");
            text.sendKeys(Keys.ARROW_DOWN);
            text.sendKeys(Keys.ENTER);
            assertThat(text.getAttribute("value")).isEqualTo("Lunch with @ivan about #gardening ");

            b.click("form.stack button[type=submit]:not([name])").waitFor(".notice");
            assertThat(b.find("article.post a.mention[href$='/@ivan']").getText())
                    .isEqualTo("@ivan");
        }
    }
}
