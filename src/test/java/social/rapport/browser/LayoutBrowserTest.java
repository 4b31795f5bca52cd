package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * The frame every page shares: a bottom bar on phones whose "More" menu opens without JavaScript, a
 * side bar on wide screens, a dark theme that follows the system setting, and faces next to names.
 */
@RapportServer(shared = true, sqliteOnly = true)
class LayoutBrowserTest {
    static TestServer server;
    static Story s;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        int ana = s.person("ana");
        int ben = s.person("ben");
        s.connect(ana, ben);
        s.post(ben, "Reading group meets on Thursday.", "connections");
    }

    @Test
    void on_a_phone_the_main_places_are_a_bar_at_the_bottom_and_more_opens_without_javascript_and_reaches_settings() {
        try (Browser b = new Browser(server.baseUrl())) {
            Story.signIn(b, "ana");
            b.phoneSize();
            b.open("/");
            Map<String, Object> bar = rect(b, "nav.site-nav");
            long height = number(b, "return window.innerHeight;");
            long width = number(b, "return document.documentElement.clientWidth;");
            assertThat(((Number) bar.get("bottom")).longValue()).isEqualTo(height);
            assertThat(((Number) bar.get("width")).longValue()).isEqualTo(width);
            assertThat(((Number) bar.get("height")).longValue()).isLessThan(100);
            assertThat(visible(b, "#nav-notifications")).isTrue();
            assertThat(visible(b, "details.nav-more a[href='/settings']")).isFalse();

            b.scripts(false);
            try {
                b.open("/");
                b.find("details.nav-more > summary").click();
                // Clicking a link the menu did not show would fail as "not interactable".
                b.find("details.nav-more a[href='/settings']").click();
                new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                        .until(d -> b.path().equals("/settings"));
            } finally {
                b.scripts(true);
            }
            b.open("/settings");
            assertThat(b.find("h1").getText()).isEqualTo("Settings");
            b.find("details.nav-more > summary").click();
            assertThat(b.find("details.nav-more form.who").isDisplayed()).isTrue();
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void on_a_wide_screen_the_navigation_is_a_side_bar_with_every_group_open() {
        try (Browser b = new Browser(server.baseUrl())) {
            Story.signIn(b, "ana");
            b.desktopSize();
            b.open("/");
            Map<String, Object> side = rect(b, "header.top");
            Map<String, Object> main = rect(b, "main");
            assertThat(((Number) side.get("left")).longValue()).isZero();
            assertThat(((Number) side.get("height")).longValue()).isEqualTo(number(b, "return window.innerHeight;"));
            assertThat(((Number) side.get("right")).doubleValue())
                    .isLessThanOrEqualTo(((Number) main.get("left")).doubleValue());
            for (String href : List.of("/", "/notifications", "/connections")) {
                assertThat(visible(b, ".nav-main a[href='" + href + "']"))
                        .as(href)
                        .isTrue();
            }
            for (String href :
                    List.of("/network", "/review", "/inbox", "/public", "/bookmarks", "/settings", "/@ana")) {
                assertThat(visible(b, ".nav-side a[href='" + href + "']"))
                        .as(href)
                        .isTrue();
            }
            assertThat(visible(b, "details.nav-more > summary")).isFalse();
            assertThat(visible(b, ".nav-side form.who")).isTrue();
            assertThat(b.find("nav.site-nav a[href='/']").getAttribute("aria-current"))
                    .isEqualTo("page");
        }
    }

    @Test
    void with_the_system_set_to_dark_the_pages_are_dark_and_still_pass_axe() {
        try (Browser b = new Browser(server.baseUrl())) {
            b.colourScheme("dark");
            Story.signIn(b, "ana");
            for (String path : List.of("/", "/@ben", "/connections", "/settings")) {
                b.open(path);
                assertThat(luminance(b, "body")).as(path).isLessThan(0.05);
                assertThat(b.seriousAccessibilityViolations()).as(path).isEmpty();
            }
            b.phoneSize();
            b.open("/");
            b.find("details.nav-more > summary").click();
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.colourScheme("light");
            b.open("/");
            assertThat(luminance(b, "body")).isGreaterThan(0.8);
        }
    }

    @Test
    void posts_people_and_profiles_show_faces_that_load_beside_the_names() {
        try (Browser b = new Browser(server.baseUrl())) {
            Story.signIn(b, "ana");
            b.desktopSize();
            b.open("/");
            WebElement face = b.find("article.post img.avatar");
            assertThat(face.getAttribute("alt")).isEmpty();
            assertThat(face.getAttribute("width")).isNotBlank();
            assertThat(face.getAttribute("loading")).isEqualTo("lazy");
            assertLoaded(b, "article.post img.avatar");
            b.open("/@ben");
            assertLoaded(b, ".profile img.profile-banner");
            assertLoaded(b, ".profile img.avatar");
            b.open("/connections");
            assertLoaded(b, "ul.people img.avatar");
            b.open("/search?q=ben");
            assertLoaded(b, "ul.people img.avatar");
        }
    }

    /**
     * Whether the browser shows the element (its own check, which knows that style may open a
     * closed &lt;details&gt;, unlike the driver's guess).
     */
    private static boolean visible(Browser b, String css) {
        return Boolean.TRUE.equals(b.driver()
                .executeScript(
                        "return document.querySelector(arguments[0]).checkVisibility({contentVisibilityAuto: true,"
                                + " visibilityProperty: true});",
                        css));
    }

    private static void assertLoaded(Browser b, String css) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(b.driver()
                        .executeScript(
                                "var i = document.querySelector(arguments[0]);"
                                        + " i.loading = 'eager'; return i.complete && i.naturalWidth > 0;",
                                css)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rect(Browser b, String css) {
        return (Map<String, Object>) b.driver()
                .executeScript(
                        "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                                + " return {left: r.left, right: r.right, bottom: Math.round(r.bottom),"
                                + " width: Math.round(r.width), height: Math.round(r.height)};",
                        css);
    }

    private static long number(Browser b, String script) {
        return ((Number) b.driver().executeScript(script)).longValue();
    }

    /** The relative luminance (0 black, 1 white) of an element's background colour. */
    private static double luminance(Browser b, String css) {
        return ((Number) b.driver()
                        .executeScript(
                                "var c = getComputedStyle(document.querySelector(arguments[0])).backgroundColor"
                                        + ".match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(function (v) {"
                                        + " v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });"
                                        + " return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];",
                                css))
                .doubleValue();
    }
}
