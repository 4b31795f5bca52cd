package social.rapport.account.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Multipart;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/** The avatar and header editor in the settings: a multipart form with its CSRF token, on both databases. */
@RapportServer
class ProfileImagePagesTest {
    TestServer server;

    @Person
    User ana;

    private String avatar() {
        return server.http()
                .get("/api/v1/accounts/verify_credentials", ana.token())
                .json()
                .get("avatar")
                .asText();
    }

    @Test
    void the_editor_uploads_shows_and_removes_the_avatar() throws Exception {
        PageClient b = new PageClient(server);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ana", "password", TestUsers.PASSWORD));
        Http.Res page = b.get("/settings/images");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"", "/avatars/default/", "/headers/default/");
        assertThat(page.body()).doesNotContain("Remove your avatar");

        // Without the CSRF token: refused, nothing changed.
        Multipart forged =
                new Multipart().file("avatar", "a.jpg", "image/jpeg", ProfileImagesApiTest.jpeg(300, 300, Color.RED));
        assertThat(b.send("POST", "/settings/images", forged.contentType(), forged.body())
                        .status())
                .isEqualTo(403);
        assertThat(avatar()).contains("/avatars/default/");

        // A bad file: the form again with a 422, nothing changed.
        Multipart bad = new Multipart()
                .field("_csrf", PageClient.csrf(page.body()))
                .file("avatar", "a.jpg", "image/jpeg", "nope".getBytes());
        Http.Res refused = b.send("POST", "/settings/images", bad.contentType(), bad.body());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("field-error");
        assertThat(avatar()).contains("/avatars/default/");

        // An empty file input leaves the header alone; the avatar is saved.
        Multipart m = new Multipart()
                .field("_csrf", PageClient.csrf(page.body()))
                .file("avatar", "a.jpg", "image/jpeg", ProfileImagesApiTest.jpeg(300, 300, Color.RED))
                .file("header", "", "application/octet-stream", new byte[0]);
        Http.Res saved = b.send("POST", "/settings/images", m.contentType(), m.body());
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        String uploaded = avatar();
        assertThat(uploaded).doesNotContain("/default/");
        String file = ProfileImagesApiTest.path(uploaded.substring(0, uploaded.indexOf('?')));
        Http.Res shown = b.follow(saved);
        assertThat(shown.body()).contains(file, "Remove your avatar", "/headers/default/");
        assertThat(shown.body()).doesNotContain("Remove your header");
        assertThat(b.get(file).status()).isEqualTo(200);

        Http.Res removed = b.submit("/settings/images", "/settings/images/avatar/remove", Map.of());
        assertThat(removed.status()).isEqualTo(303);
        assertThat(avatar()).contains("/avatars/default/");
        assertThat(b.get(file).status()).isEqualTo(404);
    }
}
