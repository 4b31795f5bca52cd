package social.rapport.account.api;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/** Moderators suspend an account and lift the suspension, by API and from the admin page. */
@RapportServer
class SuspendAccountTest {
    TestServer server;
    Http http;
    @Person
    User ana, ben;
    User mod, root;
    String modToken, rootToken, anaAdminScope;

    @BeforeEach
    void start() {
        mod = TestUsers.create(server.app(), "mod", "moderator");
        root = TestUsers.create(server.app(), "root", "admin");
        modToken = scoped(mod);
        rootToken = scoped(root);
        anaAdminScope = scoped(ana);
    }

    private String scoped(User u) {
        return server.app()
                .tokens()
                .issue(null, u.id(), Set.of("admin:write:accounts"))
                .token();
    }

    private String state(User u) {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT state FROM accounts WHERE id = :id")
                        .bind("id", u.id())
                        .mapTo(String.class)
                        .one());
    }

    private Http.Res act(String token, User target, Object... kv) {
        return http.postJson("/api/v1/admin/accounts/" + target.id() + "/action", token, map(kv));
    }

    @Test
    void a_moderator_suspends_ben_and_everything_of_his_disappears_until_the_suspension_is_lifted() {
        Http.Res post = http.postJson("/api/v1/statuses", ben.token(), map("status", "Cheap watches here"));
        String id = post.json().get("id").asText();
        assertThat(http.get("/api/v1/statuses/" + id, ana.token()).status()).isEqualTo(200);

        Http.Res done = act(modToken, ben, "type", "suspend");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(state(ben)).isEqualTo("suspended");
        Http.Res missing = http.get("/api/v1/statuses/999999999", ana.token());
        Http.Res hidden = http.get("/api/v1/statuses/" + id, ana.token());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(http.get("/api/v1/accounts/" + ben.id(), ana.token()).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ben.token()).status())
                .isEqualTo(401);

        Http.Res lifted = http.postJson("/api/v1/admin/accounts/" + ben.id() + "/unsuspend", modToken, map());
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.json().get("suspended").asBoolean()).isFalse();
        assertThat(lifted.json().get("username").asText()).isEqualTo("ben");
        assertThat(state(ben)).isEqualTo("active");
        assertThat(http.get("/api/v1/statuses/" + id, ana.token()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ben.token()).status())
                .isEqualTo(200);
    }

    @Test
    void who_may_suspend_whom_and_bad_requests_change_nothing() {
        assertThat(act(anaAdminScope, ben, "type", "suspend").status()).isEqualTo(403);
        assertThat(act(ana.token(), ben, "type", "suspend").status()).isEqualTo(403);
        assertThat(act(null, ben, "type", "suspend").status()).isEqualTo(401);
        assertThat(act(modToken, root, "type", "suspend").status()).isEqualTo(422);
        assertThat(act(modToken, mod, "type", "suspend").status()).isEqualTo(422);
        assertThat(act(modToken, ben).status()).isEqualTo(422);
        assertThat(act(modToken, ben, "type", "silence").status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/admin/accounts/987654/action", modToken, map("type", "suspend"))
                        .status())
                .isEqualTo(404);
        assertThat(http.postJson("/api/v1/admin/accounts/abc/action", modToken, map("type", "suspend"))
                        .status())
                .isEqualTo(404);
        assertThat(http.postJson("/api/v1/admin/accounts/" + ben.id() + "/unsuspend", modToken, map())
                        .status())
                .isEqualTo(422);
        assertThat(state(ben)).isEqualTo("active");
        assertThat(state(root)).isEqualTo("active");
        assertThat(state(mod)).isEqualTo("active");
        // Only an administrator suspends a moderator.
        assertThat(act(rootToken, mod, "type", "suspend").status()).isEqualTo(200);
        assertThat(state(mod)).isEqualTo("suspended");
        assertThat(act(rootToken, mod, "type", "suspend").status()).isEqualTo(422);
    }

    @Test
    void the_admin_page_suspends_and_lifts_with_one_button_each() {
        PageClient admin = new PageClient(server);
        admin.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "root", "password", TestUsers.PASSWORD));
        assertThat(admin.get("/admin/accounts").body()).contains("/admin/accounts/" + ben.id() + "/suspend");
        Http.Res r = admin.submit("/admin/accounts", "/admin/accounts/" + ben.id() + "/suspend", Map.of());
        assertThat(r.status()).isEqualTo(303);
        assertThat(state(ben)).isEqualTo("suspended");
        assertThat(admin.get("/admin/accounts").body()).contains("/admin/accounts/" + ben.id() + "/unsuspend");
        admin.submit("/admin/accounts", "/admin/accounts/" + ben.id() + "/unsuspend", Map.of());
        assertThat(state(ben)).isEqualTo("active");
        // Without the form's CSRF token nothing happens.
        assertThat(admin.post("/admin/accounts/" + ben.id() + "/suspend", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(state(ben)).isEqualTo("active");
        // A person who is not an administrator cannot reach it.
        PageClient b = new PageClient(server);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD));
        assertThat(b.submit("/@ana", "/admin/accounts/" + ben.id() + "/suspend", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(state(ben)).isEqualTo("active");
    }
}
