package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.relation.RelationServices;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestUsers.User;

@RapportServer
class NotificationRequestsTest {
    Scene scene;
    Http http;
    RelationServices rel;

    @Person
    User ana, ben, cleo, dan;

    @BeforeEach
    void ben_filters_people_he_does_not_follow() {
        assertThat(http.patchJson("/api/v2/notifications/policy", ben.token(), map("for_not_following", "filter"))
                        .status())
                .isEqualTo(200);
    }

    String mention(User from, String text) {
        return scene.postJson(from, "status", text + " @ben", "visibility", "public")
                .get("id")
                .asText();
    }

    JsonNode requests() {
        Http.Res r = http.get("/api/v1/notifications/requests", ben.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    List<String> mentionsFrom(User u) {
        List<String> out = new ArrayList<>();
        http.get("/api/v1/notifications", u.token())
                .json()
                .forEach(n -> out.add(n.get("account").get("username").asText()));
        return out;
    }

    JsonNode summary() {
        return http.get("/api/v2/notifications/policy", ben.token()).json().get("summary");
    }

    @Test
    void each_stranger_is_one_request_and_accepting_lets_them_through_from_then_on() {
        mention(ana, "one");
        String newest = mention(ana, "two");
        mention(cleo, "hello");
        JsonNode list = requests();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("account").get("username").asText()).isEqualTo("cleo");
        JsonNode fromAna = list.get(1);
        assertThat(fromAna.get("notifications_count").asText()).isEqualTo("2");
        assertThat(fromAna.get("last_status").get("id").asText()).isEqualTo(newest);
        assertThat(fromAna.get("created_at").asText()).endsWith("Z");
        String anaRequest = fromAna.get("id").asText();
        String cleoRequest = list.get(0).get("id").asText();
        assertThat(http.get("/api/v1/notifications/requests/" + anaRequest, ben.token())
                        .json()
                        .get("notifications_count")
                        .asText())
                .isEqualTo("2");
        assertThat(summary().get("pending_requests_count").asInt()).isEqualTo(2);
        assertThat(summary().get("pending_notifications_count").asInt()).isEqualTo(3);
        assertThat(mentionsFrom(ben)).isEmpty();

        assertThat(http.post("/api/v1/notifications/requests/" + anaRequest + "/accept", ben.token())
                        .status())
                .isEqualTo(200);
        assertThat(mentionsFrom(ben)).containsExactly("ana", "ana");
        mention(ana, "three");
        assertThat(mentionsFrom(ben)).containsExactly("ana", "ana", "ana");
        assertThat(requests()).hasSize(1);
        assertThat(http.get("/api/v1/notifications/requests/" + anaRequest, ben.token())
                        .status())
                .isEqualTo(404);

        assertThat(http.post("/api/v1/notifications/requests/" + cleoRequest + "/dismiss", ben.token())
                        .status())
                .isEqualTo(200);
        assertThat(requests()).isEmpty();
        assertThat(summary().get("pending_notifications_count").asInt()).isEqualTo(0);
        mention(cleo, "again");
        assertThat(requests()).hasSize(1);
        assertThat(mentionsFrom(ben)).containsExactly("ana", "ana", "ana");
        assertThat(http.get("/api/v1/notifications/requests/merged", ben.token())
                        .json()
                        .get("merged")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void a_request_shows_only_posts_ben_may_see_and_is_missing_when_none_is_left() {
        long family = scene.circle(dan.id(), "Family");
        scene.putInCircle(dan.id(), "Family", ben.id());
        String open = mention(dan, "open");
        scene.postJson(dan, "status", "family only @ben", "audience", List.of("circle:" + family));
        long cleoFamily = scene.circle(cleo.id(), "Family");
        scene.putInCircle(cleo.id(), "Family", ben.id());
        scene.postJson(cleo, "status", "secret @ben", "audience", List.of("circle:" + cleoFamily));
        assertThat(requests()).hasSize(2);
        String cleoRequest = requests().get(0).get("id").asText();

        rel.removeFromCircle().remove(dan.id(), family, List.of(ben.id()));
        rel.removeFromCircle().remove(cleo.id(), cleoFamily, List.of(ben.id()));
        JsonNode list = requests();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("account").get("username").asText()).isEqualTo("dan");
        assertThat(list.get(0).get("notifications_count").asText()).isEqualTo("1");
        assertThat(list.get(0).get("last_status").get("id").asText()).isEqualTo(open);
        assertThat(summary().get("pending_notifications_count").asInt()).isEqualTo(1);
        for (String path : List.of("", "/accept", "/dismiss")) {
            Http.Res r = path.isEmpty()
                    ? http.get("/api/v1/notifications/requests/" + cleoRequest, ben.token())
                    : http.post("/api/v1/notifications/requests/" + cleoRequest + path, ben.token());
            assertThat(r.status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void someone_elses_request_is_missing_and_bulk_forms_check_their_input() {
        mention(ana, "one");
        mention(cleo, "two");
        JsonNode list = requests();
        String first = list.get(0).get("id").asText();
        String second = list.get(1).get("id").asText();
        assertThat(http.get("/api/v1/notifications/requests/" + first, dan.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/notifications/requests/" + first + "/accept", dan.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/notifications/requests/nope", ben.token()).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/notifications/requests").status()).isEqualTo(401);
        assertThat(http.postJson("/api/v1/notifications/requests/accept", ben.token(), map())
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/notifications/requests/accept", ben.token(), map("id", List.of(first, "abc")))
                        .status())
                .isEqualTo(422);
        assertThat(requests()).hasSize(2);
        assertThat(http.postJson("/api/v1/notifications/requests/dismiss", dan.token(), map("id", List.of(first)))
                        .status())
                .isEqualTo(200);
        assertThat(requests()).hasSize(2);
        assertThat(http.postJson(
                                "/api/v1/notifications/requests/accept", ben.token(), map("id", List.of(first, second)))
                        .status())
                .isEqualTo(200);
        assertThat(requests()).isEmpty();
        assertThat(mentionsFrom(ben)).containsExactlyInAnyOrder("ana", "cleo");
    }
}
