package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Multipart;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * The edit page of a post with photos, on both databases: each attachment with its alt text to change
 * and a box to take it off, without JavaScript; a form without those fields leaves the media alone.
 */
@RapportServer
class PostMediaEditPagesTest {
    TestServer server;
    Http http;

    @Person
    User ana;

    private static byte[] jpeg() throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    private String upload(String description) throws IOException {
        Multipart m = new Multipart().field("description", description).file("file", "p.jpg", "image/jpeg", jpeg());
        Http.Res r = http.sendBytes("POST", "/api/v2/media", ana.token(), m.contentType(), m.body(), Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    private JsonNode post(String id) {
        return http.get("/api/v1/statuses/" + id, ana.token()).json();
    }

    private PageClient signedIn() {
        PageClient b = new PageClient(server);
        b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", ana.handle(), "password", TestUsers.PASSWORD));
        return b;
    }

    @Test
    void the_edit_page_changes_alt_text_and_removes_an_attachment() throws IOException {
        String first = upload("A red door");
        String second = upload("A blue window");
        String id = http.postJson(
                        "/api/v1/statuses",
                        ana.token(),
                        map("status", "Two photos", "media_ids", List.of(first, second)))
                .json()
                .get("id")
                .asText();
        PageClient b = signedIn();
        Http.Res page = b.get("/statuses/" + id + "/edit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "name=\"media[0][id]\" value=\"" + first + "\"",
                        "name=\"media[1][id]\" value=\"" + second + "\"",
                        "A red door",
                        "A blue window",
                        "Remove attachment 2 from the post");

        Map<String, String> form = new HashMap<>();
        form.put("_csrf", PageClient.csrf(page.body()));
        form.put("status", "One photo now");
        form.put("media[0][id]", first);
        form.put("media[0][description]", "A red door, half open");
        form.put("media[1][id]", second);
        form.put("media[1][description]", "A blue window");
        form.put("media[1][remove]", "1");
        Http.Res saved = b.post("/statuses/" + id + "/edit", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        JsonNode after = post(id);
        assertThat(after.get("media_attachments")).hasSize(1);
        assertThat(after.at("/media_attachments/0/id").asText()).isEqualTo(first);
        assertThat(after.at("/media_attachments/0/description").asText()).isEqualTo("A red door, half open");

        // Too long an alt text: the form again with what was typed, and nothing changed.
        Map<String, String> tooLong = new HashMap<>();
        tooLong.put("_csrf", PageClient.csrf(page.body()));
        tooLong.put("status", "Changed text");
        tooLong.put("media[0][id]", first);
        tooLong.put("media[0][description]", "x".repeat(1501));
        Http.Res refused = b.post("/statuses/" + id + "/edit", tooLong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("x".repeat(1501), "longer than 1500");
        assertThat(post(id).get("content").asText()).contains("One photo now");
        assertThat(post(id).at("/media_attachments/0/description").asText()).isEqualTo("A red door, half open");

        // A form without media fields (an older page) changes only the text.
        Map<String, String> textOnly = new HashMap<>();
        textOnly.put("_csrf", PageClient.csrf(page.body()));
        textOnly.put("status", "Text only");
        assertThat(b.post("/statuses/" + id + "/edit", textOnly).status()).isEqualTo(303);
        assertThat(post(id).get("media_attachments")).hasSize(1);
    }
}
