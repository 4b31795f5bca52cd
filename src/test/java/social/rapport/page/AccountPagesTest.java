package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

@RapportServer
class AccountPagesTest {
    TestDb testDb;

    static final String NEW_PASSWORD = "a brand new password 77";

    TestServer server;

    private PageClient signedIn(String login, String password) {
        PageClient b = new PageClient(server);
        Http.Res res = b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", login, "password", password));
        assertThat(res.status()).as(res.body()).isEqualTo(303);
        return b;
    }

    private boolean liveToken(String token) {
        return server.app().tokens().find(token).map(t -> t.live()).orElse(false);
    }

    @Test
    void ana_signs_up_signs_in_elsewhere_changes_her_password_and_every_other_session_and_token_ends() {
        PageClient laptop = new PageClient(server);
        Http.Res signedUp = laptop.submit(
                "/auth/sign_up",
                "/auth/sign_up",
                Map.of(
                        "username",
                        "ana",
                        "email",
                        "ana@example.org",
                        "password",
                        TestUsers.PASSWORD,
                        "agreement",
                        "1"));
        assertThat(laptop.follow(signedUp).body()).contains("Welcome, ana");
        int anaId = server.app()
                .db()
                .read(h -> server.app().accounts().byHandle(h, "ana"))
                .orElseThrow()
                .id();
        String appToken = server.app()
                .tokens()
                .issue(null, anaId, java.util.Set.of("read"))
                .token();
        PageClient phone = signedIn("ana@example.org", TestUsers.PASSWORD);
        assertThat(phone.get("/").body()).contains("Welcome, ana");

        Http.Res changed = laptop.submit(
                "/settings/password",
                "/settings/password",
                Map.of("current_password", TestUsers.PASSWORD, "password", NEW_PASSWORD));
        assertThat(changed.header("Location")).isEqualTo("/settings?notice=password-changed");
        assertThat(laptop.follow(changed).body()).contains("Every other session and app was signed out");

        assertThat(phone.get("/").body()).doesNotContain("Welcome, ana").contains("Create an account");
        assertThat(liveToken(appToken)).isFalse();
        assertThat(laptop.get("/").body()).contains("Welcome, ana");

        Http.Res out = laptop.submit("/", "/auth/sign_out", Map.of());
        assertThat(out.header("Location")).isEqualTo("/?notice=signed-out");
        assertThat(laptop.cookies()).doesNotContainKey("rapport");
        assertThat(laptop.follow(out).body()).contains("You are signed out.").doesNotContain("Signed in as");
        assertThat(server.app().webSessions().ofAccount(anaId)).isEmpty();
        signedIn("ana", NEW_PASSWORD);
    }

    @Test
    void a_wrong_password_shows_the_form_again_with_the_login_kept_and_not_the_password() {
        TestUsers.create(server, "ana");
        PageClient b = new PageClient(server);
        Http.Res res =
                b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", "not her password"));
        assertThat(res.status()).isEqualTo(401);
        assertThat(res.body())
                .contains("Invalid handle, email or password", "value=\"ana\"")
                .doesNotContain("not her password");
        assertThat(b.cookies()).doesNotContainKey("rapport");
    }

    @Test
    void a_password_change_without_the_csrf_token_is_refused_and_changes_nothing() {
        TestUsers.User ana = TestUsers.create(server, "ana");
        PageClient laptop = signedIn("ana", TestUsers.PASSWORD);
        PageClient phone = signedIn("ana", TestUsers.PASSWORD);
        Http.Res res = laptop.post(
                "/settings/password", Map.of("current_password", TestUsers.PASSWORD, "password", NEW_PASSWORD));
        assertThat(res.status()).isEqualTo(403);
        // A token from another session is no good either: each session has its own.
        Http.Res foreign = laptop.post(
                "/settings/password",
                Map.of(
                        "_csrf",
                        PageClient.csrf(phone.get("/").body()),
                        "current_password",
                        TestUsers.PASSWORD,
                        "password",
                        NEW_PASSWORD));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(phone.get("/").body()).contains("Welcome, ana");
        assertThat(liveToken(ana.token())).isTrue();
        signedIn("ana", TestUsers.PASSWORD);
    }

    @Test
    void settings_pages_send_a_signed_out_visitor_to_sign_in_and_back() {
        PageClient b = new PageClient(server);
        for (String path : new String[] {"/settings", "/settings/profile", "/settings/password", "/settings/delete"}) {
            Http.Res res = b.get(path);
            assertThat(res.status()).isEqualTo(303);
            assertThat(res.header("Location")).isEqualTo("/auth/sign_in?return_to=" + path.replace("/", "%2F"));
        }
        TestUsers.create(server, "ana");
        Http.Res in = b.submit(
                "/auth/sign_in?return_to=%2Fsettings%2Fprofile",
                "/auth/sign_in",
                Map.of("login", "ana", "password", TestUsers.PASSWORD, "return_to", "/settings/profile"));
        assertThat(in.header("Location")).isEqualTo("/settings/profile");
        Http.Res offsite = b.submit(
                "/",
                "/auth/sign_in",
                Map.of("login", "ana", "password", TestUsers.PASSWORD, "return_to", "//evil.example/"));
        assertThat(offsite.header("Location")).isEqualTo("/");
    }

    @Test
    void ana_edits_her_profile_and_the_public_page_shows_it() {
        TestUsers.create(server, "ana");
        PageClient b = signedIn("ana", TestUsers.PASSWORD);
        Http.Res saved = b.submit(
                "/settings/profile",
                "/settings/profile",
                Map.of(
                        "display_name",
                        "Ana Lima",
                        "note",
                        "Bakes bread.\n\nSells it too.",
                        "locked_shown",
                        "1",
                        "locked",
                        "1"));
        assertThat(saved.header("Location")).isEqualTo("/settings/profile?notice=profile-saved");
        assertThat(b.follow(saved).body()).contains("value=\"Ana Lima\"", "checked");
        Http.Res profile = new PageClient(server).get("/@ana");
        assertThat(profile.body())
                .contains("Ana Lima", "@ana", "<p>Bakes bread.</p>", "<p>Sells it too.</p>", "Approves followers");

        Http.Res tooLong = b.submit(
                "/settings/profile",
                "/settings/profile",
                Map.of("display_name", "x".repeat(31), "note", "", "locked_shown", "1"));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Display name is too long");
        assertThat(new PageClient(server).get("/@ana").body()).contains("Ana Lima");
    }

    @Test
    void a_profile_post_that_does_not_show_the_locked_box_leaves_locked_as_it_was() {
        TestUsers.create(server, "ana");
        PageClient b = signedIn("ana", TestUsers.PASSWORD);
        b.submit(
                "/settings/profile",
                "/settings/profile",
                Map.of("display_name", "Ana", "note", "", "locked_shown", "1", "locked", "1"));
        b.submit("/settings/profile", "/settings/profile", Map.of("display_name", "Ana Lima", "note", "Hi"));
        assertThat(new PageClient(server).get("/@ana").body()).contains("Ana Lima", "Approves followers");
        b.submit(
                "/settings/profile",
                "/settings/profile",
                Map.of("display_name", "Ana Lima", "note", "Hi", "locked_shown", "1"));
        assertThat(new PageClient(server).get("/@ana").body()).doesNotContain("Approves followers");
    }

    @Test
    void sign_in_attempts_through_the_page_are_rate_limited() {
        server.close();
        server = TestServer.start(
                testDb,
                java.time.Clock.systemUTC(),
                c -> c.withRateLimits(new social.rapport.app.Config.RateLimits(
                        2,
                        java.time.Duration.ofMinutes(5),
                        25,
                        java.time.Duration.ofHours(1),
                        5,
                        java.time.Duration.ofMinutes(30),
                        1500,
                        300,
                        java.time.Duration.ofMinutes(5))));
        TestUsers.create(server, "ana");
        PageClient b = new PageClient(server);
        for (int i = 0; i < 2; i++) {
            assertThat(b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", "wrong one " + i))
                            .status())
                    .isEqualTo(401);
        }
        Http.Res limited =
                b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(limited.body()).contains("Too many attempts");
        assertThat(b.cookies()).doesNotContainKey("rapport");
    }

    @Test
    void ana_deletes_her_account_with_her_password_and_everything_ends() {
        TestUsers.User ana = TestUsers.create(server, "ana");
        PageClient b = signedIn("ana", TestUsers.PASSWORD);
        Http.Res wrong = b.submit("/settings/delete", "/settings/delete", Map.of("password", "not the password"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(new PageClient(server).get("/@ana").status()).isEqualTo(200);
        Http.Res gone = b.submit("/settings/delete", "/settings/delete", Map.of("password", TestUsers.PASSWORD));
        assertThat(gone.header("Location")).isEqualTo("/?notice=deleted");
        assertThat(b.cookies()).doesNotContainKey("rapport");
        assertThat(new PageClient(server).get("/@ana").status()).isEqualTo(404);
        assertThat(liveToken(ana.token())).isFalse();
    }

    @Test
    void a_profile_that_does_not_exist_or_is_not_active_is_the_same_404_page() {
        server.app()
                .db()
                .writeVoid(tx -> server.app().accounts().insert(tx, "ben", "ben@example.org", "x", "user", "pending"));
        Http.Res unknown = new PageClient(server).get("/@nobody");
        Http.Res pending = new PageClient(server).get("/@ben");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(pending.status()).isEqualTo(404);
        assertThat(pending.body()).isEqualTo(unknown.body()).contains("Record not found", "Skip to main content");
    }
}
