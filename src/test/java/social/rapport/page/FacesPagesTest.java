package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import social.rapport.account.AccountEntity;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * Faces next to names: the pages show the same avatar the API gives (by its path on this server),
 * decorative beside the name, and a header on profiles; the navigation marks where one is.
 */
@RapportServer
class FacesPagesTest {
    TestServer server;
    Scene scene;

    @Person
    User ana, ben;

    /** A face on a post or a notification, and a small one in people lists, for an avatar's path. */
    private static String face(String path) {
        return "<img class=\"avatar\" src=\"" + path + "\" alt=\"\" width=\"44\" height=\"44\"";
    }

    private static String smallFace(String path) {
        return "<img class=\"avatar small\" src=\"" + path + "\" alt=\"\" width=\"32\" height=\"32\" loading=\"lazy\">";
    }

    private String apiPath(User whose, String field) {
        String address = server.http()
                .get("/api/v1/accounts/" + whose.id(), ana.token())
                .json()
                .get(field)
                .asText();
        return java.net.URI.create(address).getPath();
    }

    @Test
    void posts_people_lists_search_and_profiles_show_the_avatar_the_api_gives() {
        scene.connect(ana.id(), ben.id());
        scene.post(ben.id(), "Hello from Ben", "connections");
        PageClient a = scene.signedIn("ana");
        String avatar = apiPath(ben, "avatar");
        String header = apiPath(ben, "header");
        String anas = apiPath(ana, "avatar");
        // Each person's generated face, not a shared placeholder.
        assertThat(avatar).startsWith("/avatars/default/").isNotEqualTo(anas);
        assertThat(header).startsWith("/headers/default/");

        assertThat(a.get("/").body()).contains(face(avatar));
        assertThat(a.get("/connections").body()).contains(smallFace(avatar));
        assertThat(a.get("/search?q=ben").body()).contains(smallFace(avatar));
        assertThat(a.get("/network").body()).contains(smallFace(avatar));
        assertThat(a.get("/notifications").body()).contains(smallFace(avatar));
        assertThat(a.get("/@ben").body())
                .contains(
                        "<img class=\"profile-banner\" src=\"" + header + "\" alt=\"\"",
                        "<img class=\"avatar large\" src=\"" + avatar + "\" alt=\"\"");
        for (JsonNode n : a.get("/network/graph").json().get("nodes")) {
            assertThat(n.get("avatar").asText()).isIn(avatar, anas);
        }
    }

    @Test
    void the_navigation_marks_the_page_one_is_on() {
        PageClient a = scene.signedIn("ana");
        Http.Res settings = a.get("/settings/profile");
        assertThat(settings.body())
                .contains("<a href=\"/settings\" aria-current=\"page\">Settings</a>")
                .contains("<a class=\"nav-item\" href=\"/\">");
        assertThat(a.get("/").body()).contains("<a class=\"nav-item\" href=\"/\" aria-current=\"page\">");
        // A page that is not there marks nothing, even under one's own profile: a hidden post's answer
        // must not differ from a missing one's by where it was asked for.
        Http.Res missing = a.get("/@ana/999999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("aria-current=\"page\"");
    }

    @Test
    void an_avatar_on_this_server_is_shown_by_its_path_and_one_elsewhere_by_its_address() {
        AccountEntity here =
                entity("ana", "https://rapport.example/@ana", "https://rapport.example/avatar-missing.png");
        assertThat(Page.avatar(here)).isEqualTo("/avatar-missing.png");
        AccountEntity away = entity("bo@else.example", "https://else.example/@bo", "https://else.example/files/bo.png");
        assertThat(Page.avatar(away)).isEqualTo("https://else.example/files/bo.png");
    }

    private static AccountEntity entity(String acct, String url, String avatar) {
        return new AccountEntity(
                "1",
                acct,
                acct,
                "",
                false,
                false,
                false,
                false,
                "2026-01-01",
                "",
                url,
                url,
                avatar,
                avatar,
                avatar,
                avatar,
                0,
                0,
                0,
                null,
                java.util.List.of(),
                java.util.List.of(),
                false,
                true);
    }
}
