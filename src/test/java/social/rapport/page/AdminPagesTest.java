package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.account.Account;
import social.rapport.account.Settings;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

@RapportServer
class AdminPagesTest {
    TestServer server;

    private PageClient signedIn(String handle) {
        PageClient b = new PageClient(server);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", handle, "password", TestUsers.PASSWORD));
        return b;
    }

    private Account account(int id) {
        return server.app().db().read(h -> server.app().accounts().byId(h, id)).orElseThrow();
    }

    @Test
    void the_admin_requires_approval_then_approves_ben_who_can_then_sign_in() {
        TestUsers.create(server.app(), "root", "admin");
        PageClient root = signedIn("root");
        Http.Res saved = root.submit("/admin/settings", "/admin/settings", Map.of("registration", "approval"));
        assertThat(saved.header("Location")).isEqualTo("/admin/settings?notice=settings-saved");
        assertThat(server.app().settings().registration()).isEqualTo(Settings.Registration.APPROVAL);
        assertThat(root.follow(saved).body()).contains("value=\"approval\" checked");

        PageClient ben = new PageClient(server);
        ben.submit(
                "/auth/sign_up",
                "/auth/sign_up",
                Map.of(
                        "username",
                        "ben",
                        "email",
                        "ben@example.org",
                        "password",
                        "correct horse battery staple",
                        "agreement",
                        "1"));
        Http.Res refused = ben.submit(
                "/auth/sign_in", "/auth/sign_in", Map.of("login", "ben", "password", "correct horse battery staple"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("waiting for approval");

        Http.Res list = root.get("/admin/accounts");
        assertThat(list.body()).contains("@ben", "pending", "Approve");
        int benId = server.app()
                .db()
                .read(h -> server.app().accounts().byHandle(h, "ben"))
                .orElseThrow()
                .id();
        Http.Res approved = root.submit("/admin/accounts", "/admin/accounts/" + benId + "/approve", Map.of());
        assertThat(approved.header("Location")).isEqualTo("/admin/accounts?notice=account-approved");
        assertThat(account(benId).state()).isEqualTo("active");
        assertThat(ben.submit(
                                "/auth/sign_in",
                                "/auth/sign_in",
                                Map.of("login", "ben", "password", "correct horse battery staple"))
                        .status())
                .isEqualTo(303);
    }

    @Test
    void the_admin_makes_ana_a_moderator_but_cannot_change_their_own_role() {
        TestUsers.User rootUser = TestUsers.create(server.app(), "root", "admin");
        TestUsers.User ana = TestUsers.create(server, "ana");
        PageClient root = signedIn("root");
        Http.Res res =
                root.submit("/admin/accounts", "/admin/accounts/" + ana.id() + "/role", Map.of("role", "moderator"));
        assertThat(res.header("Location")).isEqualTo("/admin/accounts?notice=role-changed");
        assertThat(account(ana.id()).role()).isEqualTo("moderator");
        Http.Res bad = root.submit("/admin/accounts", "/admin/accounts/" + ana.id() + "/role", Map.of("role", "king"));
        assertThat(bad.status()).isEqualTo(422);
        Http.Res self =
                root.submit("/admin/accounts", "/admin/accounts/" + rootUser.id() + "/role", Map.of("role", "user"));
        assertThat(self.status()).isEqualTo(422);
        assertThat(account(rootUser.id()).role()).isEqualTo("admin");
    }

    @Test
    void admin_pages_do_not_exist_for_anyone_but_admins() {
        TestUsers.User ana = TestUsers.create(server, "ana");
        TestUsers.create(server.app(), "mo", "moderator");
        PageClient nobody = new PageClient(server);
        Http.Res unknownPage = nobody.get("/no/such/page");
        for (PageClient b : new PageClient[] {nobody, signedIn("ana"), signedIn("mo")}) {
            assertThat(b.get("/admin/settings").status()).isEqualTo(404);
            assertThat(b.get("/admin/accounts").status()).isEqualTo(404);
            if (b != nobody) {
                assertThat(b.submit("/", "/admin/settings", Map.of("registration", "closed"))
                                .status())
                        .isEqualTo(404);
                assertThat(b.submit("/", "/admin/accounts/" + ana.id() + "/role", Map.of("role", "admin"))
                                .status())
                        .isEqualTo(404);
            }
        }
        assertThat(nobody.get("/admin/accounts").body()).isEqualTo(unknownPage.body());
        assertThat(server.app().settings().registration()).isEqualTo(Settings.Registration.OPEN);
        assertThat(account(ana.id()).role()).isEqualTo("user");
    }
}
