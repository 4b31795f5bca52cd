package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.relation.RelationServices;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestUsers.User;

@RapportServer
class GroupedNotificationsTest {
    Scene scene;
    Http http;
    TestClock clock;
    RelationServices rel;

    @Person
    User ana, ben, cleo, dan;

    String post(User u, String text, String visibility) {
        return scene.postJson(u, "status", text, "visibility", visibility)
                .get("id")
                .asText();
    }

    void favourite(User u, String post) {
        assertThat(http.post("/api/v1/statuses/" + post + "/favourite", u.token())
                        .status())
                .isEqualTo(200);
    }

    JsonNode grouped(User u, String query) {
        Http.Res r = http.get("/api/v2/notifications" + query, u.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void favourites_of_one_post_and_follows_group_and_a_mention_stands_alone() {
        String p = post(ana, "big news", "public");
        favourite(ben, p);
        favourite(cleo, p);
        favourite(dan, p);
        scene.follow(ben.id(), ana.id());
        scene.follow(cleo.id(), ana.id());
        String mention = post(dan, "hi @ana", "public");

        JsonNode r = grouped(ana, "");
        JsonNode groups = r.get("notification_groups");
        assertThat(texts(groups, "type")).containsExactly("mention", "follow", "favourite");
        JsonNode mentionGroup = groups.get(0);
        assertThat(mentionGroup.get("group_key").asText())
                .isEqualTo("ungrouped-"
                        + mentionGroup.get("most_recent_notification_id").asText());
        assertThat(mentionGroup.get("status_id").asText()).isEqualTo(mention);
        JsonNode follows = groups.get(1);
        assertThat(follows.get("group_key").asText()).startsWith("follow-");
        assertThat(follows.get("notifications_count").asInt()).isEqualTo(2);
        assertThat(follows.get("sample_account_ids")).hasSize(2);
        JsonNode favs = groups.get(2);
        assertThat(favs.get("group_key").asText()).startsWith("favourite-" + p + "-");
        assertThat(favs.get("notifications_count").asInt()).isEqualTo(3);
        assertThat(favs.get("status_id").asText()).isEqualTo(p);
        List<String> sample = new ArrayList<>();
        favs.get("sample_account_ids").forEach(x -> sample.add(x.asText()));
        assertThat(sample)
                .containsExactly(Integer.toString(dan.id()), Integer.toString(cleo.id()), Integer.toString(ben.id()));
        assertThat(Long.parseLong(favs.get("page_min_id").asText()))
                .isLessThan(Long.parseLong(favs.get("page_max_id").asText()));
        assertThat(favs.get("latest_page_notification_at").asText()).endsWith("Z");
        assertThat(texts(r.get("accounts"), "id"))
                .containsExactlyInAnyOrder(
                        Integer.toString(ben.id()), Integer.toString(cleo.id()), Integer.toString(dan.id()));
        assertThat(texts(r.get("statuses"), "id")).containsExactlyInAnyOrder(p, mention);

        String key = favs.get("group_key").asText();
        JsonNode one = http.get("/api/v2/notifications/" + key, ana.token()).json();
        assertThat(one.get("notification_groups")
                        .get(0)
                        .get("notifications_count")
                        .asInt())
                .isEqualTo(3);
        Http.Res accounts = http.get("/api/v2/notifications/" + key + "/accounts", ana.token());
        assertThat(texts(accounts.json(), "username")).containsExactly("dan", "cleo", "ben");
        assertThat(http.get("/api/v2/notifications/" + key, ben.token()).status())
                .isEqualTo(404);
        assertThat(http.post("/api/v2/notifications/" + key + "/dismiss", ben.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.post("/api/v2/notifications/" + key + "/dismiss", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(texts(grouped(ana, "").get("notification_groups"), "type")).containsExactly("mention", "follow");
        assertThat(http.get("/api/v1/notifications", ana.token()).json()).hasSize(3);
    }

    @Test
    void favourites_twelve_hours_apart_are_two_groups_and_grouped_types_can_turn_grouping_off() {
        String p = post(ana, "slow news", "public");
        favourite(ben, p);
        clock.advance(Duration.ofHours(13));
        favourite(cleo, p);
        favourite(dan, p);
        JsonNode groups = grouped(ana, "").get("notification_groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("notifications_count").asInt()).isEqualTo(2);
        assertThat(groups.get(1).get("notifications_count").asInt()).isEqualTo(1);
        JsonNode apart = grouped(ana, "?grouped_types[]=follow").get("notification_groups");
        assertThat(apart).hasSize(3);
        apart.forEach(g -> assertThat(g.get("group_key").asText()).startsWith("ungrouped-"));
    }

    @Test
    void a_group_shows_only_what_the_plain_list_shows() {
        long family = scene.circle(ana.id(), "Family");
        scene.putInCircle(ana.id(), "Family", ben.id());
        String secret = scene.postJson(ana, "status", "dinner @ben?", "audience", List.of("circle:" + family))
                .get("id")
                .asText();
        String open = post(ben, "open post", "public");
        favourite(cleo, open);
        favourite(dan, open);
        JsonNode before = grouped(ben, "");
        assertThat(texts(before.get("statuses"), "id")).containsExactlyInAnyOrder(secret, open);
        String mentionKey = null;
        for (JsonNode g : before.get("notification_groups"))
            if (g.get("type").asText().equals("mention"))
                mentionKey = g.get("group_key").asText();
        assertThat(mentionKey).startsWith("ungrouped-");

        rel.removeFromCircle().remove(ana.id(), family, List.of(ben.id()));
        rel.muteAccount().mute(ben.id(), dan.id(), true, 0);
        JsonNode after = grouped(ben, "");
        assertThat(texts(after.get("statuses"), "id")).containsExactly(open);
        assertThat(texts(after.get("accounts"), "username")).containsExactly("cleo");
        JsonNode favs = after.get("notification_groups");
        assertThat(favs).hasSize(1);
        assertThat(favs.get(0).get("notifications_count").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v2/notifications/" + mentionKey, ben.token()).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v2/notifications/" + mentionKey + "/accounts", ben.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.post("/api/v2/notifications/" + mentionKey + "/dismiss", ben.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v2/notifications/unread_count", ben.token())
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void pages_end_at_the_limit_of_groups_and_link_to_the_next() {
        post(ben, "one @ana", "public");
        post(cleo, "two @ana", "public");
        post(dan, "three @ana", "public");
        Http.Res first = http.get("/api/v2/notifications?limit=2", ana.token());
        assertThat(first.json().get("notification_groups")).hasSize(2);
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"");
        String next = link.substring(link.indexOf("max_id=") + 7, link.indexOf('>'));
        JsonNode second = grouped(ana, "?limit=2&max_id=" + next);
        assertThat(texts(second.get("accounts"), "username")).containsExactly("ben");
        assertThat(http.get("/api/v2/notifications/unread_count", ana.token())
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void bad_requests_are_refused_and_change_nothing() {
        String p = post(ana, "news", "public");
        favourite(ben, p);
        assertThat(http.get("/api/v2/notifications").status()).isEqualTo(401);
        assertThat(http.get("/api/v2/notifications?limit=0", ana.token()).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v2/notifications?expand_accounts=everything", ana.token())
                        .status())
                .isEqualTo(422);
        assertThat(http.get("/api/v2/notifications/unread_count?limit=0", ana.token())
                        .status())
                .isEqualTo(422);
        for (String key : List.of("nonsense", "favourite-x-1", "ungrouped-0", "follow-", "reblog-1-2-3")) {
            assertThat(http.get("/api/v2/notifications/" + key, ana.token()).status())
                    .as(key)
                    .isEqualTo(404);
            assertThat(http.post("/api/v2/notifications/" + key + "/dismiss", ana.token())
                            .status())
                    .as(key)
                    .isEqualTo(404);
        }
        assertThat(grouped(ana, "").get("notification_groups")).hasSize(1);
    }

    @Test
    void the_instance_announces_api_version_2() {
        assertThat(http.get("/api/v2/instance")
                        .json()
                        .get("api_versions")
                        .get("mastodon")
                        .asInt())
                .isEqualTo(2);
    }
}
