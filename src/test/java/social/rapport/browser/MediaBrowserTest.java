package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import social.rapport.app.Config;
import social.rapport.testing.Jpegs;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestServer;

/**
 * Photos in headless Chromium: attached in the composer through its file input, described, uploaded
 * with a progress bar, posted, shown in the post with their description as `alt`, and opened in the
 * viewer (caption, Escape, focus back); axe-core runs on the composer with an attachment and on a
 * page with images. A followers-only post's photo is not shown to a signed-out browser, and its
 * file's address without the signature made for the author answers nothing (SQLite; the pages run
 * on both databases in ComposeMediaPagesTest).
 */
@RapportServer(shared = true, sqliteOnly = true)
class MediaBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    /**
     * Media addresses are absolute, made from the public address: the server gets a port known
     * before it starts, and that address, so the browser can load what the pages point at.
     */
    @ServerConfig
    static Config reachable(Config c) {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return c.withPort(port).withPublicUrl("http://localhost:" + port);
    }

    private static void assertAccessible(Browser b) {
        assertThat(b.seriousAccessibilityViolations()).as(b.path()).isEmpty();
    }

    private static WebDriverWait waiting(Browser b) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(10));
    }

    /** Chooses the file in the composer's picker and waits until the script has uploaded it. */
    private static void attach(Browser b, Path file) {
        int before = b.all(".attach-item[data-state=done]").size();
        b.find("#media").sendKeys(file.toString());
        waiting(b)
                .until(d -> d.findElements(By.cssSelector(".attach-item[data-state=done]"))
                                .size()
                        > before);
    }

    @Test
    void ana_attaches_a_described_photo_sees_it_in_her_post_and_opens_it_in_the_viewer() throws Exception {
        story.person("ana");
        Path dir = Files.createTempDirectory("rapport-photos");
        Path photo = Jpegs.photoFile(dir, "harbour.jpg", 640, 420);
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "ana")) {
            b.open("/").waitFor(".attach-zone");
            attach(b, photo);
            WebElement item = b.find(".attach-item");
            assertThat(item.getText()).contains("harbour.jpg", "No description yet");
            item.findElement(By.cssSelector("textarea")).sendKeys("Boats in the harbour at dusk");
            assertThat(b.find(".attach-reminder").isDisplayed()).isFalse();
            assertAccessible(b);

            b.fill("#status", "Evening walk");
            b.click("main form button[type=submit]").waitFor(".notice");
            WebElement img = b.find(".post .media-grid img");
            assertThat(img.getAttribute("alt")).isEqualTo("Boats in the harbour at dusk");
            assertThat(img.getAttribute("loading")).isEqualTo("lazy");
            waiting(b)
                    .until(d -> Boolean.TRUE.equals(b.driver()
                            .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)));
            assertAccessible(b);
            shoot(b, "post-photos", ".post .media-grid");

            WebElement link = b.find(".post a.media-image");
            link.click();
            b.waitFor("dialog.media-viewer[open]");
            assertThat(b.find("dialog.media-viewer figcaption").getText()).isEqualTo("Boats in the harbour at dusk");
            assertThat(b.find("dialog.media-viewer figure img").getAttribute("alt"))
                    .isEqualTo("Boats in the harbour at dusk");
            assertThat(b.driver().switchTo().activeElement().getAttribute("class"))
                    .contains("media-viewer-close");
            assertThat(b.seriousAccessibilityViolationsIn("dialog.media-viewer[open]"))
                    .as("the open viewer")
                    .isEmpty();
            b.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            waiting(b)
                    .until(d -> d.findElements(By.cssSelector("dialog.media-viewer[open]"))
                            .isEmpty());
            assertThat(b.driver().switchTo().activeElement()).isEqualTo(link);

            // The post's edit page changes the photo's alt text.
            String href = b.find(".post .post-meta a[href*='/@ana/']").getAttribute("href");
            String id = href.substring(href.lastIndexOf('/') + 1).replaceFirst("[?#].*$", "");
            b.open("/statuses/" + id + "/edit").waitFor(".edit-attachment");
            assertAccessible(b);
            b.fill("#media-0-description", "Boats in the harbour at night");
            b.click("main form button[type=submit]").waitFor(".notice");
            assertThat(b.find(".post .media-grid img").getAttribute("alt")).isEqualTo("Boats in the harbour at night");
        }
    }

    @Test
    void a_signed_out_browser_sees_nothing_of_a_followers_only_photo() throws Exception {
        story.person("bo");
        Path dir = Files.createTempDirectory("rapport-photos");
        Path photo = Jpegs.photoFile(dir, "family.jpg", 320, 240);
        String src;
        String thread;
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "bo")) {
            b.open("/").waitFor(".attach-zone");
            attach(b, photo);
            b.find(".attach-item textarea").sendKeys("Our family at the lake");
            b.fill("#status", "For our followers only");
            b.driver()
                    .findElement(By.cssSelector("#audience option[value=followers]"))
                    .click();
            b.click("main form button[type=submit]").waitFor(".notice");
            WebElement img = b.find(".post .media-grid img");
            src = img.getAttribute("src");
            thread = b.find(".post .post-meta a[href*='/@bo/']").getAttribute("href");
            assertThat(src)
                    .as("a restricted post's file is addressed for its viewer")
                    .contains("sig=");
            // The author's browser loads it.
            waiting(b)
                    .until(d -> Boolean.TRUE.equals(b.driver()
                            .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)));
        }
        try (Browser out = new Browser(server.baseUrl())) {
            out.open(URI.create(thread).getPath());
            assertThat(out.all("img[src*='/media/']")).isEmpty();
            assertThat(out.text()).doesNotContain("For our followers only");
        }
        HttpClient anonymous = HttpClient.newHttpClient();
        String unsigned = src.substring(0, src.indexOf('?'));
        HttpResponse<byte[]> r = anonymous.send(
                HttpRequest.newBuilder(URI.create(unsigned)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as("the file's address without a signature").isEqualTo(404);
        String forSomeoneElse = src.replaceFirst("viewer=\\d+", "viewer=0");
        r = anonymous.send(
                HttpRequest.newBuilder(URI.create(forSomeoneElse)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode())
                .as("the signature made for the author, claimed for another viewer")
                .isEqualTo(404);
    }

    /** With -Dscreenshots=DIR, the page at desktop and phone width, for checking the layout. */
    private static void shoot(Browser b, String name, String scrollTo) {
        String dir = System.getProperty("screenshots");
        if (dir == null) return;
        String scroll = "document.querySelector(arguments[0]).scrollIntoView({block: 'center'});";
        b.driver().executeScript(scroll, scrollTo);
        b.screenshot(Path.of(dir, name + "-desktop.png"));
        b.phoneSize();
        b.driver().executeScript(scroll, scrollTo);
        b.screenshot(Path.of(dir, name + "-phone.png"));
        b.desktopSize();
    }
}
