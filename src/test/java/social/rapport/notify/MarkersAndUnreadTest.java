package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.relation.RelationServices;
import social.rapport.status.Cursor;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;
import social.rapport.web.WebServer;

/** Markers, the unread count after the notifications marker, and notifications rendered in one batch. */
@RapportServer
class MarkersAndUnreadTest {
    static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    Scene scene;
    Http http;
    RelationServices rel;
    @Person
    User ana, ben, cleo, dan;

    JsonNode post(User u, Object... kv) {
        return scene.postJson(u, kv);
    }

    JsonNode ok(Http.Res r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    int unread(User u, String query) {
        return ok(http.get("/api/v1/notifications/unread_count" + query, u.token()))
                .get("count")
                .asInt();
    }

    List<String> listIds(User u) {
        List<String> out = new ArrayList<>();
        ok(http.get("/api/v1/notifications?limit=40", u.token()))
                .forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void markers_are_saved_per_timeline_with_a_growing_version_by_json_or_form() {
        assertThat(ok(http.get("/api/v1/markers?timeline[]=home&timeline[]=notifications", ben.token()))
                        .size())
                .isZero();
        JsonNode saved = ok(http.postJson(
                "/api/v1/markers",
                ben.token(),
                map("home", map("last_read_id", "1000"), "notifications", map("last_read_id", "2000"))));
        assertThat(saved.get("home").get("last_read_id").asText()).isEqualTo("1000");
        assertThat(saved.get("home").get("version").asInt()).isEqualTo(1);
        assertThat(saved.get("notifications").get("last_read_id").asText()).isEqualTo("2000");
        assertThat(saved.get("notifications").get("updated_at").asText()).isNotBlank();

        JsonNode again =
                ok(http.postForm("/api/v1/markers", ben.token(), Map.of("notifications[last_read_id]", "2500")));
        assertThat(again.has("home")).isFalse();
        assertThat(again.get("notifications").get("version").asInt()).isEqualTo(2);

        JsonNode both = ok(http.get("/api/v1/markers?timeline[]=home&timeline[]=notifications", ben.token()));
        assertThat(both.get("home").get("last_read_id").asText()).isEqualTo("1000");
        assertThat(both.get("notifications").get("last_read_id").asText()).isEqualTo("2500");
        JsonNode onlyHome = ok(http.get("/api/v1/markers?timeline[]=home", ben.token()));
        assertThat(onlyHome.has("notifications")).isFalse();
        // Markers are each person's own.
        assertThat(ok(http.get("/api/v1/markers?timeline[]=home&timeline[]=notifications", ana.token()))
                        .size())
                .isZero();
    }

    @Test
    void bad_marker_requests_are_refused_clearly_and_change_nothing() {
        ok(http.postJson("/api/v1/markers", ben.token(), map("home", map("last_read_id", "77"))));
        List<Http.Res> bad = List.of(
                http.postJson("/api/v1/markers", ben.token(), map()),
                http.postJson("/api/v1/markers", ben.token(), map("home", map("last_read_id", "abc"))),
                http.postJson("/api/v1/markers", ben.token(), map("home", map("last_read_id", "-5"))),
                http.postJson("/api/v1/markers", ben.token(), map("home", "77")),
                http.postJson("/api/v1/markers", ben.token(), map("home", map("last_read_id", List.of(1)))),
                http.postForm("/api/v1/markers", ben.token(), Map.of("home[last_read_id]", "")),
                http.get("/api/v1/markers?timeline[]=public", ben.token()),
                http.get("/api/v1/notifications/unread_count?limit=0", ben.token()),
                http.get("/api/v1/notifications/unread_count?limit=many", ben.token()));
        for (Http.Res r : bad) {
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.json().has("error")).isTrue();
        }
        assertThat(http.get("/api/v1/markers?timeline[]=home", null).status()).isEqualTo(401);
        assertThat(http.postJson("/api/v1/markers", null, map("home", map("last_read_id", "1")))
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/api/v1/notifications/unread_count", null).status())
                .isEqualTo(401);
        JsonNode home =
                ok(http.get("/api/v1/markers?timeline[]=home", ben.token())).get("home");
        assertThat(home.get("last_read_id").asText()).isEqualTo("77");
        assertThat(home.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void unread_counts_the_visible_notifications_after_the_marker_with_the_lists_filters_and_a_cap() {
        for (int i = 0; i < 3; i++) post(ana, "status", "hello @ben " + i, "visibility", "public");
        post(cleo, "status", "hi @ben", "visibility", "public");
        http.post("/api/v1/statuses/" + post(ben, "status", "mine").get("id").asText() + "/favourite", cleo.token());
        List<String> ids = listIds(ben);
        assertThat(ids).hasSize(5);
        assertThat(unread(ben, "")).isEqualTo(5);
        assertThat(unread(ben, "?types[]=favourite")).isEqualTo(1);
        assertThat(unread(ben, "?exclude_types[]=favourite")).isEqualTo(4);
        // Types this server does not know are ignored, as Mastodon does: asking only for them finds none.
        assertThat(unread(ben, "?types[]=poke")).isZero();
        assertThat(unread(ben, "?types[]=poke&types[]=favourite")).isEqualTo(1);
        assertThat(unread(ben, "?exclude_types[]=poke&exclude_types[]=favourite"))
                .isEqualTo(4);
        assertThat(unread(ben, "?account_id=" + cleo.id())).isEqualTo(2);
        assertThat(unread(ben, "?limit=2")).isEqualTo(2);
        assertThat(unread(ana, "")).isZero();

        // Reading up to the third newest leaves the two newer ones unread.
        ok(http.postJson("/api/v1/markers", ben.token(), map("notifications", map("last_read_id", ids.get(2)))));
        assertThat(unread(ben, "")).isEqualTo(2);

        // Muting cleo hides her notifications from the list, and so from the count.
        ok(http.postJson("/api/v1/markers", ben.token(), map("notifications", map("last_read_id", "1"))));
        rel.muteAccount().mute(ben.id(), cleo.id(), true, 0);
        assertThat(listIds(ben)).hasSize(3);
        assertThat(unread(ben, "")).isEqualTo(3);

        // A notification the policy filtered is not in the list and not unread.
        ok(http.patchJson("/api/v2/notifications/policy", ben.token(), map("for_not_following", "filter")));
        post(dan, "status", "stranger here @ben", "visibility", "public");
        assertThat(listIds(ben)).hasSize(3);
        assertThat(unread(ben, "")).isEqualTo(3);
    }

    @Test
    void the_unread_count_caps_at_the_limit_asked_and_at_most_a_thousand() {
        for (int i = 0; i < 45; i++) post(ana, "status", "ping @ben " + i, "visibility", "public");
        assertThat(unread(ben, "")).isEqualTo(45);
        assertThat(unread(ben, "?limit=41")).isEqualTo(41);
        assertThat(unread(ben, "?limit=5000")).isEqualTo(45);
        assertThat(server.app().notifications().read().unreadCount(ben.id(), ReadNotifications.ALL, 5000))
                .isEqualTo(45);
    }

    @Test
    void a_page_rendered_in_one_batch_says_exactly_what_rendering_each_notification_alone_says() throws Exception {
        rel.followAccount().follow(ben.id(), ana.id(), null);
        JsonNode benPost = post(ben, "status", "my post", "visibility", "public");
        String bp = benPost.get("id").asText();
        post(ana, "status", "hi @ben", "visibility", "public");
        JsonNode gone = post(cleo, "status", "soon gone @ben", "visibility", "public");
        http.post("/api/v1/statuses/" + bp + "/favourite", ana.token());
        http.post("/api/v1/statuses/" + bp + "/reblog", cleo.token());
        post(dan, "status", "from dan @ben", "visibility", "public");
        JsonNode quote = post(ana, "status", "replying @ben", "in_reply_to_id", bp, "visibility", "private");
        rel.followAccount().follow(cleo.id(), ben.id(), null);
        rel.followAccount().follow(dan.id(), ben.id(), null);
        http.delete("/api/v1/statuses/" + gone.get("id").asText(), cleo.token());
        rel.blockAccount().block(ben.id(), dan.id());

        var n = server.app().notifications();
        List<Notification> rows =
                server.app().db().read(h -> n.store().page(h, ben.id(), ReadNotifications.ALL, Cursor.newest(40)));
        String batch = server.app().db().read(h -> json(n.views().render(h, ben.id(), rows)));
        List<NotificationEntity> alone = new ArrayList<>();
        for (Notification row : rows)
            alone.addAll(server.app().db().read(h -> n.views().render(h, ben.id(), List.of(row))));
        assertThat(batch).isEqualTo(json(alone));
        // Dan's notifications are hidden by the block; the rest are shown, the reply's post included.
        JsonNode shown = JSON.readTree(batch);
        List<String> types = new ArrayList<>();
        shown.forEach(x -> types.add(
                x.get("type").asText() + ":" + x.get("account").get("username").asText()));
        assertThat(types).containsExactly("follow:cleo", "mention:ana", "reblog:cleo", "favourite:ana", "mention:ana");
        assertThat(shown.get(0).get("status").isNull()).isTrue();
        assertThat(shown.get(1).get("status").get("id").asText())
                .isEqualTo(quote.get("id").asText());

        // The API pages over the same answers, two at a time, without losing or repeating one.
        List<String> paged = new ArrayList<>();
        String path = "/api/v1/notifications?limit=2";
        for (int i = 0; i < 10 && path != null; i++) {
            Http.Res r = ok2(http.get(path, ben.token()));
            r.json().forEach(x -> paged.add(x.get("id").asText()));
            path = next(r.header("Link"));
        }
        List<String> expected = new ArrayList<>();
        shown.forEach(x -> expected.add(x.get("id").asText()));
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    Http.Res ok2(Http.Res r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    String next(String link) {
        if (link == null) return null;
        var m = java.util.regex.Pattern.compile("<[^>]*(/api/v1/notifications\\?[^>]*)>; rel=\"next\"")
                .matcher(link);
        return m.find() ? m.group(1) : null;
    }

    static String json(Object o) {
        try {
            return WebServer.JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
