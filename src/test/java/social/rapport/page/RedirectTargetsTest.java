package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.ServerConfig;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Every route that sends the browser to a target taken from the request (return_to, back) is walked
 * with targets a browser would read as another site: control characters it drops, backslashes it
 * reads as slashes, encoded forms of both, absolute and scheme-relative addresses.
 */
@RapportServer
class RedirectTargetsTest {
    static final List<String> HOSTILE = List.of(
            "/\t/evil.example/",
            "/\n/evil.example/",
            "/\r/evil.example/",
            "/\u0000/evil.example/",
            "/\u007f/evil.example/",
            "/\u000b/evil.example/",
            " //evil.example/",
            "\t//evil.example/",
            "//evil.example/",
            "///evil.example/",
            "/\\evil.example/",
            "\\/evil.example/",
            "/ /evil.example/",
            "/%09/evil.example/",
            "/%2509/evil.example/",
            "/%2F/evil.example/",
            "/%2f%2fevil.example/",
            "/%5Cevil.example/",
            "/%0a/evil.example/",
            "/%E3%80%80/evil.example/",
            "/\u3000/evil.example/",
            "/\u00a0/evil.example/",
            "https://evil.example/",
            "http:evil.example",
            "javascript:alert('evil')",
            "evil.example",
            "");

    TestServer server;

    @Person
    TestUsers.User ana;

    @Person
    TestUsers.User ben;

    @ServerConfig
    Config config(Config c) {
        return c.withTrustProxy(true);
    }

    /** Each sign-in comes from its own address, so the walk never meets the sign-in limit. */
    private int address = 1;

    private PageClient signedIn(TestUsers.User who) {
        PageClient c = new PageClient(server).header("X-Forwarded-For", "198.51.100." + address++);
        Http.Res res = c.submit(
                "/auth/sign_in", "/auth/sign_in", Map.of("login", who.handle(), "password", TestUsers.PASSWORD));
        assertThat(res.status()).as(res.body()).isEqualTo(303);
        return c;
    }

    private static Http.Res act(PageClient c, String path, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", PageClient.csrf(c.get("/").body()));
        return c.post(path, form);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A Location a browser can only read as a path on this site. */
    private static void assertLocal(String route, String target, Http.Res res) {
        String loc = res.header("Location");
        assertThat(res.status())
                .as(route + " " + target.replace("\u0000", "NUL") + " " + res)
                .isEqualTo(303);
        assertThat(loc).as(route + " " + target).isNotNull().startsWith("/").doesNotContain("evil");
        if (loc.length() > 1) assertThat(loc.charAt(1)).as(route + " " + loc).isNotIn('/', '\\');
        assertThat(loc.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f))
                .as(route + " " + loc)
                .isTrue();
    }

    private long publicPost(TestUsers.User who) {
        return server.http()
                .postJson("/api/v1/statuses", who.token(), Http.map("status", "Hello", "visibility", "public"))
                .json()
                .get("id")
                .asLong();
    }

    @Test
    void sign_in_by_get_and_by_post_returns_only_to_local_paths() {
        PageClient signedIn = signedIn(ana);
        for (String target : HOSTILE) {
            assertLocal("GET /auth/sign_in", target, signedIn.get("/auth/sign_in?return_to=" + enc(target)));
            Http.Res form = new PageClient(server).get("/auth/sign_in?return_to=" + enc(target));
            assertThat(form.status()).isEqualTo(200);
            assertThat(form.body()).as(target).doesNotContain("evil");
        }
        int n = 0;
        for (String target : HOSTILE) {
            TestUsers.User u = TestUsers.create(server, "walker" + n++);
            PageClient c = new PageClient(server).header("X-Forwarded-For", "203.0.113." + n);
            Http.Res res = c.submit(
                    "/auth/sign_in",
                    "/auth/sign_in",
                    Map.of("login", u.handle(), "password", TestUsers.PASSWORD, "return_to", target));
            assertLocal("POST /auth/sign_in", target, res);
        }
        PageClient c = new PageClient(server).header("X-Forwarded-For", "203.0.113.250");
        Http.Res fine = c.submit(
                "/auth/sign_in",
                "/auth/sign_in",
                Map.of("login", "ben", "password", TestUsers.PASSWORD, "return_to", "/@ana?max_id=7"));
        assertThat(fine.header("Location")).isEqualTo("/@ana?max_id=7");
    }

    @Test
    void back_on_person_actions_and_notifications_returns_only_to_local_paths() {
        PageClient a = signedIn(ana);
        String people = "/people/" + ben.id();
        for (String target : HOSTILE) {
            for (String verb : List.of("follow", "unfollow", "mute", "unmute", "block", "unblock")) {
                assertLocal(people + "/" + verb, target, act(a, people + "/" + verb, Map.of("back", target)));
            }
            server.http().post("/api/v1/accounts/" + ana.id() + "/follow", ben.token());
            var notes = server.http().get("/api/v1/notifications", ana.token()).json();
            String id = notes.get(0).get("id").asText();
            assertLocal("dismiss", target, act(a, "/notifications/" + id + "/dismiss", Map.of("back", target)));
            server.http().post("/api/v1/accounts/" + ana.id() + "/unfollow", ben.token());
        }
        Http.Res fine = act(a, people + "/follow", Map.of("back", "/@ben"));
        assertThat(fine.header("Location")).isEqualTo("/@ben?notice=followed");
    }

    @Test
    void return_to_on_post_forms_returns_only_to_local_paths() {
        PageClient b = signedIn(ben);
        PageClient a = signedIn(ana);
        long anas = publicPost(ana);
        for (String target : HOSTILE) {
            for (String verb : List.of("bookmark", "unbookmark", "favourite", "unfavourite", "reblog", "unreblog")) {
                String route = "/statuses/" + anas + "/" + verb;
                assertLocal(route, target, act(b, route, Map.of("return_to", target)));
            }
            for (String verb : List.of("pin", "unpin")) {
                String route = "/statuses/" + anas + "/" + verb;
                assertLocal(route, target, act(a, route, Map.of("return_to", target)));
            }
            assertLocal(
                    "quote",
                    target,
                    act(b, "/statuses/" + anas + "/quote", Map.of("status", "A quote", "return_to", target)));
            assertLocal(
                    "reply",
                    target,
                    act(b, "/statuses/" + anas + "/reply", Map.of("status", "A reply", "return_to", target)));
            assertLocal(
                    "report",
                    target,
                    act(b, "/statuses/" + anas + "/report", Map.of("category", "spam", "return_to", target)));
            assertLocal(
                    "edit",
                    target,
                    act(a, "/statuses/" + anas + "/edit", Map.of("status", "Hello again", "return_to", target)));
            long own = publicPost(ana);
            assertLocal("delete", target, act(a, "/statuses/" + own + "/delete", Map.of("return_to", target)));
            Http.Res form = b.get("/statuses/" + anas + "/reply?return_to=" + enc(target));
            assertThat(form.body()).as(target).doesNotContain("evil");
        }
    }

    @Test
    void a_page_that_needs_signing_in_sends_the_browser_to_sign_in_and_back_to_that_page_only() {
        for (String path : List.of("/notifications?x=%09", "/settings", "/circles?q=%2F%2Fevil.example")) {
            PageClient c = new PageClient(server).header("X-Forwarded-For", "192.0.2." + address++);
            Http.Res res = c.get(path);
            assertThat(res.status()).as(path).isEqualTo(303);
            String signIn = res.header("Location");
            assertThat(signIn).as(path).startsWith("/auth/sign_in?return_to=");
            String back = java.net.URLDecoder.decode(signIn.substring(signIn.indexOf('=') + 1), StandardCharsets.UTF_8);
            Http.Res in = c.submit(
                    signIn, "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD, "return_to", back));
            assertThat(in.header("Location")).as(path).isEqualTo(path);
        }
    }
}
