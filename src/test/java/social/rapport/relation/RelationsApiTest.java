package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

@RapportServer
class RelationsApiTest {
    TestServer server;
    Http http;

    @Person
    User ana, ben, cleo;

    Http.Res post(String path, User u) {
        return http.post(path, u.token());
    }

    Http.Res invite(User from, User to) {
        return http.postJson(
                "/api/v1/rapport/invitations",
                from.token(),
                map("account_id", to.idString(), "note", "Met at the fair", "how_we_met", "met_in_person"));
    }

    void lock(User u) {
        server.app()
                .db()
                .writeVoid(tx -> tx.handle()
                        .createUpdate("UPDATE accounts SET locked = TRUE WHERE id = :id")
                        .bind("id", u.id())
                        .execute());
    }

    void connect(User a, User b) {
        Http.Res inv = invite(a, b);
        assertThat(inv.status()).as(inv.toString()).isEqualTo(200);
        assertThat(post("/api/v1/rapport/invitations/" + inv.json().get("id").asText() + "/accept", b)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void ana_follows_ben_and_the_relationship_says_so() {
        Http.Res r = post("/api/v1/accounts/" + ben.id() + "/follow", ana);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).isEqualTo(ben.idString());
        assertThat(r.json().get("following").asBoolean()).isTrue();
        JsonNode rel = http.get("/api/v1/accounts/relationships?id[]=" + ana.id() + "&id[]=" + cleo.id(), ben.token())
                .json();
        assertThat(rel).hasSize(2);
        assertThat(rel.get(0).get("followed_by").asBoolean()).isTrue();
        for (String f : List.of(
                "following",
                "showing_reblogs",
                "notifying",
                "followed_by",
                "blocking",
                "blocked_by",
                "muting",
                "muting_notifications",
                "requested",
                "requested_by",
                "domain_blocking",
                "endorsed",
                "note",
                "connected",
                "invitation_sent",
                "invitation_received",
                "degree",
                "mutual_connections_count")) {
            assertThat(rel.get(0).has(f)).as(f).isTrue();
        }
        assertThat(rel.get(0).get("degree").isNull()).isTrue();
        Http.Res page = http.get("/api/v1/accounts/" + ben.id() + "/followers?limit=1");
        assertThat(page.header("Link")).contains("max_id=" + ana.id()).contains("rel=\"next\"");
        JsonNode followers = page.json();
        assertThat(followers.get(0).get("id").asText()).isEqualTo(ana.idString());
        assertThat(http.get("/api/v1/accounts/" + ana.id() + "/following")
                        .json()
                        .get(0)
                        .get("followers_count")
                        .asInt())
                .isEqualTo(1);
        assertThat(post("/api/v1/accounts/" + ben.id() + "/follow", ana).status())
                .isEqualTo(422);
        assertThat(post("/api/v1/accounts/" + ben.id() + "/unfollow", ana)
                        .json()
                        .get("following")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void the_account_entity_counts_followers_only_where_the_list_is_visible() {
        post("/api/v1/accounts/" + ben.id() + "/follow", ana);
        post("/api/v1/accounts/" + ben.id() + "/follow", cleo);
        assertThat(http.get("/api/v1/accounts/" + ben.id(), ana.token())
                        .json()
                        .get("followers_count")
                        .asInt())
                .isEqualTo(2);
        http.putJson(
                "/api/v1/rapport/profile",
                ben.token(),
                map("items", map("followers_list", map("audience", List.of("only_me")))));
        assertThat(http.get("/api/v1/accounts/" + ben.id(), ana.token())
                        .json()
                        .get("followers_count")
                        .asInt())
                .isZero();
        assertThat(http.get("/api/v1/accounts/" + ben.id(), ben.token())
                        .json()
                        .get("followers_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(http.get("/api/v1/accounts/" + ben.id() + "/followers", ana.token())
                        .json())
                .isEmpty();
    }

    @Test
    void locked_ben_authorizes_anas_request_through_the_api() {
        lock(ben);
        Http.Res r = http.postJson("/api/v1/accounts/" + ben.id() + "/follow", ana.token(), map("note", "Hi Ben"));
        assertThat(r.json().get("requested").asBoolean()).isTrue();
        JsonNode requests = http.get("/api/v1/follow_requests", ben.token()).json();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).get("id").asText()).isEqualTo(ana.idString());
        Http.Res ok = post("/api/v1/follow_requests/" + ana.id() + "/authorize", ben);
        assertThat(ok.json().get("followed_by").asBoolean()).isTrue();
        assertThat(post("/api/v1/follow_requests/" + cleo.id() + "/reject", ben).status())
                .isEqualTo(404);
        assertThat(http.postJson("/api/v1/accounts/" + ben.id() + "/follow", cleo.token(), map("note", "x".repeat(301)))
                        .status())
                .isEqualTo(422);
        assertThat(post("/api/v1/accounts/" + ana.id() + "/remove_from_followers", ben)
                        .status())
                .isEqualTo(200);
        assertThat(server.app().graph().isFollowing(ana.id(), ben.id())).isFalse();
    }

    @Test
    void no_other_setting_changed_through_the_api_unlocks_a_locked_account() {
        lock(ben);
        assertThat(http.putJson(
                                "/api/v1/rapport/screening",
                                ben.token(),
                                map("who_may_invite", "network", "require_note", true))
                        .status())
                .isEqualTo(200);
        assertThat(http.putJson(
                                "/api/v1/rapport/profile",
                                ben.token(),
                                map(
                                        "items",
                                        map(
                                                "bio", map("value", "Woodworker", "audience", List.of("public")),
                                                "followers_list", map("audience", List.of("public")))))
                        .status())
                .isEqualTo(200);
        assertThat(http.putJson("/api/v1/rapport/introduction", ben.token(), map("text", "Hello"))
                        .status())
                .isEqualTo(200);
        assertThat(http.postJson("/api/v1/rapport/circles", ben.token(), map("name", "Makers"))
                        .status())
                .isEqualTo(200);
        assertThat(http.postJson("/api/v1/accounts/" + cleo.id() + "/mute", ben.token(), map())
                        .status())
                .isEqualTo(200);
        assertThat(http.patchJson(
                                "/api/v1/accounts/update_credentials",
                                ben.token(),
                                map("display_name", "Ben B", "note", "Chairs"))
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/v1/accounts/" + ben.id() + "/follow", ana)
                        .json()
                        .get("requested")
                        .asBoolean())
                .isTrue();
        boolean locked = server.app()
                .db()
                .read(h ->
                        server.app().accounts().byId(h, ben.id()).orElseThrow().locked());
        assertThat(locked).isTrue();
    }

    @Test
    void invitations_flow_through_the_api_with_their_entity() {
        Http.Res inv = invite(ana, ben);
        JsonNode j = inv.json();
        assertThat(j.get("state").asText()).isEqualTo("pending");
        assertThat(j.get("how_we_met").asText()).isEqualTo("met_in_person");
        assertThat(j.get("account").get("id").asText()).isEqualTo(ana.idString());
        assertThat(j.get("target_account").get("id").asText()).isEqualTo(ben.idString());
        assertThat(j.has("screening_reason") && j.has("created_at")).isTrue();
        assertThat(http.get("/api/v1/rapport/invitations?box=received", ben.token())
                        .json())
                .hasSize(1);
        assertThat(http.get("/api/v1/rapport/invitations?box=sent", ana.token()).json())
                .hasSize(1);
        assertThat(http.get("/api/v1/rapport/invitations?box=spam", ana.token()).status())
                .isEqualTo(422);
        String id = j.get("id").asText();
        assertThat(post("/api/v1/rapport/invitations/" + id + "/withdraw", ana)
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("withdrawn");
        Http.Res late = post("/api/v1/rapport/invitations/" + id + "/accept", ben);
        assertThat(late.status()).isEqualTo(422);
        Http.Res again = invite(ana, ben);
        assertThat(again.status()).isEqualTo(429);
        assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(21L * 86400 - 60, 21L * 86400);
        connect(cleo, ben);
        assertThat(server.app().graph().isConnected(cleo.id(), ben.id())).isTrue();
        assertThat(http.get("/api/v1/rapport/accounts/" + ben.id() + "/connections", cleo.token())
                        .json())
                .hasSize(1);
        assertThat(http.get("/api/v1/rapport/accounts/" + ben.id() + "/connections")
                        .json())
                .isEmpty();
        assertThat(http.delete("/api/v1/rapport/connections/" + ben.id(), cleo.token())
                        .json()
                        .get("connected")
                        .asBoolean())
                .isFalse();
        assertThat(http.delete("/api/v1/rapport/connections/" + ben.id(), cleo.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void bad_input_is_a_clear_4xx_and_changes_nothing() {
        assertThat(invite(ana, ana).status()).isEqualTo(422);
        assertThat(http.postJson(
                                "/api/v1/rapport/invitations",
                                ana.token(),
                                map("account_id", "99999", "how_we_met", "other"))
                        .status())
                .isEqualTo(404);
        assertThat(http.postJson(
                                "/api/v1/rapport/invitations",
                                ana.token(),
                                map("account_id", "abc", "how_we_met", "other"))
                        .json()
                        .get("error")
                        .asText())
                .contains("account_id");
        assertThat(http.postJson(
                                "/api/v1/rapport/invitations",
                                ana.token(),
                                map("account_id", ben.idString(), "how_we_met", "other", "note", "x".repeat(301)))
                        .status())
                .isEqualTo(422);
        assertThat(post("/api/v1/accounts/99999/follow", ana).status()).isEqualTo(404);
        assertThat(post("/api/v1/accounts/" + ana.id() + "/follow", ana).status())
                .isEqualTo(422);
        assertThat(post("/api/v1/rapport/invitations/123456/accept", ana).status())
                .isEqualTo(404);
        String bensCircle = http.get("/api/v1/rapport/circles", ben.token())
                .json()
                .get(0)
                .get("id")
                .asText();
        assertThat(http.postJson(
                                "/api/v1/rapport/circles/" + bensCircle + "/accounts",
                                ana.token(),
                                map("account_ids", List.of(cleo.idString())))
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/rapport/circles/" + bensCircle + "/accounts", ana.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.putJson("/api/v1/rapport/screening", ana.token(), map("who_may_invite", "friends"))
                        .status())
                .isEqualTo(422);
        assertThat(http.post("/api/v1/accounts/" + ben.id() + "/follow", null).status())
                .isEqualTo(401);
        int rows = server.app()
                .db()
                .read(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM invitations)"
                                + " + (SELECT COUNT(*) FROM follows) + (SELECT COUNT(*) FROM circle_members)")
                        .mapTo(Integer.class)
                        .one());
        assertThat(rows).isZero();
    }

    @Test
    void the_first_week_limit_answers_429_with_retry_after() {
        List<User> people = new ArrayList<>();
        for (int i = 0; i < 21; i++) people.add(TestUsers.create(server, "p" + i));
        for (int i = 0; i < 20; i++)
            assertThat(invite(ana, people.get(i)).status()).isEqualTo(200);
        Http.Res over = invite(ana, people.get(20));
        assertThat(over.status()).isEqualTo(429);
        assertThat(Long.parseLong(over.header("Retry-After"))).isBetween(7L * 86400 - 120, 7L * 86400);
    }

    @Test
    void screening_rules_are_read_and_set_and_name_the_rule_when_refusing() {
        JsonNode s = http.get("/api/v1/rapport/screening", ben.token()).json();
        assertThat(s.get("who_may_invite").asText()).isEqualTo("anyone");
        assertThat(s.get("require_one_of")).isEmpty();
        Http.Res put = http.putJson(
                "/api/v1/rapport/screening",
                ben.token(),
                map("who_may_invite", "nobody", "require_note", true, "require_one_of", List.of("mutual_connection")));
        assertThat(put.json().get("require_note").asBoolean()).isTrue();
        Http.Res refused = invite(ana, ben);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("error").asText()).contains("who_may_invite: nobody");
        http.putJson("/api/v1/rapport/screening", ben.token(), map("who_may_invite", "anyone"));
        // Filed by Ben's screening, but to Ana it looks exactly like a pending invitation.
        Http.Res filtered = invite(ana, ben);
        assertThat(filtered.json().get("state").asText()).isEqualTo("pending");
        assertThat(filtered.json().get("screening_reason").isNull()).isTrue();
        JsonNode filed = http.get("/api/v1/rapport/invitations?box=filtered", ben.token())
                .json();
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).get("state").asText()).isEqualTo("filtered");
        assertThat(filed.get(0).get("screening_reason").asText()).contains("require_one_of");
        assertThat(http.get("/api/v1/rapport/invitations", ben.token()).json()).isEmpty();
    }

    @Test
    void circles_and_their_members_belong_to_their_owner_alone() {
        JsonNode circles = http.get("/api/v1/rapport/circles", ana.token()).json();
        assertThat(circles).extracting(c -> c.get("name").asText()).containsExactly("Business", "Personal", "Family");
        String id = http.postJson("/api/v1/rapport/circles", ana.token(), map("name", "Climbing"))
                .json()
                .get("id")
                .asText();
        assertThat(http.putJson("/api/v1/rapport/circles/" + id, ana.token(), map("name", "Bouldering"))
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Bouldering");
        assertThat(http.postJson(
                                "/api/v1/rapport/circles/" + id + "/accounts",
                                ana.token(),
                                map("account_ids", List.of(ben.idString())))
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/rapport/circles/" + id + "/accounts", ana.token())
                        .json())
                .hasSize(1);
        assertThat(server.app().graph().inCircle(ana.id(), Long.parseLong(id), ben.id()))
                .isTrue();
        assertThat(http.send(
                                "DELETE",
                                "/api/v1/rapport/circles/" + id + "/accounts",
                                ana.token(),
                                "application/json",
                                Http.toJson(map("account_ids", List.of(ben.idString()))))
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/rapport/circles/" + id + "/accounts", ana.token())
                        .json())
                .isEmpty();
        assertThat(http.delete("/api/v1/rapport/circles/" + id, ben.token()).status())
                .isEqualTo(404);
        assertThat(http.delete("/api/v1/rapport/circles/" + id, ana.token()).status())
                .isEqualTo(200);
    }

    @Test
    void profile_fields_show_each_viewer_what_their_audiences_allow() {
        Http.Res put = http.putJson(
                "/api/v1/rapport/profile",
                ana.token(),
                map(
                        "items",
                        map(
                                "headline", map("value", "Furniture maker"),
                                "phone", map("value", "+351 555 0100"),
                                "bio", map("value", "Chairs.", "audience", List.of("followers")))));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().get("audiences").get("phone").asText()).isEqualTo("connections");
        connect(ben, ana);
        post("/api/v1/accounts/" + ana.id() + "/follow", cleo);
        JsonNode forBen = http.get("/api/v1/rapport/accounts/" + ana.id() + "/profile", ben.token())
                .json();
        assertThat(forBen.get("fields").has("phone")).isTrue();
        JsonNode forCleo = http.get("/api/v1/rapport/accounts/" + ana.id() + "/profile", cleo.token())
                .json();
        assertThat(forCleo.get("fields").has("phone")).isFalse();
        assertThat(forCleo.get("fields").has("bio")).isTrue();
        JsonNode anon =
                http.get("/api/v1/rapport/accounts/" + ana.id() + "/profile").json();
        assertThat(anon.get("fields").size()).isEqualTo(1);
        assertThat(http.putJson(
                                "/api/v1/rapport/profile",
                                ana.token(),
                                map("items", map("phone", map("audience", List.of("circle:999999")))))
                        .status())
                .isEqualTo(422);
        List<String> mine = new ArrayList<>();
        for (String text : List.of("Chairs", "Tables")) {
            mine.add(http.postJson("/api/v1/statuses", ana.token(), map("status", text))
                    .json()
                    .get("id")
                    .asText());
        }
        Http.Res intro = http.putJson(
                "/api/v1/rapport/introduction", ana.token(), map("text", "I make chairs", "post_ids", mine));
        assertThat(intro.json().get("post_ids")).hasSize(2);
        assertThat(http.get("/api/v1/rapport/accounts/" + ana.id() + "/introduction")
                        .json()
                        .get("text")
                        .asText())
                .isEqualTo("I make chairs");
    }

    @Test
    void a_block_makes_each_absent_to_the_other_and_a_mute_only_hides() {
        connect(ana, ben);
        Http.Res b = post("/api/v1/accounts/" + ben.id() + "/block", ana);
        assertThat(b.json().get("blocking").asBoolean()).isTrue();
        assertThat(b.json().get("connected").asBoolean()).isFalse();
        assertThat(post("/api/v1/accounts/" + ana.id() + "/follow", ben).status())
                .isEqualTo(404);
        Http.Res absent = http.get("/api/v1/rapport/accounts/" + ana.id() + "/profile", ben.token());
        Http.Res missing = http.get("/api/v1/rapport/accounts/99999/profile", ben.token());
        assertThat(absent.status()).isEqualTo(404);
        assertThat(absent.body()).isEqualTo(missing.body());
        assertThat(invite(ben, ana).status()).isEqualTo(404);
        assertThat(post("/api/v1/accounts/" + ben.id() + "/unblock", ana)
                        .json()
                        .get("blocking")
                        .asBoolean())
                .isFalse();
        Http.Res mute = http.postJson(
                "/api/v1/accounts/" + cleo.id() + "/mute", ana.token(), map("notifications", false, "duration", 3600));
        assertThat(mute.json().get("muting").asBoolean()).isTrue();
        assertThat(mute.json().get("muting_notifications").asBoolean()).isFalse();
        assertThat(post("/api/v1/accounts/" + cleo.id() + "/unmute", ana)
                        .json()
                        .get("muting")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void degrees_mutuals_path_and_familiar_followers() {
        User dan = TestUsers.create(server, "dan");
        connect(ana, ben);
        connect(ben, cleo);
        connect(cleo, dan);
        connect(ana, cleo);
        JsonNode degrees = http.get(
                        "/api/v1/rapport/degrees?id[]=" + ben.id() + "&id[]=" + dan.id() + "&id[]=99999", ana.token())
                .json();
        assertThat(degrees).hasSize(2);
        assertThat(degrees.get(0).get("degree").asInt()).isEqualTo(1);
        assertThat(degrees.get(1).get("degree").asInt()).isEqualTo(2);
        JsonNode mutuals = http.get("/api/v1/rapport/accounts/" + cleo.id() + "/mutuals", ana.token())
                .json();
        assertThat(mutuals).extracting(a -> a.get("id").asText()).containsExactly(ben.idString());
        JsonNode path = http.get("/api/v1/rapport/accounts/" + dan.id() + "/path", ana.token())
                .json();
        assertThat(path.get("degree").asInt()).isEqualTo(2);
        assertThat(path.get("explanation").asText()).isEqualTo("via cleo");
        StringBuilder many = new StringBuilder("/api/v1/rapport/degrees?");
        for (int i = 1; i <= 101; i++) many.append("id[]=").append(i).append('&');
        assertThat(http.get(many.toString(), ana.token()).status()).isEqualTo(422);
        JsonNode familiar = http.get("/api/v1/accounts/familiar_followers?id[]=" + dan.id(), ana.token())
                .json();
        assertThat(familiar.get(0).get("accounts"))
                .extracting(a -> a.get("id").asText())
                .containsExactly(cleo.idString());
        JsonNode rel = http.get("/api/v1/accounts/relationships?id[]=" + cleo.id(), ana.token())
                .json()
                .get(0);
        assertThat(rel.get("mutual_connections_count").asInt()).isEqualTo(1);
        assertThat(rel.get("connected").asBoolean()).isTrue();
    }

    @Test
    void claims_and_recommendations_show_only_once_their_subject_agrees() {
        Http.Res c = http.postJson(
                "/api/v1/rapport/claims",
                ben.token(),
                map("account_id", ana.idString(), "kind", "worked_together", "detail", "Acme, 2005-2008"));
        assertThat(c.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/rapport/accounts/" + ana.id() + "/claims").json())
                .isEmpty();
        assertThat(http.get("/api/v1/rapport/claims?box=received", ana.token()).json())
                .hasSize(1);
        post("/api/v1/rapport/claims/" + c.json().get("id").asText() + "/confirm", ana);
        assertThat(http.get("/api/v1/rapport/accounts/" + ana.id() + "/claims").json())
                .hasSize(1);
        assertThat(http.postJson(
                                "/api/v1/rapport/recommendations",
                                cleo.token(),
                                map("account_id", ana.idString(), "text", "Solid work"))
                        .status())
                .isEqualTo(422);
        connect(cleo, ana);
        Http.Res r = http.postJson(
                "/api/v1/rapport/recommendations",
                cleo.token(),
                map("account_id", ana.idString(), "text", "Solid work"));
        assertThat(http.get("/api/v1/rapport/accounts/" + ana.id() + "/recommendations")
                        .json())
                .isEmpty();
        post("/api/v1/rapport/recommendations/" + r.json().get("id").asText() + "/accept", ana);
        assertThat(http.get("/api/v1/rapport/accounts/" + ana.id() + "/recommendations")
                        .json()
                        .get(0)
                        .get("text")
                        .asText())
                .isEqualTo("Solid work");
        assertThat(post("/api/v1/rapport/recommendations/" + r.json().get("id").asText() + "/hide", cleo)
                        .status())
                .isEqualTo(404);
    }
}
