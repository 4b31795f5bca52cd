package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/** The share action in headless Chromium: copy the link, the system share sheet where there is one, who can open it. */
@RapportServer(shared = true, sqliteOnly = true)
class ShareBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    private static String url(String handle, long id) {
        String u = server.http()
                .get("/api/v1/accounts/lookup?acct=" + handle)
                .json()
                .get("url")
                .asText();
        return u + "/" + id;
    }

    @Test
    void copy_link_puts_the_posts_address_on_the_clipboard() {
        int tia = story.person("tia");
        long open = story.post(tia, "Plant trees with us on Saturday", "public");
        try (Browser visitor = new Browser(server.baseUrl())) {
            visitor.driver()
                    .executeCdpCommand(
                            "Browser.grantPermissions",
                            Map.of(
                                    "origin",
                                    server.baseUrl(),
                                    "permissions",
                                    List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            visitor.open("/@tia/" + open);
            visitor.find("#post-" + open + " details.share > summary").click();
            assertThat(visitor.find("#post-" + open + " .share-copy").isDisplayed())
                    .isTrue();
            assertThat(visitor.all("#post-" + open + " .share-who")).isEmpty();
            visitor.find("#post-" + open + " .share-copy").click();
            visitor.waitForText("#post-" + open + " .share-status", "Link copied.");
            Object copied = visitor.driver()
                    .executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + " navigator.clipboard.readText().then(done, function (e) { done('failed: ' + e); });");
            assertThat(copied).isEqualTo(url("tia", open));
            assertThat(visitor.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void the_share_sheet_shows_where_the_browser_has_one_and_a_restricted_post_says_who_can_open_it() {
        int uma = story.person("uma");
        int vic = story.person("vic");
        server.app().relations().followAccount().follow(vic, uma, null);
        long restricted = story.post(uma, "Only my followers hear about the garden", "followers");
        String selector = "#post-" + restricted;
        // Chromium on Linux has no share sheet: the button stays hidden.
        try (Browser plain = Story.signIn(new Browser(server.baseUrl()), "vic")) {
            plain.open("/@uma/" + restricted);
            Object has = plain.driver().executeScript("return typeof navigator.share === 'function';");
            plain.find(selector + " details.share > summary").click();
            assertThat(plain.find(selector + " .share-native").isDisplayed()).isEqualTo(Boolean.TRUE.equals(has));
            assertThat(plain.find(selector + " .share-who").getText())
                    .isEqualTo("Only people who follow uma can open this link.");
            assertThat(plain.seriousAccessibilityViolations()).isEmpty();
        }
        // A browser with a share sheet offers it, and hands it the post's address.
        try (Browser withSheet = new Browser(server.baseUrl())) {
            withSheet
                    .driver()
                    .executeCdpCommand(
                            "Page.addScriptToEvaluateOnNewDocument",
                            Map.of(
                                    "source",
                                    "Object.defineProperty(navigator, 'share', {configurable: true, value:"
                                            + " function (data) { window.sharedWith = data; return Promise.resolve(); }});"));
            Story.signIn(withSheet, "vic");
            withSheet.open("/@uma/" + restricted);
            withSheet.find(selector + " details.share > summary").click();
            assertThat(withSheet.find(selector + " .share-native").isDisplayed())
                    .isTrue();
            withSheet.find(selector + " .share-native").click();
            withSheet.waitForText(selector + " .share-status", "Shared.");
            Object shared = withSheet.driver().executeScript("return window.sharedWith.url;");
            assertThat(shared).isEqualTo(url("uma", restricted));
        }
    }
}
