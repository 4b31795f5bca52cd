package social.rapport.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.rapport.core.Problem;
import social.rapport.web.ResponseBasics;

/** Blobs answered through a real HTTP server, with the same HEAD handling as the application's. */
class BlobResponsesTest {
    static final byte[] DATA = BlobStoreContract.bytes(10_000);
    static final String HOSTILE = "we\"ird\r\nSet-Cookie: x=1; ünï/../név.jpg";

    @TempDir
    static Path dir;

    static S3TestServer s3;
    static S3BlobStore s3Store;
    static Javalin app;
    static String base;
    static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        LocalBlobStore store = new LocalBlobStore(dir.resolve("media"));
        store.put("m/photo.jpg", Files.write(dir.resolve("up"), DATA), "image/jpeg");
        store.put("m/empty", Files.write(dir.resolve("up0"), new byte[0]), "text/plain");
        Files.createDirectories(dir.resolve("s3"));
        s3 = new S3TestServer(dir.resolve("s3"));
        s3Store = s3.store("media");
        s3Store.put("m/photo.jpg", dir.resolve("up"), "image/jpeg");
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.jetty.modifyServletContextHandler(h -> h.addFilter(
                    new org.eclipse.jetty.ee10.servlet.FilterHolder(new ResponseBasics(false)),
                    "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            config.routes.get(
                    "/blob/{key}",
                    ctx -> BlobResponses.send(
                            ctx,
                            "s3".equals(ctx.queryParam("store")) ? s3Store : store,
                            "m/" + ctx.pathParam("key"),
                            null,
                            "public, max-age=31536000, immutable",
                            ctx.queryParam("name")));
            config.routes.exception(
                    Problem.class, (e, ctx) -> ctx.status(e.status()).json(java.util.Map.of("error", e.getMessage())));
        });
        app.start();
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        s3Store.close();
        s3.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return send("GET", path, headers);
    }

    static HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void the_whole_file_comes_with_its_headers() throws Exception {
        HttpResponse<byte[]> r = get("/blob/photo.jpg?name=holiday.jpg");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(DATA);
        assertThat(header(r, "Content-Type")).isEqualTo("image/jpeg");
        assertThat(header(r, "Content-Length")).isEqualTo("10000");
        assertThat(header(r, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(r, "Content-Disposition")).isEqualTo("inline; filename=\"holiday.jpg\"");
        assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(r, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(r, "ETag")).matches("\"[0-9a-f]{24}\"");
        assertThat(header(r, "Content-Security-Policy")).contains("sandbox");
        assertThat(r.headers().allValues("X-Content-Type-Options")).hasSize(1);
    }

    @Test
    void a_range_gets_206_with_its_bytes() throws Exception {
        HttpResponse<byte[]> r = get("/blob/photo.jpg", "Range", "bytes=100-199");

        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.body()).isEqualTo(Arrays.copyOfRange(DATA, 100, 200));
        assertThat(header(r, "Content-Range")).isEqualTo("bytes 100-199/10000");
        assertThat(header(r, "Content-Length")).isEqualTo("100");
    }

    @Test
    void an_open_range_and_a_suffix_range_run_to_the_end() throws Exception {
        HttpResponse<byte[]> open = get("/blob/photo.jpg", "Range", "bytes=9000-");
        HttpResponse<byte[]> suffix = get("/blob/photo.jpg", "Range", "bytes=-500");
        HttpResponse<byte[]> past = get("/blob/photo.jpg", "Range", "bytes=9990-20000");

        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(DATA, 9000, 10_000));
        assertThat(header(open, "Content-Range")).isEqualTo("bytes 9000-9999/10000");
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(DATA, 9500, 10_000));
        assertThat(header(suffix, "Content-Range")).isEqualTo("bytes 9500-9999/10000");
        assertThat(past.body()).isEqualTo(Arrays.copyOfRange(DATA, 9990, 10_000));
        assertThat(header(past, "Content-Range")).isEqualTo("bytes 9990-9999/10000");
    }

    @Test
    void a_range_past_the_end_is_416_with_the_size() throws Exception {
        HttpResponse<byte[]> r = get("/blob/photo.jpg", "Range", "bytes=10000-");
        HttpResponse<byte[]> zero = get("/blob/photo.jpg", "Range", "bytes=-0");
        HttpResponse<byte[]> empty = get("/blob/empty", "Range", "bytes=0-");

        assertThat(r.statusCode()).isEqualTo(416);
        assertThat(header(r, "Content-Range")).isEqualTo("bytes */10000");
        assertThat(r.body()).isEmpty();
        assertThat(zero.statusCode()).isEqualTo(416);
        assertThat(empty.statusCode()).isEqualTo(416);
        assertThat(header(empty, "Content-Range")).isEqualTo("bytes */0");
    }

    @Test
    void several_ranges_or_a_range_not_understood_get_the_whole_file() throws Exception {
        for (String range : new String[] {"bytes=0-1,5-9", "bytes=5-2", "items=0-1", "bytes=abc"}) {
            HttpResponse<byte[]> r = get("/blob/photo.jpg", "Range", range);
            assertThat(r.statusCode()).as(range).isEqualTo(200);
            assertThat(r.body()).as(range).isEqualTo(DATA);
            assertThat(header(r, "Content-Range")).as(range).isNull();
        }
    }

    @Test
    void a_range_with_an_if_range_of_another_version_gets_the_whole_file() throws Exception {
        String etag = header(get("/blob/photo.jpg"), "ETag");

        HttpResponse<byte[]> stale = get("/blob/photo.jpg", "Range", "bytes=0-9", "If-Range", "\"other\"");
        HttpResponse<byte[]> current = get("/blob/photo.jpg", "Range", "bytes=0-9", "If-Range", etag);

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(current.statusCode()).isEqualTo(206);
    }

    @Test
    void a_current_copy_gets_304_without_a_body() throws Exception {
        String etag = header(get("/blob/photo.jpg"), "ETag");

        HttpResponse<byte[]> same = get("/blob/photo.jpg", "If-None-Match", etag);
        HttpResponse<byte[]> listed = get("/blob/photo.jpg", "If-None-Match", "\"a\", W/" + etag);
        HttpResponse<byte[]> other = get("/blob/photo.jpg", "If-None-Match", "\"other\"");

        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(header(same, "ETag")).isEqualTo(etag);
        assertThat(listed.statusCode()).isEqualTo(304);
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void head_gets_the_headers_alone() throws Exception {
        HttpResponse<byte[]> r = send("HEAD", "/blob/photo.jpg");
        HttpResponse<byte[]> ranged = send("HEAD", "/blob/photo.jpg", "Range", "bytes=0-9");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(header(r, "Content-Length")).isEqualTo("10000");
        assertThat(header(r, "Content-Type")).isEqualTo("image/jpeg");
        assertThat(ranged.statusCode()).isEqualTo(206);
        assertThat(header(ranged, "Content-Length")).isEqualTo("10");
    }

    @Test
    void a_hostile_file_name_is_cut_down_to_safe_ascii() throws Exception {
        String q = java.net.URLEncoder.encode(HOSTILE, java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<byte[]> r = get("/blob/photo.jpg?name=" + q);
        HttpResponse<byte[]> nothingLeft = get("/blob/photo.jpg?name=%22%22%0D%0A%C3%BC");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Disposition")).isEqualTo("inline; filename=\"weirdSet-Cookiex1n..nv.jpg\"");
        assertThat(header(r, "Set-Cookie")).isNull();
        assertThat(header(nothingLeft, "Content-Disposition")).isEqualTo("inline");
    }

    @Test
    void a_blob_in_the_s3_store_is_served_the_same_way() throws Exception {
        HttpResponse<byte[]> whole = get("/blob/photo.jpg?store=s3");
        HttpResponse<byte[]> range = get("/blob/photo.jpg?store=s3", "Range", "bytes=-300");
        HttpResponse<byte[]> head = send("HEAD", "/blob/photo.jpg?store=s3");
        HttpResponse<byte[]> missing = get("/blob/nothing.jpg?store=s3");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(DATA);
        assertThat(header(whole, "Content-Type")).isEqualTo("image/jpeg");
        assertThat(header(whole, "ETag")).isEqualTo(header(get("/blob/photo.jpg"), "ETag"));
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(DATA, 9700, 10_000));
        assertThat(header(range, "Content-Range")).isEqualTo("bytes 9700-9999/10000");
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Length")).isEqualTo("10000");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void a_missing_blob_is_the_usual_404() throws Exception {
        HttpResponse<byte[]> r = get("/blob/nothing.jpg");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(new String(r.body()))
                .isEqualTo("{\"error\":\"" + Problem.notFound().getMessage() + "\"}");
        assertThat(header(r, "ETag")).isNull();
    }
}
