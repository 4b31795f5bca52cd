package social.rapport.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.relation.RelationServices;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** The notifications page, the notification filters in settings, and the claims and recommendations inbox. */
@RapportServer
class NotificationPagesTest {
    TestServer server;
    Scene scene;
    Http http;
    RelationServices rel;
    @Person
    User ana, ben, cleo;

    JsonNode post(User u, Object... kv) {
        return scene.postJson(u, kv);
    }

    PageClient signedIn(String login) {
        return scene.signedIn(login);
    }

    int apiCount(User u) {
        return http.get("/api/v1/notifications?limit=40", u.token()).json().size();
    }

    void connect(User a, User b) {
        scene.connect(a, b);
    }

    @Test
    void ben_reads_his_notifications_marks_them_read_dismisses_one_and_clears_the_rest() {
        JsonNode p = post(cleo, "status", "<b>bold</b> hello @ben", "visibility", "public");
        post(ana, "status", "hi @ben", "visibility", "public");
        PageClient b = signedIn("ben");
        Http.Res page = b.get("/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Notifications (2)",
                        "mentioned you",
                        "href=\"/@cleo\"",
                        "href=\"/@cleo/" + p.get("id").asText() + "\"",
                        "&lt;b&gt;bold&lt;/b&gt;",
                        "New</span>")
                .doesNotContain("<b>bold</b>");

        assertThat(b.follow(b.submit("/notifications", "/notifications/read", Map.of()))
                        .body())
                .contains("marked as read")
                .doesNotContain("Notifications (")
                .doesNotContain("New</span>");
        assertThat(http.get("/api/v1/notifications/unread_count", ben.token())
                        .json()
                        .get("count")
                        .asInt())
                .isZero();

        String first = http.get("/api/v1/notifications", ben.token())
                .json()
                .get(0)
                .get("id")
                .asText();
        // Without the CSRF token nothing happens.
        assertThat(b.post("/notifications/" + first + "/dismiss", Map.of()).status())
                .isEqualTo(403);
        assertThat(apiCount(ben)).isEqualTo(2);
        assertThat(b.follow(b.submit("/notifications", "/notifications/" + first + "/dismiss", Map.of()))
                        .body())
                .contains("dismissed");
        assertThat(apiCount(ben)).isEqualTo(1);
        // Someone else's notification, or none at all, is a 404 and changes nothing.
        String anas = post(ben, "status", "@ana look").get("id").asText();
        String anaNote = http.get("/api/v1/notifications", ana.token())
                .json()
                .get(0)
                .get("id")
                .asText();
        assertThat(b.submit("/notifications", "/notifications/" + anaNote + "/dismiss", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(b.submit("/notifications", "/notifications/nope/dismiss", Map.of())
                        .status())
                .isBetween(400, 404);
        assertThat(apiCount(ana)).isEqualTo(1);
        assertThat(anas).isNotBlank();

        assertThat(b.follow(b.submit("/notifications", "/notifications/clear", Map.of()))
                        .body())
                .contains("cleared", "No notifications yet.");
        assertThat(apiCount(ben)).isZero();
    }

    @Test
    void the_page_shows_what_the_api_shows_twenty_at_a_time() {
        for (int i = 0; i < 23; i++) post(ana, "status", "ping " + i + " @ben", "visibility", "public");
        post(cleo, "status", "from cleo @ben", "visibility", "public");
        rel.muteAccount().mute(ben.id(), cleo.id(), true, 0);
        PageClient b = signedIn("ben");
        String first = b.get("/notifications").body();
        assertThat(first)
                .contains("Notifications (23)", "ping 22 ", "Older notifications")
                .doesNotContain("from cleo");
        assertThat(first.split("class=\"notification card").length - 1).isEqualTo(20);
        var m = java.util.regex.Pattern.compile("href=\"(/notifications\\?max_id=\\d+)\"")
                .matcher(first);
        assertThat(m.find()).isTrue();
        String second = b.get(m.group(1)).body();
        assertThat(second.split("class=\"notification card").length - 1).isEqualTo(3);
        assertThat(second).contains("ping 0 ").doesNotContain("Older notifications");
        assertThat(new PageClient(server).get("/notifications").status()).isEqualTo(303);
    }

    @Test
    void ben_filters_notifications_from_strangers_and_finds_them_in_settings() {
        PageClient b = signedIn("ben");
        Http.Res form = b.get("/settings/notifications");
        assertThat(form.body()).contains("People you don't follow", "Nothing was filtered.");
        Http.Res saved = b.submit(
                "/settings/notifications",
                "/settings/notifications",
                Map.of(
                        "for_not_following",
                        "filter",
                        "for_not_followers",
                        "accept",
                        "for_new_accounts",
                        "accept",
                        "for_private_mentions",
                        "drop"));
        assertThat(saved.status()).isEqualTo(303);
        JsonNode policy = http.get("/api/v2/notifications/policy", ben.token()).json();
        assertThat(policy.get("for_not_following").asText()).isEqualTo("filter");
        assertThat(policy.get("for_private_mentions").asText()).isEqualTo("drop");

        post(cleo, "status", "stranger says hi @ben", "visibility", "public");
        assertThat(b.get("/notifications").body()).doesNotContain("stranger says hi");
        assertThat(b.get("/settings/notifications").body())
                .contains("stranger says hi", "Filtered notifications")
                .doesNotContain("Nothing was filtered.");

        Http.Res bad =
                b.submit("/settings/notifications", "/settings/notifications", Map.of("for_not_following", "maybe"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("for_not_following must be accept, filter or drop");
        assertThat(http.get("/api/v2/notifications/policy", ben.token())
                        .json()
                        .get("for_not_following")
                        .asText())
                .isEqualTo("filter");
    }

    @Test
    void ben_answers_a_claim_and_recommendations_in_his_inbox_and_ana_vouches_from_his_profile() {
        connect(ana, ben);
        PageClient a = signedIn("ana");
        assertThat(a.get("/@ben").body()).contains("href=\"/people/" + ben.id() + "/vouch\"");
        Http.Res vouch = a.get("/people/" + ben.id() + "/vouch");
        assertThat(vouch.body()).contains("Make a claim", "Write a recommendation", "We worked together");
        assertThat(a.submit(
                                "/people/" + ben.id() + "/vouch",
                                "/people/" + ben.id() + "/claim",
                                Map.of("kind", "worked_together", "detail", "At the <mill>"))
                        .status())
                .isEqualTo(303);
        assertThat(a.submit(
                                "/people/" + ben.id() + "/vouch",
                                "/people/" + ben.id() + "/recommend",
                                Map.of("text", "Ben is reliable"))
                        .status())
                .isEqualTo(303);
        // Cleo is no connection of ben: her recommendation is refused with the reason, her claim is not.
        PageClient c = signedIn("cleo");
        assertThat(c.get("/people/" + ben.id() + "/vouch").body()).contains("Only your connections");
        Http.Res refused = c.submit(
                "/people/" + ben.id() + "/vouch",
                "/people/" + ben.id() + "/recommend",
                Map.of("text", "I hardly know him"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Only a connection may write a recommendation");
        Http.Res badKind = c.submit(
                "/people/" + ben.id() + "/vouch",
                "/people/" + ben.id() + "/claim",
                Map.of("kind", "married", "detail", ""));
        assertThat(badKind.status()).isEqualTo(422);
        assertThat(c.submit(
                                "/people/" + ben.id() + "/vouch",
                                "/people/" + ben.id() + "/claim",
                                Map.of("kind", "met_in_person", "detail", ""))
                        .status())
                .isEqualTo(303);
        assertThat(c.get("/people/999999/vouch").status()).isEqualTo(404);

        PageClient b = signedIn("ben");
        String inbox = b.get("/inbox").body();
        assertThat(inbox)
                .contains(
                        "says you worked together", "At the &lt;mill&gt;", "says you met in person", "Ben is reliable");
        var claims = rel.whatOthersSay().claimBox(ben.id(), "received");
        long anas = claims.stream()
                .filter(x -> x.author().id() == ana.id())
                .findFirst()
                .orElseThrow()
                .claim()
                .id();
        long cleos = claims.stream()
                .filter(x -> x.author().id() == cleo.id())
                .findFirst()
                .orElseThrow()
                .claim()
                .id();
        assertThat(b.follow(b.submit("/inbox", "/inbox/claims/" + anas + "/confirm", Map.of()))
                        .body())
                .contains("Confirmed");
        assertThat(b.submit("/inbox", "/inbox/claims/" + cleos + "/decline", Map.of())
                        .status())
                .isEqualTo(303);
        assertThat(rel.whatOthersSay().claimsOnProfile(0, ben.id()))
                .extracting(x -> x.author().id())
                .containsExactly(ana.id());

        long rec = rel.whatOthersSay()
                .recommendationBox(ben.id(), "received")
                .get(0)
                .recommendation()
                .id();
        assertThat(b.submit("/inbox", "/inbox/recommendations/" + rec + "/ask_revision", Map.of())
                        .status())
                .isEqualTo(303);
        Http.Res tooLong = a.submit("/inbox", "/inbox/recommendations/" + rec + "/revise", Map.of("text", " "));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("A recommendation needs text");
        assertThat(a.submit(
                                "/inbox",
                                "/inbox/recommendations/" + rec + "/revise",
                                Map.of("text", "Ben is reliable and kind"))
                        .status())
                .isEqualTo(303);
        assertThat(b.submit("/inbox", "/inbox/recommendations/" + rec + "/accept", Map.of())
                        .status())
                .isEqualTo(303);
        assertThat(rel.whatOthersSay().recommendationsOnProfile(0, ben.id()))
                .extracting(x -> x.recommendation().text())
                .containsExactly("Ben is reliable and kind");
        // Only ben answers what is about him.
        assertThat(c.submit("/inbox", "/inbox/recommendations/" + rec + "/hide", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(b.submit("/inbox", "/inbox/recommendations/" + rec + "/hide", Map.of())
                        .status())
                .isEqualTo(303);
        assertThat(rel.whatOthersSay().recommendationsOnProfile(0, ben.id())).isEmpty();
    }
}
