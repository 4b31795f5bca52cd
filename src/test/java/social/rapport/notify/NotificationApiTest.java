package social.rapport.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.relation.RelationServices;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

@RapportServer
class NotificationApiTest {
    TestServer server;
    Scene scene;
    Http http;
    RelationServices rel;
    @Person
    User ana, ben, cleo;

    JsonNode post(User u, Object... kv) {
        return scene.postJson(u, kv);
    }

    String id(JsonNode n) {
        return n.get("id").asText();
    }

    JsonNode notes(User u) {
        return notes(u, "");
    }

    JsonNode notes(User u, String query) {
        Http.Res r = http.get("/api/v1/notifications" + query, u.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    List<String> types(User u) {
        List<String> out = new ArrayList<>();
        notes(u).forEach(n -> out.add(n.get("type").asText()));
        return out;
    }

    @Test
    void ben_hears_that_ana_mentioned_him_and_nobody_else_hears_anything() {
        JsonNode p = post(ana, "status", "Hello @ben", "visibility", "public");
        JsonNode list = notes(ben);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("type").asText()).isEqualTo("mention");
        assertThat(list.get(0).get("account").get("username").asText()).isEqualTo("ana");
        assertThat(list.get(0).get("status").get("id").asText()).isEqualTo(id(p));
        assertThat(notes(ana)).isEmpty();
        assertThat(notes(cleo)).isEmpty();
    }

    @Test
    void a_mention_in_a_circle_post_does_not_notify_someone_outside_the_circle() {
        long family = rel.createCircle().create(ana.id(), "Close family").id();
        rel.addToCircle().add(ana.id(), family, List.of(cleo.id()));
        post(ana, "status", "Hush @ben", "audience", List.of("circle:" + family));
        assertThat(notes(ben)).isEmpty();
        post(ana, "status", "Hi @cleo", "audience", List.of("circle:" + family));
        assertThat(types(cleo)).containsExactly("mention");
    }

    @Test
    void a_notification_disappears_from_the_list_when_its_reader_leaves_the_audience() {
        long family = rel.createCircle().create(ana.id(), "Close family").id();
        rel.addToCircle().add(ana.id(), family, List.of(ben.id()));
        post(ana, "status", "Dinner @ben?", "audience", List.of("circle:" + family));
        assertThat(types(ben)).containsExactly("mention");
        rel.removeFromCircle().remove(ana.id(), family, List.of(ben.id()));
        assertThat(notes(ben)).isEmpty();
    }

    @Test
    void ana_follower_ben_favourites_her_followers_post_and_the_notice_vanishes_when_he_takes_it_back() {
        rel.followAccount().follow(ben.id(), ana.id(), null);
        JsonNode p = post(ana, "status", "for followers", "visibility", "private");
        assertThat(http.post("/api/v1/statuses/" + id(p) + "/favourite", ben.token())
                        .status())
                .isEqualTo(200);
        JsonNode list = notes(ana);
        assertThat(list.get(0).get("type").asText()).isEqualTo("favourite");
        assertThat(list.get(0).get("status").get("id").asText()).isEqualTo(id(p));
        assertThat(http.post("/api/v1/statuses/" + id(p) + "/unfavourite", ben.token())
                        .status())
                .isEqualTo(200);
        assertThat(types(ana)).containsExactly("follow");
    }

    @Test
    void reblogs_replies_and_quotes_notify_the_author_and_vanish_with_their_posts() {
        JsonNode p = post(ana, "status", "big news", "visibility", "public");
        http.post("/api/v1/statuses/" + id(p) + "/reblog", ben.token());
        JsonNode reply = post(cleo, "status", "congrats", "in_reply_to_id", id(p));
        JsonNode quote = post(ben, "status", "look at this", "quoted_status_id", id(p));
        assertThat(types(ana)).containsExactly("quote", "mention", "reblog");
        assertThat(notes(ana).get(1).get("status").get("id").asText()).isEqualTo(id(reply));
        http.post("/api/v1/statuses/" + id(p) + "/unreblog", ben.token());
        assertThat(http.delete("/api/v1/statuses/" + id(reply), cleo.token()).status())
                .isEqualTo(200);
        assertThat(http.delete("/api/v1/statuses/" + id(quote), ben.token()).status())
                .isEqualTo(200);
        assertThat(notes(ana)).isEmpty();
    }

    @Test
    void a_deleted_post_takes_every_notification_about_it_along() {
        JsonNode p = post(ana, "status", "Hey @ben", "visibility", "public");
        http.post("/api/v1/statuses/" + id(p) + "/favourite", cleo.token());
        assertThat(notes(ben)).hasSize(1);
        assertThat(notes(ana)).hasSize(1);
        http.delete("/api/v1/statuses/" + id(p), ana.token());
        assertThat(notes(ben)).isEmpty();
        assertThat(notes(ana)).isEmpty();
    }

    @Test
    void those_who_favourited_hear_of_an_edit_but_the_author_does_not() {
        JsonNode p = post(ana, "status", "first draft", "visibility", "public");
        http.post("/api/v1/statuses/" + id(p) + "/favourite", ben.token());
        assertThat(http.putJson("/api/v1/statuses/" + id(p), ana.token(), map("status", "second draft"))
                        .status())
                .isEqualTo(200);
        assertThat(types(ben)).containsExactly("update");
        assertThat(types(ana)).containsExactly("favourite");
        assertThat(types(cleo)).isEmpty();
    }

    @Test
    void a_locked_account_hears_of_a_request_then_of_the_follow_and_an_unfollow_removes_it() {
        server.app()
                .db()
                .writeVoid(tx -> tx.handle()
                        .createUpdate("UPDATE accounts SET locked = TRUE WHERE id = :a")
                        .bind("a", ana.id())
                        .execute());
        rel.followAccount().follow(ben.id(), ana.id(), null);
        assertThat(types(ana)).containsExactly("follow_request");
        rel.authorizeFollowRequest().authorize(ana.id(), ben.id());
        assertThat(types(ana)).containsExactly("follow");
        rel.unfollowAccount().unfollow(ben.id(), ana.id());
        assertThat(notes(ana)).isEmpty();
    }

    @Test
    void invitations_claims_and_recommendations_reach_their_subject() {
        var inv = rel.sendInvitation()
                .send(ben.id(), new SendInvitation.Request(ana.id(), "We met at the fair", "met_in_person", null));
        assertThat(types(ana)).containsExactly("invitation");
        assertThat(notes(ana).get(0).get("rapport").get("object_id").asText())
                .isEqualTo(Long.toString(inv.invitation().id()));
        rel.acceptInvitation().accept(ana.id(), inv.invitation().id());
        assertThat(types(ben)).contains("invitation_accepted");
        assertThat(types(ana)).doesNotContain("invitation");
        rel.makeClaim().claim(cleo.id(), ana.id(), "did_business", "the shop");
        rel.writeRecommendation().write(ben.id(), ana.id(), "Ana is a careful and kind engineer.");
        assertThat(types(ana)).contains("claim", "recommendation");
    }

    @Test
    void an_invitation_notice_goes_when_the_invitation_is_withdrawn_or_declined() {
        var first = rel.sendInvitation().send(ben.id(), new SendInvitation.Request(ana.id(), null, "colleague", null));
        assertThat(types(ana)).containsExactly("invitation");
        rel.withdrawInvitation().withdraw(ben.id(), first.invitation().id());
        assertThat(types(ana)).isEmpty();
        var second =
                rel.sendInvitation().send(cleo.id(), new SendInvitation.Request(ana.id(), null, "colleague", null));
        assertThat(types(ana)).containsExactly("invitation");
        rel.declineInvitation().decline(ana.id(), second.invitation().id());
        assertThat(types(ana)).isEmpty();
    }

    @Test
    void nobody_hears_from_someone_they_blocked_and_a_mute_hides_what_was_heard() {
        rel.blockAccount().block(ben.id(), ana.id());
        post(ana, "status", "Hi @ben", "visibility", "public");
        assertThat(notes(ben)).isEmpty();
        post(cleo, "status", "Hi @ben", "visibility", "public");
        assertThat(notes(ben)).hasSize(1);
        rel.muteAccount().mute(ben.id(), cleo.id(), true, 0);
        assertThat(notes(ben)).isEmpty();
        rel.unmuteAccount().unmute(ben.id(), cleo.id());
        assertThat(notes(ben)).hasSize(1);
    }

    @Test
    void ben_filters_strangers_then_drops_them_and_the_policy_counts_what_waits() {
        JsonNode policy = http.get("/api/v2/notifications/policy", ben.token()).json();
        assertThat(policy.get("for_private_mentions").asText()).isEqualTo("filter");
        Http.Res set = http.patchJson("/api/v2/notifications/policy", ben.token(), map("for_not_following", "filter"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("for_not_following").asText()).isEqualTo("filter");
        post(ana, "status", "Hi @ben", "visibility", "public");
        assertThat(notes(ben)).isEmpty();
        assertThat(http.get("/api/v2/notifications/policy", ben.token())
                        .json()
                        .get("summary")
                        .get("pending_notifications_count")
                        .asInt())
                .isEqualTo(1);
        rel.followAccount().follow(ben.id(), cleo.id(), null);
        post(cleo, "status", "Hi @ben", "visibility", "public");
        assertThat(types(ben)).containsExactly("mention");
        http.patchJson("/api/v2/notifications/policy", ben.token(), map("for_not_following", "drop"));
        post(ana, "status", "Hello again @ben", "visibility", "public");
        int stored = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM notifications WHERE account_id = :a")
                        .bind("a", ben.id())
                        .mapTo(Integer.class)
                        .one());
        assertThat(stored).isEqualTo(2);
    }

    @Test
    void a_private_mention_from_a_stranger_is_a_message_request_and_no_notification() {
        post(ana, "status", "psst @ben", "visibility", "direct");
        assertThat(notes(ben)).isEmpty();
        // Held in the message requests folder instead, not among the filtered notifications either.
        assertThat(http.get("/api/v2/notifications/policy", ben.token())
                        .json()
                        .get("summary")
                        .get("pending_notifications_count")
                        .asInt())
                .isZero();
        assertThat(http.get("/api/v1/rapport/message_requests", ben.token()).json())
                .hasSize(1);
    }

    @Test
    void a_bad_policy_value_is_a_422_naming_the_field_and_changes_nothing() {
        Http.Res r = http.patchJson("/api/v2/notifications/policy", ben.token(), map("for_new_accounts", "ignore"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("for_new_accounts");
        assertThat(http.get("/api/v2/notifications/policy", ben.token())
                        .json()
                        .get("for_new_accounts")
                        .asText())
                .isEqualTo("accept");
        assertThat(http.get("/api/v1/notifications").status()).isEqualTo(401);
    }

    @Test
    void ana_pages_through_her_notifications_with_link_headers_and_filters_by_type_and_account() {
        for (int i = 0; i < 5; i++) post(ben, "status", "ping " + i + " @ana", "visibility", "public");
        rel.followAccount().follow(cleo.id(), ana.id(), null);
        Http.Res first = http.get("/api/v1/notifications?limit=4", ana.token());
        assertThat(first.json()).hasSize(4);
        assertThat(first.json().get(0).get("type").asText()).isEqualTo("follow");
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        Http.Res second = http.get(next.substring(next.indexOf("/api/")), ana.token());
        assertThat(second.json()).hasSize(2);
        assertThat(notes(ana, "?types[]=follow")).hasSize(1);
        assertThat(notes(ana, "?exclude_types[]=mention")).hasSize(1);
        // Unknown types (a newer server's, as Tusky and Elk send) are ignored rather than refused.
        Http.Res unknown = http.get("/api/v1/notifications?types[]=poke", ana.token());
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json()).isEmpty();
        assertThat(notes(ana, "?types[]=follow&types[]=admin.sign_up&types[]=poke"))
                .hasSize(1);
        assertThat(notes(ana, "?exclude_types[]=mention&exclude_types[]=severed_relationships"))
                .hasSize(1);
        assertThat(notes(ana, "?account_id=" + ben.id())).hasSize(5);
        String newest = first.json().get(0).get("id").asText();
        String oldest = second.json().get(1).get("id").asText();
        assertThat(notes(ana, "?min_id=" + oldest + "&limit=2").get(1).get("id").asText())
                .isNotEqualTo(newest);
        assertThat(notes(ana, "?since_id=" + oldest)).hasSize(5);
    }

    @Test
    void ben_dismisses_one_notification_then_clears_the_rest_and_cannot_touch_anyone_elses() {
        post(ana, "status", "one @ben @cleo", "visibility", "public");
        post(ana, "status", "two @ben", "visibility", "public");
        JsonNode list = notes(ben);
        String first = list.get(0).get("id").asText();
        assertThat(http.get("/api/v1/notifications/" + first, ben.token())
                        .json()
                        .get("type")
                        .asText())
                .isEqualTo("mention");
        assertThat(http.get("/api/v1/notifications/" + first, cleo.token()).status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/notifications/" + first + "/dismiss", cleo.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/notifications/" + first + "/dismiss", ben.token())
                        .status())
                .isEqualTo(200);
        assertThat(notes(ben)).hasSize(1);
        assertThat(http.get("/api/v1/notifications/" + first, ben.token()).status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/notifications/clear", ben.token()).status())
                .isEqualTo(200);
        assertThat(notes(ben)).isEmpty();
        assertThat(notes(cleo)).hasSize(1);
        assertThat(http.get("/api/v1/notifications/nonsense", ben.token()).status())
                .isEqualTo(404);
    }
}
