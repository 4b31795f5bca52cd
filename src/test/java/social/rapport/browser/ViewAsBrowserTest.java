package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/** The view-as switcher, the path picture and "Your network" in headless Chromium, each page checked with axe. */
@RapportServer(shared = true, sqliteOnly = true)
class ViewAsBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    @Test
    void vera_switches_to_anonymous_and_her_contact_details_for_connections_disappear() {
        int vera = story.person("vera");
        int walt = story.person("walt");
        story.connect(vera, walt);
        server.app()
                .relations()
                .updateProfile()
                .update(
                        vera,
                        Map.of(
                                "headline", new UpdateProfileFields.Change("Boat builder", null, null),
                                "contact_email",
                                        new UpdateProfileFields.Change("vera.private@example.org", null, null)));
        story.post(vera, "Launch day on Saturday", "public");
        story.post(vera, "Plans for my connections", "connections");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "vera")) {
            b.open("/@vera");
            assertThat(b.text()).contains("vera.private@example.org", "View your profile as someone else");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();

            new Select(b.find("#view_as")).selectByValue("anonymous");
            b.click("form.view-as button[type=submit]").waitFor(".viewing-as");
            assertThat(b.find(".viewing-as").getText())
                    .contains("You are viewing your profile as someone who is not signed in");
            assertThat(b.text())
                    .contains("Boat builder", "Launch day on Saturday")
                    .doesNotContain("vera.private@example.org", "Plans for my connections");
            assertThat(b.all("main form[method=post]")).isEmpty();
            assertThat(b.seriousAccessibilityViolations()).isEmpty();

            new Select(b.find("#view_as")).selectByValue("connection");
            b.click("form.view-as button[type=submit]").waitFor(".viewing-as");
            assertThat(b.find(".viewing-as").getText()).contains("as a connection");
            assertThat(b.text()).contains("vera.private@example.org", "Plans for my connections");

            b.phoneSize();
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            Object overflow = b.driver()
                    .executeScript(
                            "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(overflow).isEqualTo(false);
            b.desktopSize();

            b.click(".viewing-as a");
            assertThat(b.path()).isEqualTo("/@vera");
            assertThat(b.all(".viewing-as")).isEmpty();
            assertThat(b.text()).contains("vera.private@example.org");
        }
    }

    @Test
    void yan_sees_how_he_is_connected_to_xena_drawn_and_written() {
        int xena = story.person("xena");
        int will = story.person("will");
        int yan = story.person("yan");
        story.connect(xena, will);
        story.connect(will, yan);
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "yan")) {
            b.open("/@xena");
            assertThat(b.find("svg.path-picture").getAttribute("aria-label"))
                    .isEqualTo("Picture of how you are connected: You, then will, then xena");
            assertThat(b.find("ol.chain").getText()).contains("You", "will", "xena");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void uma_opens_her_network_and_it_is_drawn_with_a_legend_and_a_list_by_circle() {
        int uma = story.person("uma");
        int ivo = story.person("ivo");
        int jon = story.person("jon");
        int kim = story.person("kim");
        story.connect(uma, ivo);
        story.connect(uma, jon);
        story.connect(uma, kim);
        story.connect(ivo, jon);
        story.putInCircle(uma, "Family", ivo);
        story.putInCircle(uma, "Business", kim);
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "uma")) {
            b.open("/network").waitFor("#network-graph[data-drawn-nodes]");
            assertThat(b.find("#network-graph").getAttribute("data-drawn-nodes"))
                    .isEqualTo("4");
            assertThat(b.find("#network-graph").getAttribute("data-drawn-edges"))
                    .isEqualTo("4");
            assertThat(b.find("#network-graph").isDisplayed()).isTrue();
            assertThat(b.all("#network-graph canvas")).isNotEmpty();
            // No inline stylesheet for the Content-Security-Policy to refuse: cytoscape was told rapport.css has its
            // rule.
            assertThat(b.all("style")).isEmpty();
            assertThat(b.find("ul.legend").getText()).contains("You", "Family", "Business", "In no circle");
            assertThat(b.text()).contains("People by circle", "Family (1)", "Business (1)", "In no circle (1)");
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.phoneSize();
            assertThat(b.seriousAccessibilityViolations()).isEmpty();
            b.desktopSize();
        }
    }
}
