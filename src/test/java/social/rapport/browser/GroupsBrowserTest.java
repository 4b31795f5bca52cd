package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * A private group in headless Chromium: its owner makes it, a second person asks to join, the owner
 * approves, the member posts to it (without JavaScript), and a non-member's browser sees nothing of it; axe on every group
 * page at desktop and phone width (SQLite; the same routes run on both databases in GroupPagesTest).
 */
@RapportServer(shared = true, sqliteOnly = true)
class GroupsBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    @Test
    void a_private_group_made_joined_and_posted_to_shows_nothing_to_a_non_member() {
        story.person("gus");
        story.person("hal");
        story.person("ivy");
        try (Browser owner = Story.signIn(new Browser(server.baseUrl()), "gus")) {
            owner.open("/");
            owner.click("nav a[href='/groups']").waitFor("h1");
            assertThat(owner.path()).isEqualTo("/groups");
            owner.checkAccessible("/groups");
            owner.fill("#name", "Allotment friends");
            owner.fill("#handle", "allotment");
            owner.fill("#description", "Seeds, soil and swaps");
            owner.fill("#rules", "No selling");
            owner.click("form[action='/groups'][method='post'] button[type=submit]")
                    .waitFor(".notice");
            assertThat(owner.path()).isEqualTo("/groups/allotment");
            assertThat(owner.text()).contains("Group created", "Allotment friends", "private", "No selling");
            owner.checkAccessible("/groups/allotment");
            owner.checkAccessible("/groups/allotment/settings");

            try (Browser member = Story.signIn(new Browser(server.baseUrl()), "hal")) {
                // Hal asks, is approved and posts with JavaScript off: every group page is a plain form.
                member.scripts(false);
                member.open("/groups?q=allot");
                member.click("a[href='/groups/allotment']").waitFor("h1");
                assertThat(member.text()).contains("Only members see this group's posts");
                member.click("form[action$='/join'] button[type=submit]").waitFor(".notice");
                assertThat(member.text()).contains("Asked to join");

                owner.open("/groups/allotment/requests");
                assertThat(owner.text()).contains("@hal");
                owner.checkAccessible("/groups/allotment/requests");
                owner.click("form[action$='/approve'] button[type=submit]").waitFor(".notice");
                assertThat(owner.text()).contains("Request approved", "No requests are waiting");

                member.open("/groups/allotment");
                member.fill("#group-text", "Spare courgette seedlings on Saturday");
                member.click("form[action$='/posts'] button[type=submit]").waitFor(".notice");
                assertThat(member.text()).contains("Posted to the group", "Spare courgette seedlings");
                member.scripts(true); // axe runs as a script
                member.checkAccessible("/groups/allotment/members");
                assertThat(member.text()).contains("@gus", "@hal");
            }
            owner.open("/groups/allotment");
            assertThat(owner.text()).contains("Spare courgette seedlings");
        }
        try (Browser outsider = Story.signIn(new Browser(server.baseUrl()), "ivy")) {
            outsider.open("/groups/allotment");
            assertThat(outsider.text()).contains("Ask to join").doesNotContain("Spare courgette seedlings", "@hal");
            outsider.open("/groups/allotment/members");
            assertThat(outsider.text()).doesNotContain("@hal", "@gus");
            for (String page : new String[] {"/", "/public", "/@hal", "/search?q=courgette"}) {
                outsider.open(page);
                assertThat(outsider.text()).as(page).doesNotContain("courgette seedlings");
            }
        }
    }
}
