package social.rapport.account.api;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * What apps read about the server besides the instance entity: rules (set by administrators, shown
 * at sign-up), the about text, host-meta, the empty lists of a server without translation, federation
 * or custom emoji, and the images entities point at.
 */
@RapportServer
class InstanceDocumentsTest {
    private static final String SETTINGS = "/api/v1/rapport/admin/instance_settings";

    TestServer server;
    Http http;
    Scene scene;
    String root;

    /** Where this server's source is published, as an administrator configures it. */
    @social.rapport.testing.ServerConfig
    social.rapport.app.Config sourceAt(social.rapport.app.Config c) {
        return c.withSourceUrl("https://code.example/rapport");
    }

    @Person
    User ana;

    @BeforeEach
    void start() {
        User admin = scene.person("root", "admin");
        root = server.app()
                .tokens()
                .issue(null, admin.id(), Set.of("read", "write", "admin:read", "admin:write"))
                .token();
    }

    private List<String> ruleTexts() {
        List<String> out = new ArrayList<>();
        http.get("/api/v1/instance/rules")
                .json()
                .forEach(r -> out.add(r.get("text").asText()));
        return out;
    }

    @Test
    void rules_set_by_an_administrator_reach_apps_the_instance_and_the_sign_up_page() {
        assertThat(http.get("/api/v1/instance/rules").json()).isEmpty();
        Http.Res set = http.patchJson(SETTINGS, root, map("rules", List.of("Be kind.", "  ", "No spam <b>ever</b>.")));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("rules").toString()).isEqualTo("[\"Be kind.\",\"No spam <b>ever</b>.\"]");

        JsonNode rules = http.get("/api/v1/instance/rules").json();
        assertThat(rules.get(0).get("id").asText()).isEqualTo("1");
        assertThat(rules.get(0).get("text").asText()).isEqualTo("Be kind.");
        assertThat(rules.get(0).get("hint").asText()).isEmpty();
        assertThat(rules.get(1).get("id").asText()).isEqualTo("2");
        assertThat(http.get("/api/v2/instance")
                        .json()
                        .get("rules")
                        .get(1)
                        .get("text")
                        .asText())
                .isEqualTo("No spam <b>ever</b>.");
        assertThat(http.get("/api/v1/instance").json().get("rules").size()).isEqualTo(2);

        String page = new PageClient(server).get("/auth/sign_up").body();
        assertThat(page).contains("<li>Be kind.</li>", "<li>No spam &lt;b&gt;ever&lt;/b&gt;.</li>");

        // A form body gives the same list.
        Http.Res form = http.send(
                "PATCH",
                SETTINGS,
                root,
                "application/x-www-form-urlencoded",
                "rules%5B%5D=Be+kind.&rules%5B%5D=Say+who+you+are.");
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(ruleTexts()).containsExactly("Be kind.", "Say who you are.");
    }

    @Test
    void bad_rules_or_about_text_change_nothing_and_only_an_administrator_may_write() {
        http.patchJson(SETTINGS, root, map("rules", List.of("Be kind."), "extended_description", "Hello."));
        List<String> many = new ArrayList<>(Collections.nCopies(21, "A rule."));
        assertThat(http.patchJson(SETTINGS, root, map("rules", many)).status()).isEqualTo(422);
        assertThat(http.patchJson(SETTINGS, root, map("rules", List.of("x".repeat(301))))
                        .status())
                .isEqualTo(422);
        // A good list beside a too long about text: neither is written.
        assertThat(http.patchJson(
                                SETTINGS,
                                root,
                                map("rules", List.of("Another rule."), "extended_description", "y".repeat(10_001)))
                        .status())
                .isEqualTo(422);
        assertThat(http.patchJson(SETTINGS, root, map("rules", "not a list of strings but one"))
                        .status())
                .isEqualTo(200);
        assertThat(ruleTexts()).containsExactly("not a list of strings but one");
        assertThat(http.patchJson(SETTINGS, root, map("rules", List.of(Map.of("a", 1))))
                        .status())
                .isEqualTo(422);
        assertThat(ruleTexts()).containsExactly("not a list of strings but one");

        String notAdmin = server.app()
                .tokens()
                .issue(null, ana.id(), Set.of("admin:read", "admin:write"))
                .token();
        assertThat(http.patchJson(SETTINGS, notAdmin, map("rules", List.of("Mine now.")))
                        .status())
                .isEqualTo(403);
        assertThat(http.patchJson(SETTINGS, ana.token(), map("rules", List.of("Mine now.")))
                        .status())
                .isEqualTo(403);
        assertThat(ruleTexts()).containsExactly("not a list of strings but one");
        assertThat(http.get("/api/v1/instance/extended_description")
                        .json()
                        .get("content")
                        .asText())
                .isEqualTo("<p>Hello.</p>");
    }

    @Test
    void the_about_text_is_escaped_paragraphs_with_its_date_and_the_admin_page_writes_it() {
        JsonNode empty = http.get("/api/v1/instance/extended_description").json();
        assertThat(empty.get("content").asText()).isEmpty();
        assertThat(empty.get("updated_at").isNull()).isTrue();

        PageClient admin = new PageClient(server);
        admin.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "root", "password", TestUsers.PASSWORD));
        Http.Res saved = admin.submit(
                "/admin/settings",
                "/admin/settings/rules",
                Map.of(
                        "rules",
                        "Be kind.\n\nCredit your sources.",
                        "extended_description",
                        "We garden.\nMostly tomatoes.\n\n<script>alert(1)</script>"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(ruleTexts()).containsExactly("Be kind.", "Credit your sources.");
        JsonNode about = http.get("/api/v1/instance/extended_description").json();
        assertThat(about.get("content").asText())
                .isEqualTo("<p>We garden.<br>Mostly tomatoes.</p><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertThat(about.get("updated_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(admin.get("/admin/settings").body()).contains("Credit your sources.");

        // Too many rules on the page: shown again with the error, nothing written.
        Http.Res bad = admin.submit(
                "/admin/settings",
                "/admin/settings/rules",
                Map.of("rules", "A rule.\n".repeat(21), "extended_description", "Changed."));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("at most 20 rules");
        assertThat(ruleTexts()).containsExactly("Be kind.", "Credit your sources.");

        PageClient ana = new PageClient(server);
        ana.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD));
        assertThat(ana.post("/admin/settings/rules", Map.of("rules", "Mine.")).status())
                .isIn(403, 404);
        assertThat(ruleTexts()).containsExactly("Be kind.", "Credit your sources.");
    }

    @Test
    void host_meta_and_the_lists_of_what_this_server_does_not_have() {
        Http.Res meta = http.get("/.well-known/host-meta");
        assertThat(meta.status()).isEqualTo(200);
        assertThat(meta.header("Content-Type")).startsWith("application/xrd+xml");
        assertThat(meta.body())
                .contains("template=\"" + server.app().config().baseUrl() + "/.well-known/webfinger?resource={uri}\"");
        assertThat(http.get("/api/v1/instance/translation_languages").json().isObject())
                .isTrue();
        assertThat(http.get("/api/v1/instance/translation_languages").json()).isEmpty();
        assertThat(http.get("/api/v1/instance/peers").json().isArray()).isTrue();
        assertThat(http.get("/api/v1/instance/peers").json()).isEmpty();
        assertThat(http.get("/api/v1/custom_emojis").json().isArray()).isTrue();
        assertThat(http.get("/api/v1/custom_emojis").json()).isEmpty();
    }

    @Test
    void the_images_entities_point_at_are_real_pngs() throws Exception {
        JsonNode account = http.get("/api/v1/accounts/" + ana.id()).json();
        JsonNode instance = http.get("/api/v2/instance").json();
        List<String> urls = List.of(
                account.get("avatar").asText(),
                account.get("header").asText(),
                account.get("avatar_static").asText(),
                instance.get("thumbnail").get("url").asText(),
                instance.get("icon").get(0).get("src").asText());
        HttpClient client = HttpClient.newHttpClient();
        String base = server.app().config().baseUrl();
        for (String url : urls) {
            assertThat(url).startsWith(base);
            URI local = URI.create(server.baseUrl() + url.substring(base.length()));
            HttpResponse<byte[]> res =
                    client.send(HttpRequest.newBuilder(local).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(res.statusCode()).as(url).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
            byte[] png = res.body();
            assertThat(png.length).isGreaterThan(100);
            assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("PNG");
        }
    }

    @Test
    void instance_v2_says_where_the_source_is_published() {
        assertThat(http.get("/api/v2/instance").json().get("source_url").asText())
                .isEqualTo("https://code.example/rapport");
        assertThat(social.rapport.app.Config.defaults().sourceUrl()).isEmpty();
    }
}
