package social.rapport.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using the pages without JavaScript: keeps cookies as a browser does (name=value, deleted at
 * Max-Age=0), fills forms with the CSRF token the page gave, and follows redirects only when asked.
 */
public final class PageClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    public PageClient(String base) {
        this.base = base;
    }

    public PageClient(TestServer server) {
        this(server.baseUrl());
    }

    public PageClient header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public Http.Res get(String path) {
        return send("GET", path, null);
    }

    /** Posts exactly the fields given (no token added). */
    public Http.Res post(String path, Map<String, String> form) {
        return send("POST", path, Http.form(form));
    }

    /** Opens the page holding the form, then posts the fields with the page's CSRF token, as a person would. */
    public Http.Res submit(String formPage, String action, Map<String, String> form) {
        Http.Res page = get(formPage);
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrf(page.body()));
        return post(action, withToken);
    }

    /**
     * As {@link #submit}, for forms that send a name more than once (checkboxes): the fields as
     * name/value pairs in order.
     */
    public Http.Res submitPairs(String formPage, String action, List<Map.Entry<String, String>> fields) {
        StringBuilder body =
                new StringBuilder(Http.form(Map.of("_csrf", csrf(get(formPage).body()))));
        for (Map.Entry<String, String> f : fields) body.append('&').append(Http.form(Map.of(f.getKey(), f.getValue())));
        return send("POST", action, body.toString());
    }

    /** Follows redirects from an answer with GETs, as a browser does after a form post. */
    public Http.Res follow(Http.Res res) {
        Http.Res r = res;
        for (int i = 0; i < 5 && r.status() / 100 == 3; i++) {
            String loc = r.header("Location");
            if (loc.startsWith("http")) {
                if (!loc.startsWith(base)) return r;
                loc = loc.substring(base.length());
            }
            r = get(loc);
        }
        return r;
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) throw new AssertionError("no CSRF field in the page: " + html);
        return m.group(1).replace("&#61;", "=");
    }

    private Http.Res send(String method, String path, String form) {
        return send(
                method,
                path,
                form == null ? null : "application/x-www-form-urlencoded",
                form == null ? null : form.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a body of any type (a multipart form, say) with the browser's cookies. */
    public Http.Res send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) ->
                    c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        extraHeaders.forEach(b::header);
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            keep(r.headers().allValues("Set-Cookie"));
            return new Http.Res(r.statusCode(), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private void keep(List<String> setCookies) {
        for (String sc : setCookies) {
            String pair = sc.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || sc.contains("Max-Age=0")) cookies.remove(name);
            else cookies.put(name, value);
        }
    }
}
