package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.account.WebSessions;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/** Tests that need another configuration start their own server in place of the harness's, which closes it. */
@RapportServer
class BrowserSessionsTest {
    TestDb testDb;
    TestServer server;

    private static Http.Res signIn(PageClient b) {
        return b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD));
    }

    private static String sessionCookie(Http.Res res) {
        List<String> all = res.headers().allValues("Set-Cookie");
        return all.stream()
                .filter(c -> c.startsWith("rapport=") || c.startsWith("__Host-rapport="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + all));
    }

    @Test
    void over_plain_http_the_cookie_is_rapport_httponly_lax_and_not_secure() {
        TestUsers.create(server, "ana");
        String cookie = sessionCookie(signIn(new PageClient(server)));
        assertThat(cookie).matches("rapport=[A-Za-z0-9_-]{43}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax");
    }

    @Test
    void behind_a_trusted_https_proxy_the_cookie_is_host_prefixed_and_secure() {
        server = TestServer.start(testDb, java.time.Clock.systemUTC(), c -> c.withTrustProxy(true));
        TestUsers.create(server, "ana");
        PageClient b = new PageClient(server).header("X-Forwarded-Proto", "https");
        Http.Res res = signIn(b);
        assertThat(sessionCookie(res))
                .matches("__Host-rapport=[A-Za-z0-9_-]{43}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure");
        assertThat(b.get("/").body()).contains("Welcome, ana");
    }

    @Test
    void an_untrusted_forwarded_proto_header_changes_nothing() {
        TestUsers.create(server, "ana");
        Http.Res res = signIn(new PageClient(server).header("X-Forwarded-Proto", "https"));
        assertThat(sessionCookie(res)).startsWith("rapport=").doesNotContain("Secure");
    }

    @Test
    void a_session_idle_longer_than_the_configured_time_is_signed_out_and_a_used_one_is_not() {
        TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
        server = TestServer.start(testDb, clock, c -> c.withSessionIdle(Duration.ofDays(2)));
        TestUsers.User ana = TestUsers.create(server, "ana");
        PageClient used = new PageClient(server);
        PageClient idle = new PageClient(server);
        signIn(used);
        signIn(idle);
        for (int day = 0; day < 3; day++) {
            clock.advance(Duration.ofDays(1).plusHours(12));
            assertThat(used.get("/").body()).as("day " + day).contains("Welcome, ana");
        }
        assertThat(idle.get("/").body()).doesNotContain("Welcome, ana").contains("Create an account");
        assertThat(server.app().webSessions().ofAccount(ana.id())).hasSize(1);
    }

    @Test
    void ana_ends_her_other_session_from_the_sessions_page_and_cannot_end_someone_elses() {
        TestUsers.User ana = TestUsers.create(server, "ana");
        TestUsers.User ben = TestUsers.create(server, "ben");
        PageClient laptop = new PageClient(server).header("User-Agent", "Laptop <Firefox>");
        PageClient phone = new PageClient(server).header("User-Agent", "Phone browser");
        signIn(laptop);
        signIn(phone);
        PageClient benBrowser = new PageClient(server);
        benBrowser.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ben", "password", TestUsers.PASSWORD));

        Http.Res list = laptop.get("/settings/sessions");
        assertThat(list.body()).contains("Laptop &lt;Firefox&gt; <strong>(this browser)</strong>", "Phone browser");
        long phoneId = server.app().webSessions().ofAccount(ana.id()).stream()
                .filter(s -> s.userAgent().equals("Phone browser"))
                .findFirst()
                .orElseThrow()
                .id();
        long benSession = server.app().webSessions().ofAccount(ben.id()).get(0).id();

        Http.Res foreign = laptop.submit("/settings/sessions", "/settings/sessions/" + benSession + "/end", Map.of());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(benBrowser.get("/").body()).contains("Welcome, ben");

        Http.Res ended = laptop.submit("/settings/sessions", "/settings/sessions/" + phoneId + "/end", Map.of());
        assertThat(ended.header("Location")).isEqualTo("/settings/sessions?notice=session-ended");
        assertThat(phone.get("/").body()).doesNotContain("Welcome, ana");
        assertThat(laptop.get("/").body()).contains("Welcome, ana");
        assertThat(server.app().webSessions().ofAccount(ana.id()))
                .extracting(WebSessions.Session::userAgent)
                .containsExactly("Laptop <Firefox>");

        long tokenId = server.app().tokens().ofAccount(ana.id()).get(0).id();
        Http.Res revoked = laptop.submit("/settings/sessions", "/settings/tokens/" + tokenId + "/revoke", Map.of());
        assertThat(revoked.header("Location")).isEqualTo("/settings/sessions?notice=token-revoked");
        assertThat(server.app().tokens().find(ana.token()).orElseThrow().live()).isFalse();
    }

    @Test
    void the_api_ignores_the_session_cookie_and_pages_ignore_bearer_tokens() {
        TestUsers.User ana = TestUsers.create(server, "ana");
        PageClient b = new PageClient(server);
        signIn(b);
        assertThat(b.get("/api/v1/accounts/verify_credentials").status()).isEqualTo(401);
        PageClient withToken = new PageClient(server).header("Authorization", "Bearer " + ana.token());
        assertThat(withToken.get("/").body()).doesNotContain("Welcome, ana");
        assertThat(withToken.get("/settings").status()).isEqualTo(303);
    }
}
