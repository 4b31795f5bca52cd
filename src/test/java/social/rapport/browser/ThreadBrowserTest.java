package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/** The thread page in headless Chromium: reached from a profile, filtered per viewer, accessible. */
@RapportServer(shared = true, sqliteOnly = true)
class ThreadBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    private static long reply(int author, long to, String text, String audience) {
        return story.reply(author, to, text, audience);
    }

    @Test
    void a_visitor_opens_a_thread_from_the_profile_and_sees_only_the_public_replies() {
        int pia = story.person("pia");
        int quinn = story.person("quinn");
        int rosa = story.person("rosa");
        long root = story.post(pia, "Who wants to plant trees on Saturday?", "public");
        reply(quinn, root, "Count me in, I bring a spade", "public");
        reply(rosa, root, "Only my followers know I am coming", "followers");
        try (Browser visitor = new Browser(server.baseUrl())) {
            visitor.open("/@pia");
            visitor.click("a[href='/@pia/" + root + "']").waitFor("section.thread-replies");
            assertThat(visitor.path()).isEqualTo("/@pia/" + root);
            assertThat(visitor.text())
                    .contains("Who wants to plant trees on Saturday?", "Count me in, I bring a spade")
                    .doesNotContain("Only my followers know I am coming");
            assertThat(visitor.find("meta[property='og:description']").getAttribute("content"))
                    .isEqualTo("Who wants to plant trees on Saturday?");
            assertThat(visitor.seriousAccessibilityViolations()).isEmpty();
            visitor.phoneSize();
            assertThat(visitor.seriousAccessibilityViolations()).isEmpty();
        }
        server.app().relations().followAccount().follow(quinn, rosa, null);
        try (Browser q = Story.signIn(new Browser(server.baseUrl()), "quinn")) {
            q.open("/@pia/" + root).waitFor("section.thread-replies");
            assertThat(q.text()).contains("Only my followers know I am coming");
            assertThat(q.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void a_hidden_post_is_the_not_found_page_with_no_preview() {
        int sol = story.person("sol");
        long secret = story.post(sol, "Sol's followers-only plans", "followers");
        try (Browser visitor = new Browser(server.baseUrl())) {
            visitor.open("/@sol/" + secret);
            assertThat(visitor.text()).contains("Not found").doesNotContain("followers-only plans");
            assertThat(visitor.all("meta[property^='og:']")).isEmpty();
            assertThat(visitor.seriousAccessibilityViolations()).isEmpty();
        }
    }
}
