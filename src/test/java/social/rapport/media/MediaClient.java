package social.rapport.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.imageio.ImageIO;
import social.rapport.testing.Http;
import social.rapport.testing.Multipart;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Uploads and file requests for the media tests: images made with ImageIO, files fetched as bytes. */
public final class MediaClient {
    private final TestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    public MediaClient(Scene scene) {
        this.server = scene.server();
    }

    static byte[] image(String format, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg() {
        return image("jpg", 64, 48);
    }

    Http.Res upload(String path, User who, String name, String type, byte[] bytes, String... fields) {
        Multipart m = new Multipart();
        for (int i = 0; i < fields.length; i += 2) m.field(fields[i], fields[i + 1]);
        m.file("file", name, type, bytes);
        return server.http()
                .sendBytes("POST", path, who == null ? null : who.token(), m.contentType(), m.body(), Map.of());
    }

    /** A JPEG uploaded by `who` through v2, ready; its MediaAttachment. */
    JsonNode jpeg(User who, String... fields) {
        Http.Res r = upload("/api/v2/media", who, "photo.jpg", "image/jpeg", jpeg(), fields);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    String jpegId(User who) {
        return jpeg(who).get("id").asText();
    }

    /** The path and query of an address the server gave (its host names the configured public address). */
    static String local(String url) {
        URI u = URI.create(url);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** GET of a file address (as given, or already local), signed out, as an app loads images. */
    HttpResponse<byte[]> fetch(String url) {
        return fetch(url, Map.of());
    }

    HttpResponse<byte[]> fetch(String url, Map<String, String> headers) {
        String path = url.startsWith("http") ? local(url) : url;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        headers.forEach(b::header);
        try {
            return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status(String url) {
        return fetch(url).statusCode();
    }
}
