package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.rapport.account.Secrets;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.testing.Http;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;

/**
 * axe-core on every page, signed out and signed in, over a small lived-in world; the same walk
 * writes the screenshots when run with -Dscreenshots=docs/screenshots.
 */
@RapportServer(shared = true, sqliteOnly = true)
class AccessibilityBrowserTest {
    static TestServer server;
    static Story s;
    static String consent;
    static long studioPost;
    static long familyCircle;
    static String benId;
    static long cleoPost;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        int ana = s.admin("ana");
        int ben = s.person("ben");
        benId = String.valueOf(ben);
        int cleo = s.person("cleo");
        int dan = s.person("dan");
        int eve = s.person("eve");
        s.connect(ana, ben);
        s.connect(ben, cleo);
        s.putInCircle(ana, "Family", ben);
        var r = server.app().relations();
        for (var n : Map.of(ana, "Ana Lima", ben, "Ben Okafor", cleo, "Cleo Santos", dan, "Dan Weiss", eve, "Eve Marsh")
                .entrySet()) {
            server.app()
                    .updateProfile()
                    .update(
                            n.getKey(),
                            new social.rapport.account.UpdateProfile.Changes(n.getValue(), null, null, null));
        }
        r.updateProfile()
                .update(
                        cleo,
                        Map.of(
                                "headline",
                                new social.rapport.relation.profile.UpdateProfileFields.Change(
                                        "Furniture maker in Porto", null, null)));
        cleoPost = s.post(cleo, "New oak table finished today, photos soon. #woodwork", "public");
        s.post(ben, "Reading group meets on Thursday.", "connections");
        s.post(ana, "Dinner with the family on Sunday.", "circle:" + s.circle(ana, "Family"));
        studioPost = s.post(ana, "Opening our new studio next month. Come by!", "public");
        familyCircle = s.circle(ana, "Family");
        r.followAccount().follow(dan, ana, null);
        r.sendInvitation()
                .send(
                        cleo,
                        new SendInvitation.Request(ana, "We met at the design fair in Lisbon.", "met_in_person", null));
        s.lock(eve);
        r.setIntroduction().set(eve, "Hi, I am Eve: I write about gardens.", List.of());
        Http.Res app = server.http()
                .postForm(
                        "/api/v1/apps",
                        null,
                        Map.of(
                                "client_name",
                                "Tusk",
                                "redirect_uris",
                                "urn:ietf:wg:oauth:2.0:oob",
                                "scopes",
                                "read write"));
        JsonNode j = app.json();
        Map<String, String> q = new LinkedHashMap<>();
        q.put("client_id", j.get("client_id").asText());
        q.put("redirect_uri", "urn:ietf:wg:oauth:2.0:oob");
        q.put("response_type", "code");
        q.put("scope", "read write");
        q.put("code_challenge", Secrets.s256("a-verifier-that-is-long-enough-for-pkce-rules-000000"));
        q.put("code_challenge_method", "S256");
        consent = "/oauth/authorize?" + Http.form(q);
    }

    private static List<String> signedOut() {
        return List.of(
                "/",
                "/auth/sign_in",
                "/auth/sign_up",
                "/auth/password/forgot",
                "/@ana",
                "/@eve",
                "/public",
                "/tags/woodwork",
                "/@ana/" + studioPost);
    }

    private static List<String> signedIn() {
        String post = "/statuses/" + studioPost;
        return List.of(
                "/",
                "/@ana",
                "/@cleo",
                "/@eve",
                "/review",
                "/settings",
                "/settings/profile",
                "/settings/fields",
                "/settings/posting",
                "/settings/screening",
                "/settings/introduction",
                "/settings/sessions",
                "/settings/password",
                "/settings/delete",
                "/admin/accounts",
                "/admin/settings",
                "/admin/mail",
                "/public",
                "/tags/woodwork",
                "/bookmarks",
                "/favourites",
                "/@ana/" + studioPost,
                post + "/reply",
                post + "/quote",
                post + "/edit",
                post + "/delete",
                post + "/history",
                "/articles/new",
                "/@ana?view_as=anonymous",
                "/@ana?view_as=connection",
                "/network",
                "/connections",
                "/circles",
                "/circles/" + familyCircle,
                "/invitations/sent",
                "/followers",
                "/following",
                "/@ben/followers",
                "/following/requests",
                "/blocks",
                "/mutes",
                "/notifications",
                "/settings/notifications",
                "/inbox",
                "/people/" + benId + "/vouch",
                "/search",
                "/search?q=cleo",
                "/search?q=oak+table",
                "/statuses/" + cleoPost + "/report",
                "/people/" + benId + "/report",
                "/admin/reports");
    }

    @Test
    void every_page_signed_out_and_signed_in_has_no_serious_or_critical_accessibility_violation() {
        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser(server.baseUrl())) {
            for (String p : signedOut()) check(b, p, problems);
            Story.signIn(b, "ana");
            for (String p : signedIn()) check(b, p, problems);
            check(b, consent, problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Browser b, String path, List<String> problems) {
        b.open(path);
        assertThat(b.find("html").getAttribute("lang")).as(path).isEqualTo("en");
        for (String v : b.seriousAccessibilityViolations()) problems.add(path + " → " + v);
    }

    @Test
    void screenshots_of_the_main_pages_at_desktop_and_phone_width() {
        String dir = System.getProperty("screenshots");
        assumeTrue(dir != null && !dir.isBlank(), "screenshots are written with -Dscreenshots=<dir>");
        Map<String, String> shots = new LinkedHashMap<>();
        shots.put("home", "/");
        shots.put("profile", "/@cleo");
        shots.put("review", "/review");
        shots.put("fields", "/settings/fields");
        shots.put("thread", "/@ana/" + studioPost);
        shots.put("network", "/network");
        shots.put("connections", "/connections");
        shots.put("notifications", "/notifications");
        shots.put("view-as", "/@ana?view_as=anonymous");
        try (Browser b = new Browser(server.baseUrl())) {
            b.desktopSize();
            b.open("/");
            b.screenshot(Path.of(dir, "signed-out-desktop.png"));
            Story.signIn(b, "ana");
            for (var e : shots.entrySet()) {
                b.desktopSize();
                b.open(e.getValue());
                b.screenshot(Path.of(dir, e.getKey() + "-desktop.png"));
                b.phoneSize();
                b.open(e.getValue());
                b.screenshot(Path.of(dir, e.getKey() + "-phone.png"));
            }
            // The phone's "More" menu open, and the dark theme the system setting asks for.
            b.phoneSize();
            b.open("/");
            b.find("details.nav-more > summary").click();
            b.screenshot(Path.of(dir, "menu-phone.png"));
            b.colourScheme("dark");
            for (String name : List.of("home", "profile")) {
                b.desktopSize();
                b.open(shots.get(name));
                b.screenshot(Path.of(dir, name + "-dark-desktop.png"));
                b.phoneSize();
                b.open(shots.get(name));
                b.screenshot(Path.of(dir, name + "-dark-phone.png"));
            }
        }
    }
}
