package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * The people pages in headless Chromium: adding several connections to a circle at once, the
 * invitations one sent with withdraw, and axe on every people page at desktop and phone width
 * (SQLite; the same routes run on both databases in PeoplePagesTest).
 */
@RapportServer(shared = true, sqliteOnly = true)
class PeopleBrowserTest {
    static TestServer server;
    static Story story;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
    }

    private Set<Integer> members(int owner, long circle) {
        return Set.copyOf(server.app().relations().circleMembers().members(owner, circle).stream()
                .map(a -> a.id())
                .toList());
    }

    @Test
    void rita_ticks_two_connections_and_adds_them_to_her_family_circle_in_one_go() {
        int rita = story.person("rita");
        int mum = story.person("mum");
        int boss = story.person("boss");
        int bro = story.person("bro");
        story.connect(rita, mum);
        story.connect(boss, rita);
        story.connect(rita, bro);
        long family = story.circle(rita, "Family");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "rita")) {
            b.open("/connections");
            assertThat(b.text()).contains("3 connections", "mum", "boss", "bro");
            b.click("#pick-" + mum).click("#pick-" + bro);
            new Select(b.find("#bulk-circle")).selectByValue(Long.toString(family));
            b.click("form[action='/connections/circle'] button[type=submit]").waitFor(".notice");
            assertThat(b.find(".notice").getText()).contains("Added to the circle");
            assertThat(members(rita, family)).containsExactlyInAnyOrder(mum, bro);

            b.open("/circles/" + family);
            assertThat(b.text()).contains("Family", "2 people", "mum", "bro").doesNotContain("@boss");
            b.open("/connections").fill("#q", "bo").click("form.search button").waitFor("#count");
            assertThat(b.find("#count").getText()).isEqualTo("1 matching “bo”");
        }
    }

    @Test
    void sid_sees_an_ignored_invitation_as_waiting_and_withdraws_it() {
        int sid = story.person("sid");
        int una = story.person("una");
        int vic = story.person("vic");
        var rel = server.app().relations();
        long toUna = rel.sendInvitation()
                .send(sid, new SendInvitation.Request(una, "Coffee?", "colleague", null))
                .invitation()
                .id();
        long toVic = rel.sendInvitation()
                .send(sid, new SendInvitation.Request(vic, "Hello", "classmate", null))
                .invitation()
                .id();
        rel.ignoreInvitation().ignore(una, toUna);
        rel.acceptInvitation().accept(vic, toVic);
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "sid")) {
            b.open("/invitations/sent");
            assertThat(b.find("#invitation-" + toUna).getText()).contains("una", "Coffee?", "Waiting for an answer");
            assertThat(b.find("#invitation-" + toVic).getText()).contains("vic", "Accepted");
            b.click("#invitation-" + toUna + " button").waitFor(".notice");
            assertThat(b.text()).contains("The invitation is withdrawn").doesNotContain("Coffee?");
            String state = server.app()
                    .db()
                    .read(h -> h.createQuery("SELECT state FROM invitations WHERE id = :id")
                            .bind("id", toUna)
                            .mapTo(String.class)
                            .one());
            assertThat(state).isEqualTo("withdrawn");
        }
    }

    @Test
    void every_people_page_passes_axe_and_fits_a_phone() {
        int wes = story.person("wes");
        int xan = story.person("xan");
        int yul = story.person("yul");
        int zoe = story.person("zoe");
        int lok = story.person("lok");
        story.lock(lok);
        story.connect(wes, xan);
        story.putInCircle(wes, "Business", xan);
        var rel = server.app().relations();
        rel.sendInvitation().send(wes, new SendInvitation.Request(yul, "Hi <b>Yul</b>", "other", null));
        rel.followAccount().follow(wes, lok, null);
        rel.blockAccount().block(wes, zoe);
        rel.muteAccount().mute(wes, yul, true, 3600);
        long business = story.circle(wes, "Business");
        List<String> paths = List.of(
                "/connections",
                "/connections?q=xa",
                "/connections/" + xan + "/remove",
                "/circles",
                "/circles/" + business,
                "/circles/" + business + "/delete",
                "/invitations/sent",
                "/followers",
                "/following",
                "/@xan/followers",
                "/following/requests",
                "/blocks",
                "/mutes");
        try (Browser b = Story.signIn(new Browser(server.baseUrl()), "wes")) {
            for (String path : paths) {
                b.desktopSize();
                b.open(path);
                assertThat(b.find("h1").getText()).as(path).isNotBlank();
                assertThat(b.seriousAccessibilityViolations()).as(path).isEmpty();
                b.phoneSize();
                b.open(path);
                Object overflow = b.driver()
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue())
                        .as(path + " at phone width")
                        .isLessThanOrEqualTo(0);
                assertThat(b.seriousAccessibilityViolations())
                        .as(path + " at phone width")
                        .isEmpty();
            }
            assertThat(b.open("/invitations/sent").text()).contains("Hi <b>Yul</b>");
        }
    }
}
