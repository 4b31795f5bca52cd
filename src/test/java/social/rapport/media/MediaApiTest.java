package social.rapport.media;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Multipart;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Uploads and one's own uploads, through Mastodon's media API. */
@RapportServer
class MediaApiTest {
    TestClock clock = new TestClock(Instant.now());
    TestServer server;
    Http http;
    MediaClient media;

    @Person
    User ana, ben;

    int rows() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM media_attachments")
                        .mapTo(Integer.class)
                        .one());
    }

    long storedFiles() throws IOException {
        Path root = server.app().config().dataDir().resolve("media");
        if (!Files.exists(root)) return 0;
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void a_jpeg_through_v2_answers_mastodons_media_attachment_and_its_file_loads_for_the_uploader() {
        JsonNode m = media.jpeg(ana, "description", "A blue square with an orange disc", "focus", "0.5,-0.25");
        assertThat(m.get("id").isTextual()).isTrue();
        assertThat(m.get("type").asText()).isEqualTo("image");
        assertThat(m.get("remote_url").isNull()).isTrue();
        assertThat(m.get("description").asText()).isEqualTo("A blue square with an orange disc");
        assertThat(m.at("/meta/original/width").asInt()).isEqualTo(64);
        assertThat(m.at("/meta/original/height").asInt()).isEqualTo(48);
        assertThat(m.at("/meta/original/size").asText()).isEqualTo("64x48");
        assertThat(m.at("/meta/original/aspect").asDouble()).isEqualTo(64.0 / 48);
        assertThat(m.at("/meta/small/width").asInt()).isPositive();
        assertThat(m.at("/meta/focus/x").asDouble()).isEqualTo(0.5);
        assertThat(m.at("/meta/focus/y").asDouble()).isEqualTo(-0.25);
        assertThat(m.get("blurhash").asText()).isNotBlank();
        // Not on a post yet: only its uploader is given addresses, signed for them.
        String url = m.get("url").asText();
        assertThat(url).contains("/media/").contains("sig=").contains("viewer=" + ana.id());
        HttpResponse<byte[]> file = media.fetch(url);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).startsWith("private");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline");
        assertThat(file.body()[0] & 0xff).isEqualTo(0xff);
        assertThat(media.status(m.get("preview_url").asText())).isEqualTo(200);
        // Without its signature the address is missing, byte for byte like an unknown one.
        String bare = MediaClient.local(url).replaceAll("\\?.*", "");
        HttpResponse<byte[]> unsigned = media.fetch(bare);
        HttpResponse<byte[]> unknown = media.fetch("/media/0123456789abcdef0123456789abcdef/original.jpg");
        assertThat(unsigned.statusCode()).isEqualTo(404);
        assertThat(unsigned.body()).isEqualTo(unknown.body());
    }

    @Test
    void a_png_through_v1_is_processed_before_the_answer() {
        Http.Res r = media.upload("/api/v1/media", ana, "shot.png", "image/png", MediaClient.image("png", 30, 20));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("type").asText()).isEqualTo("image");
        assertThat(r.json().get("url").isTextual()).isTrue();
        assertThat(r.json().at("/meta/original/size").asText()).isEqualTo("30x20");
    }

    @Test
    void one_shows_describes_and_deletes_ones_own_upload_and_nobody_elses() throws IOException {
        String id = media.jpegId(ana);
        String path = "/api/v1/media/" + id;
        assertThat(http.get(path, ana.token()).status()).isEqualTo(200);
        Http.Res changed = http.putJson(path, ana.token(), map("description", "Now described", "focus", "-1,1"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("description").asText()).isEqualTo("Now described");
        assertThat(changed.json().at("/meta/focus/x").asDouble()).isEqualTo(-1.0);
        assertThat(http.putJson(path, ana.token(), map("focus", "2,0")).status())
                .isEqualTo(422);
        assertThat(http.putJson(path, ana.token(), map("description", "x".repeat(1501)))
                        .status())
                .isEqualTo(422);

        Http.Res missing = http.get("/api/v1/media/1", ben.token());
        for (Http.Res other : new Http.Res[] {
            http.get(path, ben.token()),
            http.putJson(path, ben.token(), map("description", "mine now")),
            http.delete(path, ben.token())
        }) {
            assertThat(other.status()).isEqualTo(404);
            assertThat(other.body()).isEqualTo(missing.body());
        }
        assertThat(http.get(path, ana.token()).json().get("description").asText())
                .isEqualTo("Now described");

        assertThat(storedFiles()).isPositive();
        assertThat(http.delete(path, ana.token()).status()).isEqualTo(200);
        assertThat(http.get(path, ana.token()).status()).isEqualTo(404);
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isZero();
    }

    @Test
    void uploading_takes_the_media_scope_and_a_file() {
        assertThat(media.upload("/api/v2/media", null, "a.jpg", "image/jpeg", MediaClient.jpeg())
                        .status())
                .isEqualTo(401);
        Http.Res noFile = http.sendBytes(
                "POST",
                "/api/v2/media",
                ana.token(),
                new Multipart().field("description", "no file").contentType(),
                new Multipart().field("description", "no file").body(),
                Map.of());
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.json().get("error").asText()).contains("file");
    }

    @Test
    void a_file_that_is_no_image_is_refused_and_leaves_nothing() throws IOException {
        Http.Res r = media.upload(
                "/api/v2/media", ana, "photo.jpg", "image/jpeg", "not a picture at all, just text".getBytes());
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().get("error").asText()).isNotBlank();
        byte[] broken = MediaClient.jpeg();
        byte[] cut = java.util.Arrays.copyOf(broken, 40);
        assertThat(media.upload("/api/v2/media", ana, "cut.jpg", "image/jpeg", cut)
                        .status())
                .isEqualTo(422);
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isZero();
    }

    @Test
    void an_image_larger_than_the_image_limit_is_a_413_that_says_so() throws IOException {
        byte[] big = new byte[17 * 1024 * 1024];
        byte[] head = MediaClient.jpeg();
        System.arraycopy(head, 0, big, 0, head.length);
        Http.Res r = media.upload("/api/v2/media", ana, "huge.jpg", "image/jpeg", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).contains("16 MB");
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isZero();
    }

    @Test
    void expect_100_continue_uploads_go_through_and_oversized_ones_are_refused_before_their_body() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Multipart m = new Multipart().field("description", "sent after 100 Continue");
        m.file("file", "photo.jpg", "image/jpeg", MediaClient.jpeg());
        HttpRequest ok = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v2/media"))
                .expectContinue(true)
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + ana.token())
                .header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body()))
                .build();
        HttpResponse<String> answered = client.send(ok, HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

        // 60 MB announced; the server answers by the length alone and the body is never sent.
        long length = 60L * 1024 * 1024;
        HttpRequest tooBig = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v2/media"))
                .expectContinue(true)
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + ana.token())
                .header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> endless()), length))
                .build();
        HttpResponse<String> refused = client.send(tooBig, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("MB");
    }

    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
    }

    @Test
    void other_routes_keep_the_one_mebibyte_limit() {
        Multipart m = new Multipart().field("status", "hello");
        m.file("file", "big.bin", "application/octet-stream", new byte[2 * 1024 * 1024]);
        Http.Res r = http.sendBytes("POST", "/api/v1/statuses", ana.token(), m.contentType(), m.body(), Map.of());
        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void uploads_no_post_took_are_removed_after_a_day() throws IOException {
        String id = media.jpegId(ana);
        clock.advance(Duration.ofHours(23));
        server.app().media().cleanup().sweep();
        assertThat(http.get("/api/v1/media/" + id, ana.token()).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(2));
        assertThat(server.app().media().cleanup().sweep()).isEqualTo(1);
        assertThat(http.get("/api/v1/media/" + id, ana.token()).status()).isEqualTo(404);
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isZero();
    }
}
