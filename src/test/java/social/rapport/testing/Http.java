package social.rapport.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A small HTTP client for tests: JSON or form bodies, an optional bearer token, answers as JSON. */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public Http(String base) {
        this.base = base;
    }

    public record Res(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Res get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Res get(String path) {
        return get(path, null);
    }

    public Res postJson(String path, String token, Object body) {
        return send("POST", path, token, "application/json", toJson(body));
    }

    public Res patchJson(String path, String token, Object body) {
        return send("PATCH", path, token, "application/json", toJson(body));
    }

    public Res putJson(String path, String token, Object body) {
        return send("PUT", path, token, "application/json", toJson(body));
    }

    public Res postForm(String path, String token, Map<String, String> form) {
        return send("POST", path, token, "application/x-www-form-urlencoded", form(form));
    }

    public Res post(String path, String token) {
        return send("POST", path, token, null, null);
    }

    public Res delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    public Res raw(String method, String path, String token, String contentType, byte[] body) {
        return sendBytes(method, path, token, contentType, body, Map.of());
    }

    public Res send(String method, String path, String token, String contentType, String body) {
        return sendBytes(
                method,
                path,
                token,
                contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    public Res sendBytes(
            String method, String path, String token, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (contentType != null) b.header("Content-Type", contentType);
        headers.forEach(b::header);
        b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpRequest request = b.build();
        try {
            return send(request);
        } catch (IOException e) {
            // No byte of an answer arrived: a pooled keep-alive connection the server had already
            // closed, or a large body the server refused by its length and closed on while it was still
            // being written. No handler ran; the request is sent again, each time on a client of its
            // own, a few times at most: a server that never answers still fails the test.
            IOException last = e;
            for (int attempt = 0;
                    attempt < 4 && String.valueOf(last.getMessage()).contains("received no bytes");
                    attempt++) {
                HttpClient fresh = HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
                try {
                    HttpResponse<String> r = fresh.send(request, HttpResponse.BodyHandlers.ofString());
                    return new Res(r.statusCode(), r.body(), r.headers());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(method + " " + path + " interrupted", stop);
                } catch (IOException again) {
                    last = again;
                }
            }
            throw new IllegalStateException(method + " " + path + " failed", last);
        }
    }

    private Res send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body(), r.headers());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + request.uri() + " interrupted", e);
        }
    }

    public static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> form) {
        StringJoiner j = new StringJoiner("&");
        form.forEach((k, v) -> j.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
