package social.rapport.account.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Avatars and headers through the API, on both databases: generated ones until one is uploaded
 * (update_credentials, multipart, as apps send them), the uploaded image served at its address,
 * deleted back to the generated one; a bad file changes nothing; and where visitors may not see
 * profiles, an uploaded image is not served to them.
 */
@RapportServer
class ProfileImagesApiTest {
    private static final String UPDATE = "/api/v1/accounts/update_credentials";
    TestServer server;

    @Person
    User ana, ben;

    record Image(int status, String type, byte[] bytes, String cacheControl) {
        BufferedImage picture() throws IOException {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        }
    }

    static byte[] jpeg(int w, int h, Color colour) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    /** The path of an address (tests run on a port the configured address does not name). */
    static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /** Loads an address as an app or a browser would, without a token. */
    Image load(String url) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + path(url)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        return new Image(
                r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""),
                r.body(),
                r.headers().firstValue("Cache-Control").orElse(""));
    }

    private JsonNode me(User u) {
        return server.http()
                .get("/api/v1/accounts/verify_credentials", u.token())
                .json();
    }

    private Http.Res update(User u, Multipart m) {
        return server.http().raw("PATCH", UPDATE, u.token(), m.contentType(), m.body());
    }

    @Test
    void the_generated_avatar_is_a_png_of_the_initials_that_changes_with_the_name() throws Exception {
        JsonNode before = me(ana);
        String avatar = before.get("avatar").asText();
        assertThat(path(avatar)).startsWith("/avatars/default/").endsWith(".png");
        assertThat(before.get("avatar_static").asText()).isEqualTo(avatar);
        Image img = load(avatar);
        assertThat(img.status()).isEqualTo(200);
        assertThat(img.type()).isEqualTo("image/png");
        assertThat(img.picture().getWidth()).isEqualTo(400);
        assertThat(img.picture().getHeight()).isEqualTo(400);
        // Stable: the same address and the same bytes again.
        assertThat(me(ana).get("avatar").asText()).isEqualTo(avatar);
        assertThat(load(avatar).bytes()).isEqualTo(img.bytes());
        // Another handle, another picture.
        String bens = me(ben).get("avatar").asText();
        assertThat(bens).isNotEqualTo(avatar);
        assertThat(load(bens).bytes()).isNotEqualTo(img.bytes());
        // A new name, a new address.
        server.http().patchJson(UPDATE, ana.token(), Map.of("display_name", "Zoe Quinn"));
        String renamed = me(ana).get("avatar").asText();
        assertThat(renamed).isNotEqualTo(avatar);
        assertThat(load(renamed).status()).isEqualTo(200);
        // The header is a band of the same colour, 1500×500.
        Image header = load(me(ana).get("header").asText());
        assertThat(header.status()).isEqualTo(200);
        assertThat(header.picture().getWidth()).isEqualTo(1500);
        assertThat(header.picture().getHeight()).isEqualTo(500);
        // Addresses that no account could have are 404.
        assertThat(load("/avatars/default/99-41.png").status()).isEqualTo(404);
        assertThat(load("/avatars/default/1-616263.png").status()).isEqualTo(404);
    }

    @Test
    void an_uploaded_avatar_and_header_are_served_cropped_and_deleting_returns_the_default() throws Exception {
        Multipart m = new Multipart()
                .field("display_name", "Ana A")
                .file("avatar", "me.jpg", "image/jpeg", jpeg(800, 600, Color.RED))
                .file("header", "wide.jpg", "image/jpeg", jpeg(3000, 1200, Color.BLUE));
        Http.Res res = update(ana, m);
        assertThat(res.status()).as(res.body()).isEqualTo(200);
        JsonNode a = res.json();
        assertThat(a.get("display_name").asText()).isEqualTo("Ana A");
        String avatar = a.get("avatar").asText();
        String header = a.get("header").asText();
        assertThat(path(avatar)).startsWith("/avatars/").doesNotContain("default");
        // The file is named by a random key, never by the account's id or name.
        assertThat(path(avatar)).matches("/avatars/[0-9a-f]{32}\\.(jpg|png)(\\?.*)?");
        assertThat(avatar).doesNotContain("ana");
        Image av = load(avatar);
        assertThat(av.status()).isEqualTo(200);
        assertThat(av.type()).matches("image/(png|jpeg).*");
        assertThat(av.picture().getWidth()).isEqualTo(400);
        assertThat(av.picture().getHeight()).isEqualTo(400);
        assertThat(new Color(av.picture().getRGB(200, 200)).getRed()).isGreaterThan(200);
        Image hd = load(header);
        assertThat(hd.status()).isEqualTo(200);
        assertThat(hd.picture().getWidth()).isEqualTo(1500);
        assertThat(hd.picture().getHeight()).isEqualTo(500);
        // Others see the same addresses in the account.
        assertThat(server.http()
                        .get("/api/v1/accounts/" + ana.id(), ben.token())
                        .json()
                        .get("avatar")
                        .asText())
                .isEqualTo(avatar);

        // A new avatar replaces the old one, whose file is gone.
        Http.Res again =
                update(ana, new Multipart().file("avatar", "b.jpg", "image/jpeg", jpeg(100, 100, Color.GREEN)));
        String second = again.json().get("avatar").asText();
        assertThat(second).isNotEqualTo(avatar);
        assertThat(load(avatar).status()).isEqualTo(404);
        assertThat(load(second).status()).isEqualTo(200);

        // Deleting: back to the generated ones, and the files are gone.
        JsonNode noAvatar =
                server.http().delete("/api/v1/profile/avatar", ana.token()).json();
        assertThat(noAvatar.get("avatar").asText()).contains("/avatars/default/");
        assertThat(noAvatar.get("source")).isNotNull();
        assertThat(load(second).status()).isEqualTo(404);
        JsonNode noHeader =
                server.http().delete("/api/v1/profile/header", ana.token()).json();
        assertThat(noHeader.get("header").asText()).contains("/headers/default/");
        assertThat(load(header).status()).isEqualTo(404);
        // Deleting again changes nothing and still answers the account.
        assertThat(server.http().delete("/api/v1/profile/avatar", ana.token()).status())
                .isEqualTo(200);
        assertThat(server.http().delete("/api/v1/profile/avatar", null).status())
                .isEqualTo(401);
    }

    @Test
    void a_bad_file_is_422_and_nothing_of_the_request_is_applied() throws Exception {
        String before = me(ana).get("avatar").asText();
        Multipart m = new Multipart()
                .field("display_name", "Not Applied")
                .file("avatar", "me.jpg", "image/jpeg", "this is not a picture".getBytes());
        Http.Res res = update(ana, m);
        assertThat(res.status()).isEqualTo(422);
        assertThat(res.json().get("error").asText()).isNotBlank();
        JsonNode after = me(ana);
        assertThat(after.get("display_name").asText()).isNotEqualTo("Not Applied");
        assertThat(after.get("avatar").asText()).isEqualTo(before);

        // A good avatar with a bad header: neither is kept.
        Http.Res mixed = update(
                ana,
                new Multipart()
                        .file("avatar", "ok.jpg", "image/jpeg", jpeg(50, 50, Color.RED))
                        .file("header", "bad.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}));
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(me(ana).get("avatar").asText()).isEqualTo(before);

        // A display name too long with a good avatar: the avatar is not kept either.
        Http.Res tooLong = update(
                ana,
                new Multipart()
                        .field("display_name", "x".repeat(31))
                        .file("avatar", "ok.jpg", "image/jpeg", jpeg(50, 50, Color.RED)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(me(ana).get("avatar").asText()).isEqualTo(before);

        // Over 2 MB: 422 as Mastodon answers.
        byte[] big = new byte[2 * 1024 * 1024 + 10];
        Http.Res large = update(ana, new Multipart().file("avatar", "big.jpg", "image/jpeg", big));
        assertThat(large.status()).isEqualTo(422);
    }

    @Test
    void where_visitors_may_not_see_profiles_an_uploaded_image_needs_the_signed_address() throws Exception {
        String avatar = update(ana, new Multipart().file("avatar", "a.jpg", "image/jpeg", jpeg(60, 60, Color.RED)))
                .json()
                .get("avatar")
                .asText();
        String bare = avatar.substring(0, avatar.indexOf('?'));
        // Visitors may see profiles: the file is public, signed or not.
        assertThat(load(avatar).status()).isEqualTo(200);
        assertThat(load(avatar).cacheControl()).startsWith("public");
        assertThat(load(bare).status()).isEqualTo(200);

        server.app().signedOut().set(true, false, null);
        // Signed out without the signature: as if there were no such file.
        Image refused = load(bare);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(load(bare.replace(".png", ".jpg")).status()).isEqualTo(404);
        // A forged or expired signature is refused alike.
        assertThat(load(avatar.replaceAll("sig=[^&]+", "sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                        .status())
                .isEqualTo(404);
        assertThat(load(avatar.replaceAll("expires=\\d+", "expires=1000")).status())
                .isEqualTo(404);
        // Whoever was handed the account (a signed-in app) has the signed address, which loads.
        String shown = server.http()
                .get("/api/v1/accounts/" + ana.id(), ben.token())
                .json()
                .get("avatar")
                .asText();
        Image ok = load(shown);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.cacheControl()).startsWith("private");
        // A signed-in browser that may see ana loads it by its session.
        PageClient browser = new PageClient(server);
        browser.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ben", "password", TestUsers.PASSWORD));
        assertThat(browser.get(path(bare)).status()).isEqualTo(200);
        // The generated ones show only what their address says, and stay public.
        assertThat(load(me(ben).get("avatar").asText()).status()).isEqualTo(200);
        // Blocked: ben's browser no longer loads the bare address.
        server.http().post("/api/v1/accounts/" + ben.id() + "/block", ana.token());
        assertThat(browser.get(path(bare)).status()).isEqualTo(404);
        server.app().signedOut().set(true, true, null);
    }
}
