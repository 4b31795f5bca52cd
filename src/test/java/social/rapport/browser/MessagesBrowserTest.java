package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.rapport.status.Cursor;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * A stranger's message request, accepted from its research card and answered, in headless Chromium,
 * with axe on the inbox, the requests folder, the conversation and the setting at desktop and phone
 * width (SQLite; the same routes run on both databases in MessagePagesTest).
 */
@RapportServer(shared = true, sqliteOnly = true)
class MessagesBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    @Test
    void mia_accepts_a_message_request_from_a_stranger_and_answers_it() {
        int mia = story.person("mia");
        int oto = story.person("oto");
        story.post(oto, "@mia hello, we met at the book fair", "mentioned");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "mia")) {
            b.open("/");
            b.click("nav a[href='/messages']").waitFor("h1");
            assertThat(b.path()).isEqualTo("/messages");
            assertThat(b.text()).contains("Message requests (1)");
            b.checkAccessible("/messages");
            b.click("a[href='/messages/requests']").waitFor("article.card");
            assertThat(b.text()).contains("@oto", "we met at the book fair");
            b.checkAccessible("/messages/requests");
            b.click("form[action$='/accept'] button[type=submit]").waitFor(".notice");
            assertThat(b.find(".notice").getText()).contains("Request accepted");
            assertThat(b.text()).contains("1 unread conversation");
            b.click("li.conversation a").waitFor("#message-text");
            String conversation = b.path();
            b.checkAccessible(conversation);
            b.fill("#message-text", "Yes! Lovely to hear from you.");
            b.click("form[action='" + conversation + "'] button[type=submit]").waitFor(".notice");
            assertThat(b.text()).contains("Lovely to hear from you");
            b.checkAccessible("/settings/messages");
        }
        var otos = server.app().messages().show().page(oto, Cursor.newest(10)).items();
        assertThat(otos).hasSize(1);
        assertThat(otos.get(0).unread()).isTrue();
        assertThat(otos.get(0).lastStatus().account().id()).isEqualTo(Integer.toString(mia));
    }
}
