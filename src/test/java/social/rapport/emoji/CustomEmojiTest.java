package social.rapport.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Multipart;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * Custom emoji, on both databases: an administrator adds one on the admin page, apps list it, posts,
 * display names and bios that use it list it in their `emojis`, pages draw it, and deleting it takes
 * it away. Nobody else may add or delete one.
 */
@RapportServer
class CustomEmojiTest {
    TestServer server;
    Scene scene;

    @Person
    User ana, ben;

    PageClient root;

    @BeforeEach
    void admin() {
        TestUsers.create(server.app(), "root", "admin");
        root = signedIn("root");
    }

    private PageClient signedIn(String login) {
        PageClient b = new PageClient(server);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", login, "password", TestUsers.PASSWORD));
        return b;
    }

    static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < w; x++) for (int y = 0; y < h; y++) img.setRGB(x, y, Color.ORANGE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private Http.Res add(PageClient who, String shortcode, byte[] image) {
        String csrf = PageClient.csrf(who.get("/settings").body());
        Multipart m = new Multipart()
                .field("_csrf", csrf)
                .field("shortcode", shortcode)
                .field("category", "Food");
        if (image != null) m.file("image", "e.png", "image/png", image);
        return who.send("POST", "/admin/emoji", m.contentType(), m.body());
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void an_administrator_adds_an_emoji_that_apps_list_and_texts_use() throws Exception {
        assertThat(server.http().get("/api/v1/custom_emojis").json()).isEmpty();
        Http.Res added = add(root, "blobcat", png(300, 200));
        assertThat(added.status()).as(added.body()).isEqualTo(303);

        JsonNode list = server.http().get("/api/v1/custom_emojis").json();
        assertThat(list).hasSize(1);
        JsonNode e = list.get(0);
        assertThat(e.get("shortcode").asText()).isEqualTo("blobcat");
        assertThat(e.get("visible_in_picker").asBoolean()).isTrue();
        assertThat(e.get("category").asText()).isEqualTo("Food");
        assertThat(e.get("static_url").asText()).isEqualTo(e.get("url").asText());
        Http.Res image = server.http().get(path(e.get("url").asText()));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).startsWith("image/png");
        assertThat(image.header("Cache-Control")).contains("public");

        // A post, a display name and a bio that use it list it; an unknown shortcode is left as text.
        long post = scene.post(ana.id(), "Tea time :blobcat: and :nosuch:", "public");
        JsonNode status =
                server.http().get("/api/v1/statuses/" + post, ben.token()).json();
        assertThat(status.get("emojis")).hasSize(1);
        assertThat(status.get("emojis").get(0).get("shortcode").asText()).isEqualTo("blobcat");
        server.http()
                .patchJson(
                        "/api/v1/accounts/update_credentials",
                        ana.token(),
                        Map.of("display_name", "Ana :blobcat:", "note", "I like :blobcat:"));
        JsonNode account =
                server.http().get("/api/v1/accounts/" + ana.id(), ben.token()).json();
        assertThat(account.get("emojis")).hasSize(1);
        assertThat(account.get("emojis").get(0).get("url").asText())
                .isEqualTo(e.get("url").asText());
        assertThat(status.get("account").get("emojis")).isEmpty();
        assertThat(server.http()
                        .get("/api/v1/statuses/" + post, ben.token())
                        .json()
                        .get("account")
                        .get("emojis"))
                .hasSize(1);

        // Pages draw it as an image whose alternative text is the shortcode.
        String img =
                "<img class=\"emoji\" src=\"" + e.get("url").asText().replace("&", "&amp;") + "\" alt=\":blobcat:\"";
        String thread = signedIn("ben").get("/@ana/" + post).body();
        assertThat(thread).contains("Tea time " + img).contains(":nosuch:");
        String profile = signedIn("ben").get("/@ana").body();
        assertThat(profile).contains("Ana " + img).contains("I like " + img);

        // Deleting: gone from the list and from texts, and its image is gone.
        String csrf = PageClient.csrf(root.get("/admin/emoji").body());
        assertThat(root.post("/admin/emoji/blobcat/delete", Map.of("_csrf", csrf))
                        .status())
                .isEqualTo(303);
        assertThat(server.http().get("/api/v1/custom_emojis").json()).isEmpty();
        assertThat(server.http().get(path(e.get("url").asText())).status()).isEqualTo(404);
        assertThat(server.http()
                        .get("/api/v1/statuses/" + post, ben.token())
                        .json()
                        .get("emojis"))
                .isEmpty();
    }

    @Test
    void bad_emoji_are_refused_and_only_administrators_manage_them() throws Exception {
        assertThat(add(root, "x", png(10, 10)).status()).isEqualTo(422);
        assertThat(add(root, "no-dash", png(10, 10)).status()).isEqualTo(422);
        assertThat(add(root, "fine", null).status()).isEqualTo(422);
        assertThat(add(root, "fine", "not an image".getBytes()).status()).isEqualTo(422);
        assertThat(add(root, "fine", new byte[300 * 1024]).status()).isEqualTo(422);
        assertThat(server.http().get("/api/v1/custom_emojis").json()).isEmpty();
        assertThat(add(root, "fine", png(10, 10)).status()).isEqualTo(303);
        // The same shortcode in another case is taken.
        Http.Res again = add(root, "FINE", png(10, 10));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("already");

        PageClient anaPages = signedIn("ana");
        assertThat(anaPages.get("/admin/emoji").status()).isEqualTo(404);
        assertThat(add(anaPages, "mine", png(10, 10)).status()).isEqualTo(404);
        String csrf = PageClient.csrf(anaPages.get("/settings").body());
        assertThat(anaPages.post("/admin/emoji/fine/delete", Map.of("_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(server.http().get("/api/v1/custom_emojis").json()).hasSize(1);
        // Shown on the admin page, and the stored image is at most 128 pixels wide.
        assertThat(root.get("/admin/emoji").body()).contains(":fine:");
    }
}
