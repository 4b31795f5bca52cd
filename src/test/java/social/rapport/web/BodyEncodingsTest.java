package social.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import social.rapport.app.Config;
import social.rapport.testing.Http;
import social.rapport.testing.Multipart;
import social.rapport.testing.PageClient;
import social.rapport.testing.TestDb;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;

/**
 * Walks every POST, PUT and PATCH route the server registers and sends each the same parameters as
 * JSON, as a url-encoded form and as a multipart form, to three servers that went through the same
 * steps. The answers (status, location, body with ids, times and secrets masked) and what was stored
 * (row counts of every table, the acting account as its owner reads it) must be the same for each
 * encoding; pages, which browsers only ever send forms, compare the two form encodings. A route added
 * later is walked too: without a sample of its own it gets a generic body.
 */
@ParameterizedClass
@MethodSource("social.rapport.testing.Databases#all")
class BodyEncodingsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> ENCODINGS = List.of("json", "form", "multipart");

    @Parameter
    TestDb db;

    final Map<String, TestServer> servers = new LinkedHashMap<>();

    /** What one route needs to succeed: its body as bracketed form pairs, and whether it must succeed. */
    record Sample(List<Map.Entry<String, String>> pairs, boolean mustSucceed) {}

    private static Sample ok(String... kv) {
        return new Sample(pairs(kv), true);
    }

    private static List<Map.Entry<String, String>> pairs(String... kv) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) out.add(Map.entry(kv[i], kv[i + 1]));
        return out;
    }

    /** Bodies for the routes clients use most; `{name}` is replaced by the per-route fixture value. */
    private static final Map<String, Sample> SAMPLES = Map.ofEntries(
            Map.entry(
                    "POST /api/v1/apps",
                    ok(
                            "client_name",
                            "Elk ☕",
                            "redirect_uris",
                            "urn:ietf:wg:oauth:2.0:oob",
                            "scopes",
                            "read write follow push",
                            "website",
                            "https://elk.example")),
            Map.entry(
                    "POST /oauth/token",
                    ok(
                            "grant_type",
                            "client_credentials",
                            "client_id",
                            "{client_id}",
                            "client_secret",
                            "{client_secret}",
                            "scope",
                            "read write")),
            Map.entry(
                    "POST /oauth/revoke",
                    ok("client_id", "{client_id}", "client_secret", "{client_secret}", "token", "{app_token}")),
            Map.entry(
                    "POST /api/v1/accounts",
                    ok(
                            "username",
                            "new{n}",
                            "email",
                            "new{n}@example.org",
                            "password",
                            TestUsers.PASSWORD,
                            "agreement",
                            "true",
                            "locale",
                            "en",
                            "reason",
                            "hi")),
            Map.entry(
                    "PATCH /api/v1/accounts/update_credentials",
                    ok(
                            "display_name",
                            "Ana Ñandú",
                            "note",
                            "Hello ✨",
                            "locked",
                            "true",
                            "fields_attributes[0][name]",
                            "Site",
                            "fields_attributes[0][value]",
                            "https://a.example",
                            "fields_attributes[1][name]",
                            "Pronouns",
                            "fields_attributes[1][value]",
                            "she/her",
                            "source[privacy]",
                            "public",
                            "source[sensitive]",
                            "false",
                            "source[language]",
                            "en")),
            Map.entry(
                    "POST /api/v1/accounts/{id}/follow",
                    ok("reblogs", "false", "notify", "true", "languages[0]", "en")),
            Map.entry("POST /api/v1/accounts/{id}/mute", ok("notifications", "false", "duration", "0")),
            Map.entry(
                    "POST /api/v1/statuses",
                    ok(
                            "status",
                            "Hello «world» 🌍",
                            "visibility",
                            "public",
                            "spoiler_text",
                            "cw",
                            "sensitive",
                            "true",
                            "language",
                            "en",
                            "reply_policy",
                            "everyone")),
            Map.entry(
                    "PUT /api/v1/statuses/{id}",
                    ok("status", "Edited «text»", "spoiler_text", "", "sensitive", "false")),
            Map.entry("POST /api/v1/markers", ok("home[last_read_id]", "{status}")),
            Map.entry(
                    "PATCH /api/v2/notifications/policy",
                    ok("for_not_following", "filter", "for_new_accounts", "accept", "for_private_mentions", "filter")),
            Map.entry(
                    "POST /api/v1/reports",
                    ok(
                            "account_id",
                            "{target}",
                            "status_ids[]",
                            "{status}",
                            "comment",
                            "Spam «links»",
                            "category",
                            "spam",
                            "forward",
                            "false")),
            Map.entry("POST /api/v1/rapport/circles", ok("name", "Climbing ⛰")),
            Map.entry("PUT /api/v1/rapport/circles/{id}", ok("name", "Bouldering")),
            Map.entry("PUT /api/v1/rapport/posting_defaults", ok("visibility", "private")),
            Map.entry("PUT /api/v1/rapport/screening", ok("who_may_invite", "anyone", "require_note", "true")),
            Map.entry(
                    "POST /auth/sign_up",
                    ok(
                            "username",
                            "page{n}",
                            "email",
                            "page{n}@example.org",
                            "password",
                            TestUsers.PASSWORD,
                            "agreement",
                            "on")),
            Map.entry("POST /auth/sign_in", ok("login", "{handle}", "password", TestUsers.PASSWORD)),
            Map.entry("POST /settings/profile", ok("display_name", "Ana Ñandú", "note", "Hi ✨", "locked", "on")),
            Map.entry(
                    "POST /statuses",
                    ok("status", "From the page «é»", "audience", "public", "reply_policy", "everyone")),
            Map.entry("POST /circles", ok("name", "Neighbours")),
            Map.entry("POST /circles/{id}/rename", ok("name", "Street")),
            Map.entry("POST /people/{id}/follow", ok()),
            Map.entry("POST /statuses/{id}/favourite", ok()),
            Map.entry("POST /statuses/{id}/edit", ok("status", "Edited on the page", "spoiler_text", "")),
            Map.entry("POST /statuses/{id}/reply", ok("status", "A reply «ü»", "audience", "public")));

    /** Anything else: a body with a harmless unknown field, which must be read alike in every encoding. */
    private static final Sample GENERIC = new Sample(pairs("unknown[field]", "x", "return_to", "/"), false);

    @BeforeEach
    void start() {
        Config.RateLimits roomy = new Config.RateLimits(
                100_000,
                Duration.ofMinutes(5),
                100_000,
                Duration.ofHours(1),
                100_000,
                Duration.ofMinutes(30),
                100_000,
                100_000,
                Duration.ofMinutes(5));
        for (String e : ENCODINGS)
            servers.put(e, TestServer.start(db, Clock.systemUTC(), c -> c.withRateLimits(roomy)));
    }

    @AfterEach
    void stop() {
        servers.values().forEach(TestServer::close);
    }

    record Route(String method, String path) {
        /** Pages answer HTML and read forms only; the API and the OAuth token endpoints read every encoding. */
        boolean page() {
            return !(path.startsWith("/api/") || path.equals("/oauth/token") || path.equals("/oauth/revoke"));
        }

        String key() {
            return method + " " + path;
        }
    }

    private List<Route> routes() {
        TestServer any = servers.values().iterator().next();
        Javalin listing = Javalin.create(c -> any.app().routes().forEach(r -> r.register(c.routes)));
        List<Route> out = new ArrayList<>();
        for (var e : listing.unsafe.internalRouter.allHttpHandlers()) {
            String m = e.endpoint.method.name();
            if (m.equals("POST") || m.equals("PUT") || m.equals("PATCH")) out.add(new Route(m, e.endpoint.path));
        }
        return out;
    }

    @Test
    void everyWriteRouteTakesTheSameParametersInEveryEncoding() {
        List<Route> routes = routes();
        // The route table as the server registers it, not a list kept here: the walk covers new routes.
        assertThat(routes)
                .hasSizeGreaterThan(100)
                .contains(
                        new Route("POST", "/api/v1/statuses"),
                        new Route("PATCH", "/api/v1/accounts/update_credentials"),
                        new Route("POST", "/auth/sign_up"),
                        new Route("POST", "/settings/profile"));
        assertThat(SAMPLES.keySet())
                .allSatisfy(k -> assertThat(routes).extracting(Route::key).contains(k));
        int n = 0;
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            n++;
            Sample sample = SAMPLES.getOrDefault(route.key(), GENERIC);
            Map<String, Observed> seen = new LinkedHashMap<>();
            for (String encoding : ENCODINGS) {
                Fixture f = Fixture.make(servers.get(encoding), n, db.postgres());
                Http.Res res = send(f, route, sample, encoding);
                seen.put(
                        encoding,
                        new Observed(res.status(), mask(f, res.header("Location")), mask(f, res.body()), f.snapshot()));
                if (res.status() >= 500) failures.add(route.key() + " as " + encoding + ": " + brief(res));
                if (sample.mustSucceed() && res.status() >= 400) {
                    failures.add(route.key() + " as " + encoding + " failed: " + brief(res));
                }
            }
            Observed first = seen.values().iterator().next();
            seen.forEach((encoding, o) -> {
                if (!o.equals(first))
                    failures.add(route.key() + " as " + encoding + " differs:\n  " + first + "\n  " + o);
            });
        }
        assertThat(failures).isEmpty();
    }

    /** The answer's status and error message, short enough to read in a list of failures. */
    private static String brief(Http.Res res) {
        Matcher m = Pattern.compile("class=\"error\"[^>]*>([^<]*)<").matcher(res.body());
        String body = m.find() ? m.group(1) : res.body();
        return res.status() + " " + body.substring(0, Math.min(300, body.length()));
    }

    record Observed(int status, String location, String body, Map<String, Object> stored) {}

    /** One route's own accounts and records, made alike on each server so answers can be compared. */
    record Fixture(
            TestServer server,
            int n,
            TestUsers.User actor,
            TestUsers.User target,
            String ownStatus,
            String targetStatus,
            String circle,
            String clientId,
            String clientSecret,
            String appToken,
            PageClient page,
            String csrf,
            boolean postgres) {
        static Fixture make(TestServer s, int n, boolean postgres) {
            Http http = s.http();
            TestUsers.User actor = TestUsers.create(s.app(), "a" + n, "admin");
            TestUsers.User target = TestUsers.create(s.app(), "b" + n);
            String own = http.postJson("/api/v1/statuses", actor.token(), Http.map("status", "mine " + n))
                    .json()
                    .get("id")
                    .asText();
            String theirs = http.postJson("/api/v1/statuses", target.token(), Http.map("status", "theirs " + n))
                    .json()
                    .get("id")
                    .asText();
            String circle = http.postJson("/api/v1/rapport/circles", actor.token(), Http.map("name", "c" + n))
                    .json()
                    .get("id")
                    .asText();
            JsonNode app = http.postJson(
                            "/api/v1/apps",
                            null,
                            Http.map(
                                    "client_name",
                                    "App " + n,
                                    "redirect_uris",
                                    "urn:ietf:wg:oauth:2.0:oob",
                                    "scopes",
                                    "read write follow push"))
                    .json();
            String id = app.get("client_id").asText();
            String secret = app.get("client_secret").asText();
            String appToken = http.postForm(
                            "/oauth/token",
                            null,
                            Map.of(
                                    "grant_type",
                                    "client_credentials",
                                    "client_id",
                                    id,
                                    "client_secret",
                                    secret,
                                    "scope",
                                    "read write"))
                    .json()
                    .get("access_token")
                    .asText();
            var started = s.app().webSessions().start(actor.id(), "Firefox", "10.0.0." + (n % 250 + 1));
            PageClient page = new PageClient(s);
            page.cookies().put("rapport", started.cookieValue());
            return new Fixture(
                    s,
                    n,
                    actor,
                    target,
                    own,
                    theirs,
                    circle,
                    id,
                    secret,
                    appToken,
                    page,
                    started.session().csrfToken(),
                    postgres);
        }

        String path(Route r) {
            String p = r.path();
            String id;
            if (p.contains("/circles/{id}")) id = circle;
            else if (p.contains("/statuses/{id}")) {
                boolean mine = r.method().equals("PUT")
                        || p.endsWith("/edit")
                        || p.endsWith("/delete")
                        || p.endsWith("/pin")
                        || p.endsWith("/unpin");
                id = mine ? ownStatus : targetStatus;
            } else if (p.contains("/settings/sessions/{id}") || p.contains("/settings/tokens/{id}")) id = "999999";
            else id = target.idString();
            // Other parameters (a hashtag, an emoji, a group key) get one plain word: every encoding alike.
            return p.replace("{id}", id).replaceAll("\\{[a-z_]+}", "encodings");
        }

        String fill(String v) {
            return v.replace("{n}", Integer.toString(n))
                    .replace("{client_id}", clientId)
                    .replace("{client_secret}", clientSecret)
                    .replace("{app_token}", appToken)
                    .replace("{status}", targetStatus)
                    .replace("{target}", target.idString())
                    .replace("{handle}", actor.handle());
        }

        /** What was stored: the number of rows in every table, and the acting account as it reads itself. */
        Map<String, Object> snapshot() {
            Map<String, Object> out = new TreeMap<>();
            String list = !postgres
                    ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
            server.app().db().read(h -> {
                for (String t : h.createQuery(list).mapTo(String.class).list()) {
                    if (t.startsWith("flyway") || t.startsWith("sqlite_")) continue;
                    // The outbox's marks and positions are moved by the 30-second catch-up on its own clock,
                    // not by the request: counting them compares timing, not what an encoding stored.
                    if (t.equals("outbox_done") || t.equals("outbox_consumers")) continue;
                    out.put(
                            t,
                            h.createQuery("SELECT COUNT(*) FROM " + t)
                                    .mapTo(Long.class)
                                    .one());
                }
                return null;
            });
            Http.Res self = server.http().get("/api/v1/accounts/verify_credentials", actor.token());
            out.put("self", self.status() + " " + mask(this, self.body()));
            return out;
        }
    }

    private static Http.Res send(Fixture f, Route route, Sample sample, String encoding) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        sample.pairs().forEach(e -> fields.add(Map.entry(e.getKey(), f.fill(e.getValue()))));
        String token = route.key().equals("POST /api/v1/accounts")
                ? f.appToken()
                : f.actor().token();
        String path = f.path(route);
        if (route.page()) {
            fields.add(0, Map.entry("_csrf", f.csrf()));
            PageClient client = f.page();
            if (route.path().equals("/auth/sign_in") || route.path().equals("/auth/sign_up")) {
                client = new PageClient(f.server());
                fields.set(
                        0,
                        Map.entry(
                                "_csrf",
                                PageClient.csrf(client.get("/auth/sign_in").body())));
            }
            // Browsers send pages no JSON: the first server gets a url-encoded form too, so that all three
            // servers go through the same steps.
            if (!encoding.equals("multipart")) {
                return client.send(
                        route.method(),
                        path,
                        "application/x-www-form-urlencoded",
                        form(fields).getBytes(StandardCharsets.UTF_8));
            }
            Multipart m = Multipart.of(fields);
            return client.send(route.method(), path, m.contentType(), m.body());
        }
        return switch (encoding) {
            case "json" ->
                f.server()
                        .http()
                        .sendBytes(
                                route.method(),
                                path,
                                token,
                                "application/json",
                                Http.toJson(json(fields)).getBytes(StandardCharsets.UTF_8),
                                Map.of());
            case "form" ->
                f.server()
                        .http()
                        .sendBytes(
                                route.method(),
                                path,
                                token,
                                "application/x-www-form-urlencoded",
                                form(fields).getBytes(StandardCharsets.UTF_8),
                                Map.of());
            default -> {
                Multipart m = Multipart.of(fields);
                yield f.server().http().sendBytes(route.method(), path, token, m.contentType(), m.body(), Map.of());
            }
        };
    }

    private static String form(List<Map.Entry<String, String>> fields) {
        StringBuilder b = new StringBuilder();
        for (var e : fields) {
            if (b.length() > 0) b.append('&');
            b.append(java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** The JSON a client would send for the same fields: nested objects, real lists and booleans. */
    static ObjectNode json(List<Map.Entry<String, String>> fields) {
        ObjectNode root = MAPPER.createObjectNode();
        Pattern seg = Pattern.compile("\\[([^\\]]*)]");
        for (var e : fields) {
            String key = e.getKey();
            int open = key.indexOf('[');
            List<String> path = new ArrayList<>();
            path.add(open < 0 ? key : key.substring(0, open));
            if (open >= 0) {
                Matcher m = seg.matcher(key.substring(open));
                while (m.find()) path.add(m.group(1));
            }
            ObjectNode at = root;
            for (int i = 0; i < path.size() - 1; i++) {
                String next = path.get(i + 1);
                if (next.isEmpty() || next.matches("\\d+")) {
                    ArrayNode list = at.has(path.get(i)) ? (ArrayNode) at.get(path.get(i)) : at.putArray(path.get(i));
                    if (i + 1 == path.size() - 1) {
                        list.add(value(e.getValue()));
                        at = null;
                        break;
                    }
                    int index = Integer.parseInt(next);
                    while (list.size() <= index) list.addObject();
                    at = (ObjectNode) list.get(index);
                    i++;
                    if (i == path.size() - 1) break;
                    continue;
                }
                at = at.has(path.get(i)) ? (ObjectNode) at.get(path.get(i)) : at.putObject(path.get(i));
            }
            if (at != null) at.set(path.get(path.size() - 1), value(e.getValue()));
        }
        return root;
    }

    private static JsonNode value(String v) {
        if (v.equals("true") || v.equals("false"))
            return MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(v));
        return MAPPER.getNodeFactory().textNode(v);
    }

    private static String mask(Fixture f, String s) {
        if (s == null) return null;
        return s.replace(f.clientId(), "<client_id>")
                .replace(f.clientSecret(), "<client_secret>")
                .replace(f.csrf(), "<csrf>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z?", "<time>")
                // A page shows the time to the minute, which may turn between two encodings' requests.
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d", "<minute>")
                .replaceAll("\\d{5,}", "<id>")
                .replaceAll("\"(access_token|client_id|client_secret|vapid_key)\":\"[^\"]*\"", "\"$1\":\"<secret>\"")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"<csrf>\"");
    }
}
