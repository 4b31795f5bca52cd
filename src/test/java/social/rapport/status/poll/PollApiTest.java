package social.rapport.status.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Multipart;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * Polls on posts, as Mastodon apps send and read them: created with the post in every body encoding,
 * shown in the Status entity and by id, voted on once by someone who may see the post, with totals
 * hidden where the poll asks; bad input is a 422 that stores nothing.
 */
@RapportServer
class PollApiTest {
    TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
    TestServer server;
    Http http;
    Scene scene;

    @Person
    User ana, ben, cleo;

    static Map<String, Object> poll(Object... extra) {
        Map<String, Object> p = map("options", List.of("tea", "coffee", "water"), "expires_in", 600);
        for (int i = 0; i < extra.length; i += 2) p.put((String) extra[i], extra[i + 1]);
        return p;
    }

    JsonNode post(User u, String visibility, Map<String, Object> poll) {
        Http.Res r = http.postJson(
                "/api/v1/statuses", u.token(), map("status", "Which one?", "visibility", visibility, "poll", poll));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    Http.Res vote(User u, String id, Object... choices) {
        return http.postJson("/api/v1/polls/" + id + "/votes", u.token(), map("choices", List.of(choices)));
    }

    int count(String sql) {
        return server.app()
                .db()
                .read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void a_post_carries_its_poll_as_mastodon_shows_it() {
        JsonNode s = post(ana, "public", poll());
        JsonNode p = s.get("poll");
        assertThat(p.get("id").asText()).isEqualTo(s.get("id").asText());
        assertThat(p.get("expires_at").asText()).isEqualTo("2026-11-20T10:10:00.000Z");
        assertThat(p.get("expired").asBoolean()).isFalse();
        assertThat(p.get("multiple").asBoolean()).isFalse();
        assertThat(p.get("votes_count").asInt()).isZero();
        assertThat(p.get("voters_count").isNull())
                .as("null for a single-choice poll")
                .isTrue();
        assertThat(p.get("options").findValuesAsText("title")).containsExactly("tea", "coffee", "water");
        assertThat(p.get("options").get(0).get("votes_count").asInt()).isZero();
        assertThat(p.get("emojis")).isEmpty();
        assertThat(p.get("voted").asBoolean()).isFalse();
        assertThat(p.get("own_votes")).isEmpty();

        JsonNode byId =
                http.get("/api/v1/polls/" + p.get("id").asText(), ben.token()).json();
        assertThat(byId.get("options")).isEqualTo(p.get("options"));
        JsonNode signedOut = http.get("/api/v1/polls/" + p.get("id").asText()).json();
        assertThat(signedOut.get("voted").isNull()).isTrue();
        assertThat(signedOut.get("own_votes").isNull()).isTrue();
        JsonNode plain = http.postJson("/api/v1/statuses", ana.token(), map("status", "no poll"))
                .json();
        assertThat(plain.get("poll").isNull()).isTrue();
        assertThat(http.get("/api/v1/polls/" + plain.get("id").asText(), ana.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void the_instance_announces_the_limits_posting_enforces() {
        for (String path : List.of("/api/v1/instance", "/api/v2/instance")) {
            JsonNode polls = http.get(path).json().get("configuration").get("polls");
            assertThat(polls.get("max_options").asInt()).isEqualTo(PollRequest.MAX_OPTIONS);
            assertThat(polls.get("max_characters_per_option").asInt()).isEqualTo(PollRequest.MAX_OPTION_CHARS);
            assertThat(polls.get("min_expiration").asInt()).isEqualTo(PollRequest.MIN_EXPIRATION);
            assertThat(polls.get("max_expiration").asInt()).isEqualTo(PollRequest.MAX_EXPIRATION);
        }
    }

    @Test
    void form_and_multipart_bodies_carry_a_poll_as_apps_send_it() {
        Http.Res form = http.send(
                "POST",
                "/api/v1/statuses",
                ana.token(),
                "application/x-www-form-urlencoded",
                "status=Form&poll%5Boptions%5D%5B%5D=yes&poll%5Boptions%5D%5B%5D=no&poll%5Bexpires_in%5D=300"
                        + "&poll%5Bmultiple%5D=true&poll%5Bhide_totals%5D=false");
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.json().get("poll").get("multiple").asBoolean()).isTrue();
        assertThat(form.json().get("poll").get("options").findValuesAsText("title"))
                .containsExactly("yes", "no");

        Multipart m = new Multipart()
                .field("status", "Multipart")
                .field("poll[options][0]", "left")
                .field("poll[options][1]", "right")
                .field("poll[expires_in]", "3600")
                .field("poll[hide_totals]", "true");
        Http.Res multi = http.raw("POST", "/api/v1/statuses", ana.token(), m.contentType(), m.body());
        assertThat(multi.status()).as(multi.toString()).isEqualTo(200);
        JsonNode p = multi.json().get("poll");
        assertThat(p.get("options").findValuesAsText("title")).containsExactly("left", "right");
        assertThat(p.get("expires_at").asText()).isEqualTo("2026-11-20T11:00:00.000Z");
        assertThat(p.get("options").get(0).get("votes_count").isNull())
                .as("hidden totals, even to the author, until the end")
                .isTrue();
    }

    @Test
    void a_poll_outside_the_limits_is_refused_and_nothing_is_stored() {
        List<Map<String, Object>> bad = List.of(
                map("options", List.of("only one"), "expires_in", 600),
                map("options", List.of("a", "b", "c", "d", "e"), "expires_in", 600),
                map("options", List.of("a", "x".repeat(51)), "expires_in", 600),
                map("options", List.of("a", " "), "expires_in", 600),
                map("options", List.of("same", "same"), "expires_in", 600),
                map("options", List.of("a", "b"), "expires_in", 299),
                map("options", List.of("a", "b"), "expires_in", 2_629_747),
                map("options", List.of("a", "b"), "expires_in", "soon"),
                map("options", List.of("a", "b")),
                map("options", List.of("a", "b"), "expires_in", 600, "multiple", "maybe"),
                map("options", "a,b", "expires_in", 600));
        for (Map<String, Object> p : bad) {
            Http.Res r = http.postJson("/api/v1/statuses", ana.token(), map("status", "Poll?", "poll", p));
            assertThat(r.status()).as(p + " " + r).isEqualTo(422);
            assertThat(r.json().get("error").asText()).isNotBlank();
        }
        Http.Res notObject = http.postJson("/api/v1/statuses", ana.token(), map("status", "Poll?", "poll", "yes"));
        assertThat(notObject.status()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM statuses")).isZero();
        assertThat(count("SELECT COUNT(*) FROM polls")).isZero();
        assertThat(post(ana, "public", map("options", List.of("a", "x".repeat(50)), "expires_in", 2_629_746))
                        .get("poll")
                        .get("options"))
                .hasSize(2);
    }

    @Test
    void people_vote_once_and_see_their_choices_and_the_totals() {
        String id = post(ana, "public", poll()).get("id").asText();
        Http.Res ok = vote(ben, id, 1);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("voted").asBoolean()).isTrue();
        assertThat(ok.json().get("own_votes").toString()).isEqualTo("[1]");
        assertThat(ok.json().get("votes_count").asInt()).isEqualTo(1);
        assertThat(vote(cleo, id, "2").status()).isEqualTo(200);

        JsonNode seen = http.get("/api/v1/statuses/" + id, cleo.token()).json().get("poll");
        assertThat(seen.get("options").findValuesAsText("votes_count")).containsExactly("0", "1", "1");
        assertThat(seen.get("own_votes").toString()).isEqualTo("[2]");
        JsonNode anas = http.get("/api/v1/polls/" + id, ana.token()).json();
        assertThat(anas.get("voted").asBoolean()).isFalse();
        assertThat(anas.get("votes_count").asInt()).isEqualTo(2);

        assertThat(vote(ben, id, 0).status()).as("a second vote").isEqualTo(422);
        assertThat(vote(ana, id, 0).status()).as("one's own poll").isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM poll_votes")).isEqualTo(2);
    }

    @Test
    void bad_choices_and_an_ended_poll_are_refused_and_change_nothing() {
        String id = post(ana, "public", poll()).get("id").asText();
        assertThat(vote(ben, id, 3).status()).isEqualTo(422);
        assertThat(vote(ben, id, -1).status()).isEqualTo(422);
        assertThat(vote(ben, id, "first").status()).isEqualTo(422);
        assertThat(vote(ben, id, 0, 1).status())
                .as("two choices in a single-choice poll")
                .isEqualTo(422);
        assertThat(vote(ben, id).status()).as("no choice").isEqualTo(422);
        assertThat(http.post("/api/v1/polls/" + id + "/votes", ben.token()).status())
                .isEqualTo(422);
        assertThat(vote(ben, "999999", 0).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/polls/" + id + "/votes", null).status()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM poll_voters")).isZero();

        clock.advance(Duration.ofMinutes(10));
        Http.Res late = vote(ben, id, 0);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("error").asText()).contains("ended");
        assertThat(http.get("/api/v1/polls/" + id, ben.token())
                        .json()
                        .get("expired")
                        .asBoolean())
                .isTrue();
        assertThat(count("SELECT COUNT(*) FROM poll_voters")).isZero();
    }

    @Test
    void a_multiple_choice_poll_counts_voters_and_votes() {
        String id = post(ana, "public", poll("multiple", true)).get("id").asText();
        assertThat(vote(ben, id, 0, 2).status()).isEqualTo(200);
        assertThat(vote(cleo, id, 2, 2).status()).as("an option chosen twice").isEqualTo(422);
        assertThat(vote(cleo, id, 2).status()).isEqualTo(200);
        JsonNode p = http.get("/api/v1/polls/" + id, ben.token()).json();
        assertThat(p.get("votes_count").asInt()).isEqualTo(3);
        assertThat(p.get("voters_count").asInt()).isEqualTo(2);
        assertThat(p.get("own_votes").toString()).isEqualTo("[0,2]");
        assertThat(p.get("options").findValuesAsText("votes_count")).containsExactly("1", "0", "2");
    }

    @Test
    void hidden_totals_show_once_the_viewer_voted_or_the_poll_ended() {
        String id = post(ana, "public", poll("hide_totals", true)).get("id").asText();
        vote(ben, id, 0);
        JsonNode cleos = http.get("/api/v1/polls/" + id, cleo.token()).json();
        assertThat(cleos.get("options").findValuesAsText("votes_count")).containsOnly("null");
        assertThat(http.get("/api/v1/polls/" + id)
                        .json()
                        .get("options")
                        .get(0)
                        .get("votes_count")
                        .isNull())
                .isTrue();
        JsonNode bens = http.get("/api/v1/polls/" + id, ben.token()).json();
        assertThat(bens.get("options").get(0).get("votes_count").asInt()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(11));
        assertThat(http.get("/api/v1/polls/" + id, cleo.token())
                        .json()
                        .get("options")
                        .get(0)
                        .get("votes_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void a_followers_only_poll_is_missing_for_everyone_else_on_every_path() {
        scene.follow(ben.id(), ana.id());
        JsonNode s = post(ana, "private", poll());
        String id = s.get("id").asText();
        Http.Res missing = http.get("/api/v1/polls/999999", cleo.token());
        Http.Res hidden = http.get("/api/v1/polls/" + id, cleo.token());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(http.get("/api/v1/polls/" + id).status()).isEqualTo(404);
        Http.Res hiddenVote = vote(cleo, id, 0);
        assertThat(hiddenVote.status()).isEqualTo(404);
        assertThat(hiddenVote.body()).isEqualTo(vote(cleo, "999999", 0).body());
        assertThat(count("SELECT COUNT(*) FROM poll_voters")).isZero();

        assertThat(vote(ben, id, 0).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/polls/" + id, ben.token()).status()).isEqualTo(200);
        // Once Ben no longer follows, the poll is gone for him too, and his vote stays counted.
        server.app().relations().unfollowAccount().unfollow(ben.id(), ana.id());
        assertThat(http.get("/api/v1/polls/" + id, ben.token()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/polls/" + id, ana.token())
                        .json()
                        .get("votes_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void a_reblog_shows_the_original_poll_and_its_own_id_is_no_poll() {
        String id = post(ana, "public", poll()).get("id").asText();
        vote(ben, id, 1);
        JsonNode reblog =
                http.post("/api/v1/statuses/" + id + "/reblog", cleo.token()).json();
        assertThat(reblog.get("reblog").get("poll").get("votes_count").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/polls/" + reblog.get("id").asText(), ben.token())
                        .status())
                .isEqualTo(404);
    }
}
