package social.rapport.push;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.account.RevokeToken;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.PushReceiver;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

@RapportServer
class PushTest {
    static final String PATH = "/api/v1/push/subscription";

    TestClock clock = new TestClock(Instant.now());
    TestServer server;
    Http http;
    PushReceiver device;
    @Person
    User ana, ben, cleo;

    @BeforeEach
    void start() throws Exception {
        String key = http.get("/api/v2/instance")
                .json()
                .at("/configuration/vapid/public_key")
                .asText();
        device = new PushReceiver(key);
    }

    @AfterEach
    void stop() {
        device.close();
    }

    Map<String, Object> subscription(Map<String, Object> alerts, String policy) {
        return subscription(alerts, policy, null);
    }

    /** `standard` null leaves it out, as apps written before Mastodon asked for it do. */
    Map<String, Object> subscription(Map<String, Object> alerts, String policy, Boolean standard) {
        Map<String, Object> sub =
                map("endpoint", device.endpoint(), "keys", map("p256dh", device.p256dh(), "auth", device.auth()));
        if (standard != null) sub.put("standard", standard);
        return map(
                "subscription",
                sub,
                "data",
                policy == null ? map("alerts", alerts) : map("alerts", alerts, "policy", policy));
    }

    JsonNode subscribe(User u, Map<String, Object> alerts, String policy) {
        Http.Res r = http.postJson(PATH, u.token(), subscription(alerts, policy));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    JsonNode post(User u, Object... kv) {
        Http.Res r = http.postJson("/api/v1/statuses", u.token(), map(kv));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** A follow that is pushed, after which anything queued before it has been sent too. */
    void followAsSentinel(User who, int hits) throws Exception {
        server.app().relations().followAccount().follow(who.id(), ana.id(), null);
        device.awaitHits(hits);
    }

    long rows(String table) {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Long.class)
                        .one());
    }

    int attempts() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COALESCE(MAX(attempts), 0) FROM push_deliveries")
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void a_mention_arrives_encrypted_and_signed_with_mastodons_payload() throws Exception {
        Http.Res subscribed =
                http.postJson(PATH, ana.token(), subscription(map("mention", true, "follow", true), null, true));
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);
        JsonNode entity = subscribed.json();
        assertThat(entity.get("standard").asBoolean()).isTrue();
        assertThat(entity.get("endpoint").asText()).isEqualTo(device.endpoint());
        assertThat(entity.get("policy").asText()).isEqualTo("all");
        assertThat(entity.at("/alerts/mention").asBoolean()).isTrue();
        assertThat(entity.at("/alerts/favourite").asBoolean()).isFalse();
        assertThat(entity.has("admin.sign_up") || entity.get("alerts").has("admin.sign_up"))
                .isTrue();
        String key = entity.get("server_key").asText();
        JsonNode app = http.postJson(
                        "/api/v1/apps",
                        null,
                        map(
                                "client_name",
                                "pusher",
                                "redirect_uris",
                                "urn:ietf:wg:oauth:2.0:oob",
                                "scopes",
                                "read push"))
                .json();
        assertThat(app.get("vapid_key").asText()).isEqualTo(key);

        JsonNode status = post(ben, "status", "hello @ana <b>&</b>");
        device.awaitHits(1);
        List<PushReceiver.Message> got = device.received();
        assertThat(got).hasSize(1);
        PushReceiver.Message m = got.get(0);
        assertThat(m.encoding()).isEqualTo("aes128gcm");
        assertThat(m.ttl()).isNotBlank();
        assertThat(m.urgency()).isEqualTo("normal");
        JsonNode p = m.payload();
        JsonNode listed = http.get("/api/v1/notifications", ana.token()).json().get(0);
        assertThat(p.get("notification_id").asText()).isEqualTo(listed.get("id").asText());
        assertThat(p.get("notification_type").asText()).isEqualTo("mention");
        assertThat(p.get("access_token").asText()).isEqualTo(ana.token());
        assertThat(p.get("preferred_locale").asText()).isNotBlank();
        assertThat(p.get("icon").asText())
                .isEqualTo(listed.at("/account/avatar").asText());
        assertThat(p.get("title").asText()).contains("ben").contains("mentioned you");
        assertThat(p.get("body").asText()).contains("hello").contains("<b>&</b>");
        assertThat(listed.at("/status/id").asText()).isEqualTo(status.get("id").asText());
        assertThat(fieldNames(p))
                .containsExactlyInAnyOrder(
                        "access_token",
                        "preferred_locale",
                        "notification_id",
                        "notification_type",
                        "icon",
                        "title",
                        "body");
    }

    @Test
    void an_app_that_does_not_ask_for_the_standard_gets_the_older_aesgcm_messages_as_from_mastodon() throws Exception {
        JsonNode entity = subscribe(ana, map("mention", true), null);
        assertThat(entity.get("standard").asBoolean()).isFalse();
        post(ben, "status", "older apps @ana");
        device.awaitHits(1);
        PushReceiver.Message m = device.received().get(0);
        assertThat(m.encoding()).isEqualTo("aesgcm");
        assertThat(m.payload().get("notification_type").asText()).isEqualTo("mention");
        assertThat(m.payload().get("body").asText()).contains("older apps");

        Map<String, Object> odd = subscription(map("mention", true), null, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> sub = (Map<String, Object>) odd.get("subscription");
        sub.put("standard", "perhaps");
        Http.Res refused = http.postJson(PATH, ben.token(), odd);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(http.get(PATH, ben.token()).status()).isEqualTo(404);
    }

    static List<String> fieldNames(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void an_alert_that_is_off_sends_nothing() throws Exception {
        subscribe(ana, map("mention", false, "follow", true), null);
        post(ben, "status", "hello @ana");
        followAsSentinel(cleo, 1);
        assertThat(device.received()).hasSize(1);
        assertThat(device.received().get(0).payload().get("notification_type").asText())
                .isEqualTo("follow");
    }

    @Test
    void policy_followed_sends_only_what_comes_from_accounts_one_follows() throws Exception {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        subscribe(ana, map("mention", true), "followed");
        post(cleo, "status", "from a stranger @ana");
        post(ben, "status", "from a friend @ana");
        device.awaitHits(1);
        Thread.sleep(1500);
        assertThat(device.received()).hasSize(1);
        assertThat(device.received().get(0).payload().get("body").asText()).contains("from a friend");
    }

    @Test
    void policy_none_sends_nothing() throws Exception {
        subscribe(ana, map("mention", true, "follow", true), "none");
        post(ben, "status", "hello @ana");
        server.app().relations().followAccount().follow(cleo.id(), ana.id(), null);
        Thread.sleep(1500);
        assertThat(device.hits()).isZero();
    }

    @Test
    void a_followers_only_post_never_reaches_someone_who_may_not_see_it() throws Exception {
        subscribe(ana, map("mention", true, "follow", true), null);
        JsonNode hidden = post(ben, "status", "for my followers only @ana", "visibility", "private");
        assertThat(http.get("/api/v1/statuses/" + hidden.get("id").asText(), ana.token())
                        .status())
                .isEqualTo(404);
        followAsSentinel(cleo, 1);
        assertThat(device.received()).hasSize(1);
        assertThat(device.received().get(0).payload().toString()).doesNotContain("followers only");
    }

    @Test
    void a_gone_endpoint_ends_the_subscription() throws Exception {
        subscribe(ana, map("mention", true), null);
        device.answer(410);
        post(ben, "status", "hello @ana");
        device.awaitHits(1);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rows("push_subscriptions") > 0 && System.nanoTime() < end) Thread.sleep(20);
        assertThat(http.get(PATH, ana.token()).status()).isEqualTo(404);
        assertThat(rows("push_subscriptions")).isZero();
        assertThat(rows("push_deliveries")).isZero();
    }

    @Test
    void a_failing_push_service_is_tried_again_later() throws Exception {
        subscribe(ana, map("mention", true), null);
        device.answer(503);
        post(ben, "status", "hello @ana");
        device.awaitHits(1);
        Thread.sleep(1000);
        assertThat(device.hits()).isEqualTo(1);
        assertThat(rows("push_deliveries")).isEqualTo(1);
        clock.advance(PushSender.FIRST_RETRY.plusSeconds(1));
        device.awaitHits(2);
        assertThat(device.received()).hasSize(1);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rows("push_deliveries") > 0 && System.nanoTime() < end) Thread.sleep(20);
        assertThat(rows("push_deliveries")).isZero();
        assertThat(http.get(PATH, ana.token()).status()).isEqualTo(200);
    }

    @Test
    void a_restart_between_notification_and_delivery_still_delivers_exactly_once() throws Exception {
        subscribe(ana, map("mention", true), null);
        server.app().db().outbox().hold(true);
        post(ben, "status", "hello @ana");
        Thread.sleep(700);
        assertThat(device.hits()).isZero();
        server.restart();
        device.awaitHits(1);
        Thread.sleep(1500);
        assertThat(device.received()).hasSize(1);
        assertThat(device.received().get(0).payload().get("notification_type").asText())
                .isEqualTo("mention");
    }

    @Test
    void a_queued_message_survives_a_restart_and_is_sent_once() throws Exception {
        subscribe(ana, map("mention", true), null);
        device.answer(503);
        post(ben, "status", "hello @ana");
        device.awaitHits(1);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (attempts() < 1 && System.nanoTime() < end) Thread.sleep(20);
        server.restart();
        clock.advance(PushSender.FIRST_RETRY.plusSeconds(1));
        device.awaitHits(2);
        Thread.sleep(1500);
        assertThat(device.hits()).isEqualTo(2);
        assertThat(device.received()).hasSize(1);
    }

    @Test
    void a_form_body_subscribes_like_json_and_put_and_delete_change_it() throws Exception {
        Http.Res r = http.postForm(
                PATH,
                ana.token(),
                map(
                                "subscription[endpoint]",
                                device.endpoint(),
                                "subscription[keys][p256dh]",
                                device.p256dh(),
                                "subscription[keys][auth]",
                                device.auth(),
                                "data[alerts][follow]",
                                "true",
                                "data[alerts][admin.sign_up]",
                                "1",
                                "data[policy]",
                                "follower")
                        .entrySet()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (String) e.getValue())));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/alerts/follow").asBoolean()).isTrue();
        assertThat(r.json().get("alerts").get("admin.sign_up").asBoolean()).isTrue();
        assertThat(r.json().get("policy").asText()).isEqualTo("follower");

        Http.Res put =
                http.putJson(PATH, ana.token(), map("data", map("alerts", map("mention", true), "policy", "all")));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().at("/alerts/mention").asBoolean()).isTrue();
        assertThat(put.json().at("/alerts/follow").asBoolean()).isTrue();
        assertThat(put.json().get("policy").asText()).isEqualTo("all");
        assertThat(http.get(PATH, ana.token()).json()).isEqualTo(put.json());

        // Subscribing again replaces: still one subscription for the token.
        subscribe(ana, map("reblog", true), null);
        assertThat(rows("push_subscriptions")).isEqualTo(1);
        assertThat(http.get(PATH, ana.token()).json().at("/alerts/follow").asBoolean())
                .isFalse();

        assertThat(http.delete(PATH, ana.token()).status()).isEqualTo(200);
        assertThat(http.get(PATH, ana.token()).status()).isEqualTo(404);
        assertThat(http.putJson(PATH, ana.token(), map("data", map("policy", "all")))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void bad_input_is_refused_and_changes_nothing() throws Exception {
        JsonNode before = subscribe(ana, map("mention", true), null);
        String goodKey = device.p256dh();
        List<Map<String, Object>> bad = List.of(
                map("subscription", map("endpoint", "http://push.example.com/x", "keys", keys(goodKey, device.auth()))),
                map("subscription", map("endpoint", "https://10.0.0.7/x", "keys", keys(goodKey, device.auth()))),
                map("subscription", map("endpoint", "https://169.254.169.254/x", "keys", keys(goodKey, device.auth()))),
                map("subscription", map("endpoint", "ftp://push.example.com/x", "keys", keys(goodKey, device.auth()))),
                map("subscription", map("endpoint", "not a url", "keys", keys(goodKey, device.auth()))),
                map("subscription", map("keys", keys(goodKey, device.auth()))),
                map("subscription", map("endpoint", device.endpoint(), "keys", keys("AAAA", device.auth()))),
                map("subscription", map("endpoint", device.endpoint(), "keys", keys(offCurve(), device.auth()))),
                map("subscription", map("endpoint", device.endpoint(), "keys", keys(goodKey, "c2hvcnQ"))),
                map("subscription", map("endpoint", device.endpoint(), "keys", keys(goodKey, null))),
                map("subscription", "a string"),
                map(
                        "subscription",
                        map("endpoint", device.endpoint(), "keys", keys(goodKey, device.auth())),
                        "data",
                        map("policy", "everyone")),
                map(
                        "subscription",
                        map("endpoint", device.endpoint(), "keys", keys(goodKey, device.auth())),
                        "data",
                        map("alerts", map("mention", "perhaps"))),
                map(
                        "subscription",
                        map("endpoint", device.endpoint(), "keys", keys(goodKey, device.auth())),
                        "data",
                        map("alerts", "all")));
        for (Map<String, Object> body : bad) {
            Http.Res r = http.postJson(PATH, ana.token(), body);
            assertThat(r.status()).as(body + " " + r).isBetween(400, 499);
            assertThat(http.get(PATH, ana.token()).json()).as(body.toString()).isEqualTo(before);
        }
        Http.Res put = http.putJson(PATH, ana.token(), map("data", map("policy", "sometimes")));
        assertThat(put.status()).isEqualTo(422);
        Http.Res putAlerts = http.putJson(PATH, ana.token(), map("data", map("alerts", map("follow", map()))));
        assertThat(putAlerts.status()).isEqualTo(422);
        assertThat(http.get(PATH, ana.token()).json()).isEqualTo(before);
        assertThat(rows("push_subscriptions")).isEqualTo(1);
    }

    static Map<String, Object> keys(String p256dh, String auth) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("p256dh", p256dh);
        m.put("auth", auth);
        return m;
    }

    /** 65 bytes in the right form, but no point of the curve. */
    static String offCurve() {
        byte[] b = new byte[65];
        b[0] = 4;
        b[64] = 1;
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Test
    void the_push_scope_is_required() {
        String readWrite = server.app()
                .tokens()
                .issue(null, ana.id(), Set.of("read", "write", "follow"))
                .token();
        Map<String, Object> body = subscription(map("mention", true), null);
        assertThat(http.postJson(PATH, readWrite, body).status()).isEqualTo(403);
        assertThat(http.get(PATH, readWrite).status()).isEqualTo(403);
        assertThat(http.putJson(PATH, readWrite, map("data", map("policy", "all")))
                        .status())
                .isEqualTo(403);
        assertThat(http.delete(PATH, readWrite).status()).isEqualTo(403);
        assertThat(http.postJson(PATH, null, body).status()).isEqualTo(401);
        assertThat(http.get(PATH).status()).isEqualTo(401);
        assertThat(rows("push_subscriptions")).isZero();
    }

    @Test
    void a_revoked_token_takes_its_subscription_with_it() throws Exception {
        var issued = server.app().tokens().issue(null, ana.id(), Set.of("push"));
        Http.Res r = http.postJson(PATH, issued.token(), subscription(map("mention", true), null));
        assertThat(r.status()).isEqualTo(200);
        subscribe(ana, map("mention", true), null);
        assertThat(rows("push_subscriptions")).isEqualTo(2);
        new RevokeToken(server.app().db(), server.app().tokens()).revoke(ana.id(), issued.id());
        assertThat(rows("push_subscriptions")).isEqualTo(1);
        post(ben, "status", "hello @ana");
        device.awaitHits(1);
        Thread.sleep(1000);
        assertThat(device.received()).hasSize(1);
        assertThat(device.received().get(0).payload().get("access_token").asText())
                .isEqualTo(ana.token());
    }

    @Test
    void changing_the_password_or_deleting_the_account_removes_the_subscriptions() throws Exception {
        var other = server.app().tokens().issue(null, ana.id(), Set.of("push"));
        assertThat(http.postJson(PATH, other.token(), subscription(map("mention", true), null))
                        .status())
                .isEqualTo(200);
        subscribe(ana, map("mention", true), null);
        subscribe(ben, map("mention", true), null);
        assertThat(rows("push_subscriptions")).isEqualTo(3);
        String changed = "another long test password 43";
        server.app().changePassword().change(ana.id(), TestUsers.PASSWORD, changed, 0, other.id(), "127.0.0.1");
        assertThat(rows("push_subscriptions")).isEqualTo(2);
        assertThat(http.get(PATH, other.token()).status()).isEqualTo(200);
        server.app().deleteAccount().delete(ana.id(), changed, "127.0.0.1");
        assertThat(rows("push_subscriptions")).isEqualTo(1);
        assertThat(http.get(PATH, ben.token()).status()).isEqualTo(200);
    }

    @Test
    void a_message_waiting_for_an_account_suspended_since_is_not_sent() throws Exception {
        subscribe(ana, map("follow", true), null);
        device.answer(503);
        server.app().relations().followAccount().follow(cleo.id(), ana.id(), null);
        device.awaitHits(1);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (attempts() < 1 && System.nanoTime() < end) Thread.sleep(20);
        User mod = TestUsers.create(server.app(), "mod", "admin");
        new social.rapport.account.SuspendAccount(
                        server.app().db(), server.app().accounts())
                .suspend(mod.id(), ana.id());
        clock.advance(PushSender.FIRST_RETRY.plusSeconds(1));
        end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rows("push_deliveries") > 0 && System.nanoTime() < end) Thread.sleep(20);
        assertThat(rows("push_deliveries")).isZero();
        assertThat(device.hits()).isEqualTo(1);
        assertThat(device.received()).isEmpty();
    }

    @Test
    void a_multipart_body_subscribes_too() throws Exception {
        social.rapport.testing.Multipart form = social.rapport.testing.Multipart.of(List.of())
                .field("subscription[endpoint]", device.endpoint())
                .field("subscription[keys][p256dh]", device.p256dh())
                .field("subscription[keys][auth]", device.auth())
                .field("data[alerts][mention]", "true")
                .field("data[policy]", "followed");
        Http.Res r = http.sendBytes("POST", PATH, ana.token(), form.contentType(), form.body(), Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/alerts/mention").asBoolean()).isTrue();
        assertThat(r.json().get("policy").asText()).isEqualTo("followed");
        assertThat(http.get(PATH, ana.token()).json()).isEqualTo(r.json());
    }
}
