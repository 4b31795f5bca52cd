package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.status.PostStatus;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * Enumeration without signing in: visitors search only where the administrator allows it (not by
 * default), see profiles only where allowed (yes by default), and an account that is not
 * discoverable is never listed in search or suggestions, nor its posts found when not indexable.
 */
@RapportServer
class SignedOutAccessTest {
    private static final String SETTINGS = "/api/v1/rapport/admin/instance_settings";

    TestServer server;
    Http http;
    User root, ana, ben, cleo;

    @BeforeEach
    void start() {
        TestUsers.User admin = TestUsers.create(server.app(), "root", "admin");
        // The admin API needs the admin scopes, which ordinary test tokens do not hold.
        root = new User(
                admin.id(),
                "root",
                server.app()
                        .tokens()
                        .issue(null, admin.id(), java.util.Set.of("read", "write", "admin:read", "admin:write"))
                        .token());
        ana = TestUsers.create(server, "ana");
        ben = TestUsers.create(server, "ben");
        cleo = TestUsers.create(server, "cleo");
    }

    /** A token with the admin scopes for someone who is not an administrator. */
    private String admin(User u) {
        return server.app()
                .tokens()
                .issue(null, u.id(), java.util.Set.of("admin:read", "admin:write"))
                .token();
    }

    private static List<String> accts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("acct").asText()));
        return out;
    }

    private long post(User u, String text) {
        return server.app()
                .posts()
                .services()
                .post()
                .post(
                        u.id(),
                        new PostStatus.Request(
                                text, null, null, false, null, "public", List.of(), List.of(), null, null, null))
                .id();
    }

    private PageClient signedIn(String login) {
        PageClient b = new PageClient(server);
        assertThat(b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", login, "password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(303);
        return b;
    }

    @Test
    void visitors_may_not_search_until_an_administrator_allows_it() {
        Http.Res api = http.get("/api/v2/search?q=an");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body()).doesNotContain("ana");
        Http.Res page = new PageClient(server).get("/search?q=an");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).startsWith("/auth/sign_in");
        assertThat(accts(http.get("/api/v2/search?q=an", ben.token()).json().get("accounts")))
                .contains("ana");

        // Only an administrator reads or changes the settings.
        assertThat(http.get(SETTINGS, null).status()).isEqualTo(401);
        assertThat(http.patchJson(SETTINGS, ben.token(), map("signed_out_search", true))
                        .status())
                .isEqualTo(403);
        assertThat(http.get(SETTINGS, admin(ben)).status()).isEqualTo(403);
        JsonNode shown = http.get(SETTINGS, root.token()).json();
        assertThat(shown.get("signed_out_profiles").asBoolean()).isTrue();
        assertThat(shown.get("signed_out_search").asBoolean()).isFalse();
        assertThat(http.patchJson(SETTINGS, root.token(), map("signed_out_search", "perhaps"))
                        .status())
                .isEqualTo(422);
        JsonNode open = http.patchJson(SETTINGS, root.token(), map("signed_out_search", true))
                .json();
        assertThat(open.get("signed_out_search").asBoolean()).isTrue();
        assertThat(open.get("signed_out_profiles").asBoolean()).isTrue();
        assertThat(accts(http.get("/api/v2/search?q=an").json().get("accounts")))
                .contains("ana");
        assertThat(new PageClient(server).get("/search?q=an").body()).contains("href=\"/@ana\"");

        // The admin page shows and changes the same settings; an unticked box means no.
        PageClient admin = signedIn("root");
        assertThat(admin.get("/admin/settings").body()).contains("name=\"signed_out_search\" value=\"true\" checked");
        assertThat(admin.submit("/admin/settings", "/admin/settings/visitors", Map.of("signed_out_profiles", "true"))
                        .status())
                .isEqualTo(303);
        assertThat(http.get("/api/v2/search?q=an").status()).isEqualTo(401);
        assertThat(signedIn("ben")
                        .post("/admin/settings/visitors", Map.of("signed_out_search", "true"))
                        .status())
                .isIn(403, 404);
        assertThat(server.app().signedOut().search()).isFalse();
    }

    @Test
    void an_account_that_is_not_discoverable_or_indexable_is_not_listed_nor_its_posts_found() {
        server.app().signedOut().set(true, null, true);
        post(ana, "Out in the #garden");
        Http.Res changed = http.patchJson(
                "/api/v1/accounts/update_credentials", ana.token(), map("discoverable", false, "indexable", false));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("discoverable").asBoolean()).isFalse();
        assertThat(changed.json().get("indexable").asBoolean()).isFalse();
        assertThat(changed.json().get("noindex").asBoolean()).isTrue();
        assertThat(changed.json().get("source").get("discoverable").asBoolean()).isFalse();
        assertThat(http.patchJson("/api/v1/accounts/update_credentials", ana.token(), map("discoverable", "maybe"))
                        .status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/accounts/" + ana.id(), ben.token())
                        .json()
                        .get("discoverable")
                        .asBoolean())
                .isFalse();

        // Not listed to others, in the API, the search page or the composer's suggestions.
        assertThat(accts(http.get("/api/v2/search?q=an", ben.token()).json().get("accounts")))
                .doesNotContain("ana");
        assertThat(accts(http.get("/api/v1/accounts/search?q=an", ben.token()).json()))
                .doesNotContain("ana");
        assertThat(accts(http.get("/api/v2/search?q=an").json().get("accounts")))
                .doesNotContain("ana");
        PageClient b = signedIn("ben");
        assertThat(b.get("/search?q=an").body()).doesNotContain("href=\"/@ana\"");
        assertThat(b.get("/compose/suggest?q=%40an").body()).doesNotContain("@ana");
        // Ana still finds herself, and someone who follows her finds her.
        assertThat(accts(http.get("/api/v2/search?q=an", ana.token()).json().get("accounts")))
                .contains("ana");
        server.app().relations().followAccount().follow(cleo.id(), ana.id(), null);
        assertThat(accts(http.get("/api/v2/search?q=an", cleo.token()).json().get("accounts")))
                .contains("ana");

        // Her posts are not found by search, and her pages ask search engines not to index them.
        assertThat(http.get("/api/v2/search?q=garden&type=hashtags", ben.token())
                        .json()
                        .get("hashtags"))
                .isEmpty();
        long bens = post(ben, "Mine too #garden");
        assertThat(http.get("/api/v2/search?q=garden&type=hashtags", ben.token())
                        .json()
                        .get("hashtags"))
                .hasSize(1);
        long anas = post(ana, "Later");
        String noindex = "<meta name=\"robots\" content=\"noindex, noarchive\">";
        assertThat(new PageClient(server).get("/@ana").body()).contains(noindex);
        assertThat(new PageClient(server).get("/@ana/" + anas).body()).contains(noindex);
        assertThat(new PageClient(server).get("/@ben").body()).doesNotContain(noindex);
        assertThat(new PageClient(server).get("/@ben/" + bens).body()).doesNotContain(noindex);

        // The settings page turns both back on.
        PageClient a = signedIn("ana");
        assertThat(a.get("/settings/profile").body()).contains("name=\"discoverable\"", "name=\"indexable\"");
        assertThat(a.submit(
                                "/settings/profile",
                                "/settings/profile",
                                Map.of(
                                        "display_name",
                                        "Ana",
                                        "discovery_shown",
                                        "1",
                                        "discoverable",
                                        "1",
                                        "indexable",
                                        "1"))
                        .status())
                .isEqualTo(303);
        assertThat(accts(http.get("/api/v2/search?q=an", ben.token()).json().get("accounts")))
                .contains("ana");
        assertThat(new PageClient(server).get("/@ana").body()).doesNotContain(noindex);
    }

    @Test
    void where_visitors_may_not_see_profiles_every_anonymous_read_answers_like_missing() {
        long p = post(ana, "Hello world");
        String domain = server.app().config().domain();
        List<String> apiReads = List.of(
                "/api/v1/accounts/" + ana.id(),
                "/api/v1/accounts/lookup?acct=ana",
                "/api/v1/statuses/" + p,
                "/api/v1/statuses/" + p + "/context",
                "/api/v1/accounts/" + ana.id() + "/statuses",
                "/.well-known/webfinger?resource=acct:ana@" + domain);
        for (String path : apiReads)
            assertThat(http.get(path).status()).as(path).isEqualTo(200);
        assertThat(http.patchJson(SETTINGS, root.token(), map("signed_out_profiles", false))
                        .status())
                .isEqualTo(200);

        List<String> missing = List.of(
                "/api/v1/accounts/99999",
                "/api/v1/accounts/lookup?acct=nobody",
                "/api/v1/statuses/99999",
                "/api/v1/statuses/99999/context",
                "/api/v1/accounts/99999/statuses",
                "/.well-known/webfinger?resource=acct:nobody@" + domain);
        for (int i = 0; i < apiReads.size(); i++) {
            Http.Res hidden = http.get(apiReads.get(i));
            Http.Res none = http.get(missing.get(i));
            assertThat(hidden.status()).as(apiReads.get(i)).isEqualTo(404);
            assertThat(hidden.body()).as(apiReads.get(i)).isEqualTo(none.body());
        }
        assertThat(http.get("/api/v1/timelines/public").json()).isEmpty();
        PageClient visitor = new PageClient(server);
        Http.Res profile = visitor.get("/@ana");
        Http.Res nobody = visitor.get("/@nobody");
        assertThat(profile.status()).isEqualTo(404);
        assertThat(profile.body()).isEqualTo(nobody.body());
        assertThat(visitor.get("/@ana/" + p).status()).isEqualTo(404);
        assertThat(visitor.get("/public").body()).doesNotContain("Hello world");

        // Signed in, everything is as before.
        // (Webfinger is asked without a token, so it stays closed.)
        for (String path : apiReads.subList(0, 5))
            assertThat(http.get(path, ben.token()).status()).as(path).isEqualTo(200);
        assertThat(signedIn("ben").get("/@ana").body()).contains("Hello world");
    }
}
