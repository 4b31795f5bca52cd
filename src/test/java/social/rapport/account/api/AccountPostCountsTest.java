package social.rapport.account.api;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * An account's statuses_count and last_status_at tell of exactly the posts the viewer is shown on
 * the profile, no more; and an introduction names only its owner's posts the viewer may see.
 */
@RapportServer
class AccountPostCountsTest {
    TestServer server;
    Http http;
    @Person
    User ana, bob, cal;

    private String post(User u, String text, String visibility) {
        Http.Res r = http.postJson("/api/v1/statuses", u.token(), map("status", text, "visibility", visibility));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    private JsonNode account(User who, String token) {
        Http.Res r = http.get("/api/v1/accounts/" + who.id(), token);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private int profileLength(User who, String token) {
        return http.get("/api/v1/accounts/" + who.id() + "/statuses?limit=40", token)
                .json()
                .size();
    }

    @Test
    void statuses_count_and_last_status_at_count_only_what_the_viewer_is_shown() {
        assertThat(account(ana, null).get("statuses_count").asInt()).isZero();
        assertThat(account(ana, null).get("last_status_at").isNull()).isTrue();
        assertThat(http.post("/api/v1/accounts/" + ana.id() + "/follow", bob.token())
                        .status())
                .isEqualTo(200);
        post(ana, "Hello all", "public");
        post(ana, "For my followers", "private");
        String cals = post(cal, "Cal says hi", "public");
        assertThat(http.post("/api/v1/statuses/" + cals + "/reblog", ana.token())
                        .status())
                .isEqualTo(200);
        post(cal, "Cal to followers", "private");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (User viewer : new User[] {null, ana, bob, cal}) {
            String token = viewer == null ? null : viewer.token();
            JsonNode a = account(ana, token);
            assertThat(a.get("statuses_count").asInt()).as("seen by %s", viewer).isEqualTo(profileLength(ana, token));
            assertThat(a.get("last_status_at").asText()).isEqualTo(today);
        }
        assertThat(account(ana, null).get("statuses_count").asInt()).isEqualTo(2);
        assertThat(account(ana, bob.token()).get("statuses_count").asInt()).isEqualTo(3);
        assertThat(account(ana, ana.token()).get("statuses_count").asInt()).isEqualTo(3);
        // Through lookup, verify_credentials and a follower list, the same numbers.
        assertThat(http.get("/api/v1/accounts/lookup?acct=ana")
                        .json()
                        .get("statuses_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(http.get("/api/v1/accounts/verify_credentials", ana.token())
                        .json()
                        .get("statuses_count")
                        .asInt())
                .isEqualTo(3);
        JsonNode followed = http.get("/api/v1/accounts/" + bob.id() + "/following", cal.token())
                .json();
        assertThat(followed.get(0).get("statuses_count").asInt()).isEqualTo(2);
        // A post the viewer may not see never dates the account either.
        assertThat(account(cal, null).get("statuses_count").asInt()).isEqualTo(1);
        assertThat(http.delete("/api/v1/statuses/" + cals, cal.token()).status())
                .isEqualTo(200);
        assertThat(account(cal, null).get("statuses_count").asInt()).isZero();
        assertThat(account(cal, null).get("last_status_at").isNull()).isTrue();
        assertThat(account(cal, cal.token()).get("statuses_count").asInt()).isEqualTo(1);
        // Cal's reblogged post is gone, and the reblog with it.
        assertThat(account(ana, bob.token()).get("statuses_count").asInt()).isEqualTo(2);
    }

    @Test
    void an_introduction_takes_only_the_owners_posts_and_shows_each_only_to_who_may_see_it() {
        String open = post(ana, "Open day at the workshop", "public");
        String close = post(ana, "Only for followers", "private");
        String cals = post(cal, "Cal's post", "public");
        Http.Res refused = http.putJson(
                "/api/v1/rapport/introduction", ana.token(), map("text", "Changed", "post_ids", List.of(open, cals)));
        assertThat(refused.status()).isEqualTo(422);
        Http.Res missing = http.putJson(
                "/api/v1/rapport/introduction", ana.token(), map("text", "Changed", "post_ids", List.of("999999999")));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(http.get("/api/v1/rapport/accounts/" + ana.id() + "/introduction")
                        .json()
                        .get("text")
                        .asText())
                .isEmpty();

        assertThat(http.putJson(
                                "/api/v1/rapport/introduction",
                                ana.token(),
                                map("text", "I make chairs", "post_ids", List.of(open, close)))
                        .status())
                .isEqualTo(200);
        assertThat(ids(null)).containsExactly(open);
        assertThat(ids(bob.token())).containsExactly(open);
        assertThat(ids(ana.token())).containsExactly(open, close);
        assertThat(http.post("/api/v1/accounts/" + ana.id() + "/follow", bob.token())
                        .status())
                .isEqualTo(200);
        assertThat(ids(bob.token())).containsExactly(open, close);
        assertThat(http.post("/api/v1/accounts/" + bob.id() + "/block", ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/rapport/accounts/" + ana.id() + "/introduction", bob.token())
                        .status())
                .isEqualTo(404);
    }

    private List<String> ids(String token) {
        List<String> out = new java.util.ArrayList<>();
        http.get("/api/v1/rapport/accounts/" + ana.id() + "/introduction", token)
                .json()
                .get("post_ids")
                .forEach(n -> out.add(n.asText()));
        return out;
    }
}
