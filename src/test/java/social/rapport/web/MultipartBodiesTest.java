package social.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Multipart;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Multipart bodies exactly as Mastodon client libraries send them (FormData with a
 * `----formdata-undici-…` boundary, lists as `name[0]`, nested forms as `name[key]`, booleans as
 * text), and the ways such a body can be wrong: each wrong one is a 4xx that changes nothing.
 */
@RapportServer
class MultipartBodiesTest {
    TestDb db;

    TestServer server;
    Http http;

    @Person
    TestUsers.User ana;

    private Http.Res send(String method, String path, String token, Multipart m) {
        return http.sendBytes(method, path, token, m.contentType(), m.body(), Map.of());
    }

    private long accounts() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM accounts")
                        .mapTo(Long.class)
                        .one());
    }

    @Test
    void signUpAsAClientLibrarySendsIt() {
        JsonNode app = send(
                        "POST",
                        "/api/v1/apps",
                        null,
                        new Multipart()
                                .field("client_name", "Elk")
                                .field("redirect_uris", "https://elk.example/oauth/callback")
                                .field("scopes", "read write follow push")
                                .field("website", "https://elk.example"))
                .json();
        String appToken = send(
                        "POST",
                        "/oauth/token",
                        null,
                        new Multipart()
                                .field("grant_type", "client_credentials")
                                .field("client_id", app.get("client_id").asText())
                                .field("client_secret", app.get("client_secret").asText())
                                .field("scope", "read write follow push"))
                .json()
                .get("access_token")
                .asText();

        Http.Res res = send(
                "POST",
                "/api/v1/accounts",
                appToken,
                new Multipart()
                        .field("username", "zoe_42")
                        .field("email", "zoe@example.org")
                        .field("password", TestUsers.PASSWORD)
                        .field("agreement", "true")
                        .field("locale", "en")
                        .field("reason", ""));

        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        String token = res.json().get("access_token").asText();
        Http.Res self = http.get("/api/v1/accounts/verify_credentials", token);
        assertThat(self.json().get("username").asText()).isEqualTo("zoe_42");
    }

    @Test
    void profileEditWithNestedFieldsAndAnImageAsTuskySendsIt() throws Exception {
        // A real picture: avatars are decoded and drawn anew now, so bytes that are no image are refused.
        java.awt.image.BufferedImage picture =
                new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", out);
        byte[] png = out.toByteArray();
        Http.Res res = send(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                ana.token(),
                new Multipart()
                        .field("display_name", "Ana «Ñandú»")
                        .field("note", "Climber ⛰")
                        .field("locked", "true")
                        .field("fields_attributes[0][name]", "Site")
                        .field("fields_attributes[0][value]", "https://ana.example")
                        .field("fields_attributes[1][name]", "Pronouns")
                        .field("fields_attributes[1][value]", "she/her")
                        .field("source[privacy]", "private")
                        .field("source[sensitive]", "false")
                        .file("avatar", "me.png", "image/png", png));

        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        JsonNode self =
                http.get("/api/v1/accounts/verify_credentials", ana.token()).json();
        assertThat(self.get("display_name").asText()).isEqualTo("Ana «Ñandú»");
        assertThat(self.get("avatar").asText()).contains("/avatars/").doesNotContain("/avatars/default/");
        assertThat(self.get("locked").asBoolean()).isTrue();
        assertThat(self.get("source").get("fields")).hasSize(2);
        assertThat(self.get("source").get("fields").get(0).get("name").asText()).isEqualTo("Site");
        assertThat(self.get("source").get("fields").get(1).get("value").asText())
                .isEqualTo("she/her");
    }

    @Test
    void listsSentWithIndexesReadAsLists() {
        TestUsers.User bob = TestUsers.create(server, "bob");
        String post = http.postJson("/api/v1/statuses", bob.token(), Http.map("status", "buy now"))
                .json()
                .get("id")
                .asText();
        String other = http.postJson("/api/v1/statuses", bob.token(), Http.map("status", "again"))
                .json()
                .get("id")
                .asText();

        Http.Res res = send(
                "POST",
                "/api/v1/reports",
                ana.token(),
                new Multipart()
                        .field("account_id", bob.idString())
                        .field("status_ids[0]", post)
                        .field("status_ids[1]", other)
                        .field("comment", "spam")
                        .field("category", "spam")
                        .field("forward", "false"));

        assertThat(res.status()).as(res.toString()).isEqualTo(200);
        assertThat(res.json().get("status_ids")).extracting(JsonNode::asText).containsExactlyInAnyOrder(post, other);
    }

    @Test
    void malformedMultipartIsABadRequestAndChangesNothing() {
        long before = accounts();
        String type = "multipart/form-data; boundary=XyZ";
        List<byte[]> broken = List.of(
                "--XyZ\r\nContent-Disposition: form-data; name=\"display_name\"\r\n\r\nnever closed"
                        .getBytes(StandardCharsets.UTF_8),
                "no boundary anywhere".getBytes(StandardCharsets.UTF_8),
                "--XyZ\r\nnot a header line\r\n\r\nx\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
        for (byte[] body : broken) {
            Http.Res res =
                    http.sendBytes("PATCH", "/api/v1/accounts/update_credentials", ana.token(), type, body, Map.of());
            assertThat(res.status())
                    .as(new String(body, StandardCharsets.UTF_8) + " → " + res)
                    .isEqualTo(400);
            assertThat(res.json().get("error").asText()).isNotBlank();
        }
        Http.Res noBoundary = http.sendBytes(
                "POST",
                "/api/v1/statuses",
                ana.token(),
                "multipart/form-data",
                "status=hi".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(noBoundary.status()).as(noBoundary.toString()).isEqualTo(400);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token())
                        .json()
                        .get("display_name")
                        .asText())
                .isNotEqualTo("never closed");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aFieldThatIsNotUtf8IsABadRequest() {
        byte[] head =
                ("--b1\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--b1--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xC3;
        body[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        Http.Res res = http.sendBytes(
                "POST", "/api/v1/statuses", ana.token(), "multipart/form-data; boundary=b1", body, Map.of());
        assertThat(res.status()).as(res.toString()).isEqualTo(400);
        assertThat(http.get("/api/v1/accounts/" + ana.idString() + "/statuses", ana.token())
                        .json())
                .isEmpty();
    }

    @Test
    void theBodyLimitHoldsForMultipartWithOrWithoutALength() throws Exception {
        byte[] big = new byte[(int) BodyChecks.MAX_BODY + 10];
        Arrays.fill(big, (byte) 'a');
        Multipart m = new Multipart().field("status", "hi").file("file", "big.bin", "application/octet-stream", big);
        assertThat(send("POST", "/api/v1/statuses", ana.token(), m).status()).isEqualTo(413);

        // Chunked, so no Content-Length announces the size: the parser's own limit must stop it.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/statuses"))
                .header("Authorization", "Bearer " + ana.token())
                .header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(m.body())))
                .build();
        HttpResponse<String> res;
        try {
            res = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            // The server may close the connection while the rest of the body is still being sent.
            res = null;
        }
        if (res != null) assertThat(res.statusCode()).as(res.body()).isEqualTo(413);
        assertThat(http.get("/api/v1/accounts/" + ana.idString() + "/statuses", ana.token())
                        .json())
                .isEmpty();
    }

    @Test
    void pageFormsAcceptMultipartWithTheirCsrfToken() {
        PageClient browser = new PageClient(server);
        String csrf = PageClient.csrf(browser.get("/auth/sign_up").body());
        Multipart form = new Multipart()
                .field("_csrf", csrf)
                .field("username", "lea")
                .field("email", "lea@example.org")
                .field("password", TestUsers.PASSWORD)
                .field("agreement", "on");
        Http.Res res = browser.send("POST", "/auth/sign_up", form.contentType(), form.body());
        assertThat(res.status()).as(res.toString()).isEqualTo(303);

        PageClient forger = new PageClient(server);
        forger.get("/auth/sign_up");
        Multipart forged = new Multipart()
                .field("_csrf", "made-up")
                .field("username", "eve")
                .field("email", "eve@example.org")
                .field("password", TestUsers.PASSWORD)
                .field("agreement", "on");
        assertThat(forger.send("POST", "/auth/sign_up", forged.contentType(), forged.body())
                        .status())
                .isEqualTo(403);
        List<String> handles = server.app()
                .db()
                .read(h -> h.createQuery("SELECT handle FROM accounts ORDER BY id")
                        .mapTo(String.class)
                        .list());
        assertThat(handles).containsExactly("ana", "lea");
    }
}
