package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

@RapportServer
class StatusApiTest {
    TestServer server;
    Scene scene;
    Http http;
    @Person
    User ana, ben, cleo;

    JsonNode post(User u, Object... kv) {
        return scene.postJson(u, kv);
    }

    String id(JsonNode n) {
        return n.get("id").asText();
    }

    int statusCount() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM statuses")
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void ana_posts_publicly_and_anyone_reads_her_post_with_mentions_and_tags_linked() {
        JsonNode p = post(ana, "status", "Hello @ben, welcome to #Rapport <3");
        assertThat(p.get("visibility").asText()).isEqualTo("public");
        assertThat(p.get("content").asText())
                .contains("class=\"u-url mention\"")
                .contains("&lt;3");
        assertThat(p.get("mentions").get(0).get("username").asText()).isEqualTo("ben");
        assertThat(p.get("tags").get(0).get("name").asText()).isEqualTo("rapport");
        assertThat(p.get("rapport").get("audience").get(0).asText()).isEqualTo("public");
        Http.Res anon = http.get("/api/v1/statuses/" + id(p));
        assertThat(anon.status()).isEqualTo(200);
        assertThat(anon.json().get("account").get("username").asText()).isEqualTo("ana");
        assertThat(Long.parseLong(id(p))).isPositive();
    }

    @Test
    void a_reply_counts_as_an_earlier_conversation_when_screening_invitations() {
        Http.Res rules = http.putJson(
                "/api/v1/rapport/screening",
                ana.token(),
                map("who_may_invite", "anyone", "require_one_of", List.of("earlier_conversation")));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        JsonNode hello = post(ana, "status", "Anyone going to the fair?");
        post(ben, "status", "I am!", "in_reply_to_id", id(hello));
        Http.Res fromBen = http.postJson(
                "/api/v1/rapport/invitations",
                ben.token(),
                map("account_id", ana.idString(), "how_we_met", "met_in_person"));
        Http.Res fromCleo = http.postJson(
                "/api/v1/rapport/invitations",
                cleo.token(),
                map("account_id", ana.idString(), "how_we_met", "met_in_person"));
        assertThat(fromBen.json().get("state").asText()).as(fromBen.toString()).isEqualTo("pending");
        // Screening never tells the sender: Cleo's looks pending to her, and Ana finds it filtered.
        assertThat(fromCleo.json().get("state").asText())
                .as(fromCleo.toString())
                .isEqualTo("pending");
        JsonNode filtered = http.get("/api/v1/rapport/invitations?box=filtered", ana.token())
                .json();
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).get("account").get("id").asText()).isEqualTo(cleo.idString());
        assertThat(filtered.get(0).get("screening_reason").asText()).contains("earlier_conversation");
    }

    @Test
    void the_instance_documents_count_posts_but_not_reblogs() {
        JsonNode p = post(ana, "status", "one");
        post(ana, "status", "two");
        assertThat(http.postJson("/api/v1/statuses/" + id(p) + "/reblog", ben.token(), map())
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/instance")
                        .json()
                        .get("stats")
                        .get("status_count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void ana_followers_post_reaches_ben_who_follows_her_and_is_a_plain_404_for_cleo_and_strangers() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        JsonNode p = post(ana, "status", "for followers", "visibility", "private");
        assertThat(p.get("rapport").get("warnings").size()).isEqualTo(1);
        assertThat(http.get("/api/v1/statuses/" + id(p), ben.token()).status()).isEqualTo(200);
        Http.Res hidden = http.get("/api/v1/statuses/" + id(p), cleo.token());
        Http.Res missing = http.get("/api/v1/statuses/123456789", cleo.token());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(http.get("/api/v1/statuses/" + id(p)).status()).isEqualTo(404);
        for (String action : List.of("favourite", "bookmark", "reblog", "pin")) {
            Http.Res r = http.post("/api/v1/statuses/" + id(p) + "/" + action, cleo.token());
            assertThat(r.status()).as(action).isEqualTo(404);
            assertThat(r.body()).isEqualTo(missing.body());
        }
        Http.Res reply = http.postJson("/api/v1/statuses", cleo.token(), map("status", "hi", "in_reply_to_id", id(p)));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(statusCount()).isEqualTo(1);
    }

    @Test
    void bad_posts_are_a_clear_4xx_and_change_nothing() {
        long bens = server.app()
                .relations()
                .createCircle()
                .create(ben.id(), "Ben's friends")
                .id();
        server.app().relations().addToCircle().add(ben.id(), bens, List.of(cleo.id()));
        String circleOfBen = "circle:" + bens;
        assertThat(http.postJson("/api/v1/statuses", ana.token(), map("status", "  "))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/statuses", ana.token(), map("status", "x".repeat(501)))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/statuses", ana.token(), map("status", "😀".repeat(500)))
                        .status())
                .isEqualTo(200);
        assertThat(http.postJson("/api/v1/statuses", ana.token(), map("status", "x", "visibility", "everyone"))
                        .status())
                .isEqualTo(422);
        Http.Res unknown =
                http.postJson("/api/v1/statuses", ana.token(), map("status", "x", "audience", List.of("friends")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("error").asText()).contains("Unknown audience");
        Http.Res foreignCircle =
                http.postJson("/api/v1/statuses", ana.token(), map("status", "x", "audience", List.of(circleOfBen)));
        assertThat(foreignCircle.status()).isEqualTo(422);
        assertThat(http.postJson(
                                "/api/v1/statuses",
                                ana.token(),
                                map("status", "x", "audience_except", List.of(circleOfBen)))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/statuses", ana.token(), map("status", "x", "in_reply_to_id", "999"))
                        .status())
                .isEqualTo(404);
        assertThat(http.postJson("/api/v1/statuses", ana.token(), map("status", "x", "reply_policy", "nobody"))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/statuses", ana.token(), map("title", "T", "status", "y".repeat(20_001)))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/statuses", null, map("status", "x")).status())
                .isEqualTo(401);
        assertThat(statusCount()).isEqualTo(1);
        assertThat(http.post("/api/v1/statuses/abc/favourite", ana.token()).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/statuses/42/context").status()).isEqualTo(404);
    }

    @Test
    void ben_cannot_edit_or_delete_ana_post_and_ana_edits_keep_a_history_only_her_audience_sees() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        JsonNode p = post(ana, "status", "first", "visibility", "private");
        assertThat(http.putJson("/api/v1/statuses/" + id(p), ben.token(), map("status", "mine now"))
                        .status())
                .isEqualTo(404);
        assertThat(http.delete("/api/v1/statuses/" + id(p), ben.token()).status())
                .isEqualTo(404);
        Http.Res edited = http.putJson("/api/v1/statuses/" + id(p), ana.token(), map("status", "second"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("content").asText()).contains("second");
        assertThat(edited.json().get("edited_at").isNull()).isFalse();
        JsonNode history =
                http.get("/api/v1/statuses/" + id(p) + "/history", ben.token()).json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("content").asText()).contains("first");
        assertThat(http.get("/api/v1/statuses/" + id(p) + "/history", cleo.token())
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/statuses/" + id(p) + "/history").status()).isEqualTo(404);
    }

    @Test
    void ben_reblogs_ana_public_post_but_not_her_followers_post_and_deleting_the_original_removes_the_reblog() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        JsonNode open = post(ana, "status", "share me");
        JsonNode closed = post(ana, "status", "keep close", "visibility", "private");
        assertThat(http.post("/api/v1/statuses/" + id(closed) + "/reblog", ben.token())
                        .status())
                .isEqualTo(422);
        Http.Res rb = http.post("/api/v1/statuses/" + id(open) + "/reblog", ben.token());
        assertThat(rb.status()).isEqualTo(200);
        assertThat(rb.json().get("reblog").get("id").asText()).isEqualTo(id(open));
        assertThat(rb.json().get("reblog").get("reblogs_count").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/statuses/" + id(open) + "/reblogged_by")
                        .json()
                        .get(0)
                        .get("username")
                        .asText())
                .isEqualTo("ben");
        String reblogId = rb.json().get("id").asText();
        assertThat(http.delete("/api/v1/statuses/" + id(open), ana.token()).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/statuses/" + reblogId).status()).isEqualTo(404);
        assertThat(statusCount()).isEqualTo(1);
    }

    @Test
    void only_ana_may_quote_her_followers_post_and_only_her_followers_see_the_embed() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        server.app().relations().followAccount().follow(cleo.id(), ana.id(), null);
        JsonNode closed = post(ana, "status", "secret plans", "visibility", "private");
        // Cleo sees it but may not quote it past its audience; only Ana may.
        Http.Res byCleo = http.postJson(
                "/api/v1/statuses", cleo.token(), map("status", "look at this", "quoted_status_id", id(closed)));
        assertThat(byCleo.status()).isEqualTo(403);
        JsonNode quote = post(ana, "status", "look at this", "quoted_status_id", id(closed));
        assertThat(quote.get("quote").get("quoted_status").get("id").asText()).isEqualTo(id(closed));
        JsonNode asBen = http.get("/api/v1/statuses/" + id(quote), ben.token()).json();
        assertThat(asBen.get("quote").get("state").asText()).isEqualTo("accepted");
        JsonNode asStranger = http.get("/api/v1/statuses/" + id(quote)).json();
        assertThat(asStranger.get("quote").get("state").asText()).isEqualTo("deleted");
        assertThat(asStranger.get("quote").get("quoted_status").isNull()).isTrue();
        assertThat(asStranger.toString()).doesNotContain("secret plans").doesNotContain(id(closed));
    }

    @Test
    void ana_limits_replies_to_mentioned_people_and_ben_who_is_not_mentioned_is_refused() {
        JsonNode p = post(ana, "status", "question for @cleo", "reply_policy", "mentioned");
        Http.Res refused =
                http.postJson("/api/v1/statuses", ben.token(), map("status", "me too", "in_reply_to_id", id(p)));
        assertThat(refused.status()).isEqualTo(403);
        JsonNode reply = post(cleo, "status", "answer", "in_reply_to_id", id(p));
        assertThat(reply.get("in_reply_to_id").asText()).isEqualTo(id(p));
        JsonNode context = http.get("/api/v1/statuses/" + id(p) + "/context").json();
        assertThat(context.get("descendants")).hasSize(1);
        assertThat(http.get("/api/v1/statuses/" + id(p))
                        .json()
                        .get("replies_count")
                        .asInt())
                .isEqualTo(1);
        assertThat(statusCount()).isEqualTo(2);
    }

    @Test
    void a_reply_to_a_restricted_post_hides_its_parent_from_those_outside_the_parent_audience() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        JsonNode closed = post(ana, "status", "followers only", "visibility", "private");
        JsonNode reply = post(ben, "status", "public answer", "in_reply_to_id", id(closed));
        JsonNode asCleo =
                http.get("/api/v1/statuses/" + id(reply), cleo.token()).json();
        assertThat(asCleo.get("in_reply_to_id").isNull()).isTrue();
        assertThat(http.get("/api/v1/statuses/" + id(reply) + "/context", cleo.token())
                        .json()
                        .get("ancestors"))
                .isEmpty();
        assertThat(http.get("/api/v1/statuses/" + id(reply) + "/context", ben.token())
                        .json()
                        .get("ancestors"))
                .hasSize(1);
    }

    @Test
    void ben_favourites_and_bookmarks_ana_post_and_pins_are_limited_to_five_own_posts() {
        JsonNode p = post(ana, "status", "like me");
        assertThat(http.post("/api/v1/statuses/" + id(p) + "/favourite", ben.token())
                        .json()
                        .get("favourited")
                        .asBoolean())
                .isTrue();
        http.post("/api/v1/statuses/" + id(p) + "/favourite", ben.token());
        assertThat(http.get("/api/v1/statuses/" + id(p))
                        .json()
                        .get("favourites_count")
                        .asInt())
                .isEqualTo(1);
        assertThat(http.get("/api/v1/statuses/" + id(p) + "/favourited_by")
                        .json()
                        .get(0)
                        .get("username")
                        .asText())
                .isEqualTo("ben");
        http.post("/api/v1/statuses/" + id(p) + "/bookmark", ben.token());
        assertThat(http.get("/api/v1/bookmarks", ben.token())
                        .json()
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(id(p));
        assertThat(http.get("/api/v1/favourites", ben.token()).json()).hasSize(1);
        http.post("/api/v1/statuses/" + id(p) + "/unfavourite", ben.token());
        assertThat(http.get("/api/v1/favourites", ben.token()).json()).isEmpty();
        assertThat(http.post("/api/v1/statuses/" + id(p) + "/pin", ben.token()).status())
                .isEqualTo(422);
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/api/v1/statuses/" + id(post(ana, "status", "pin " + i)) + "/pin", ana.token())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(http.post("/api/v1/statuses/" + id(p) + "/pin", ana.token()).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/accounts/" + ana.id() + "/statuses?pinned=true")
                        .json())
                .hasSize(5);
    }

    @Test
    void a_locked_account_defaults_to_followers_and_shows_strangers_its_introduction_first() {
        server.app()
                .db()
                .writeVoid(tx -> tx.handle()
                        .createUpdate("UPDATE accounts SET locked = TRUE WHERE id = :a")
                        .bind("a", ana.id())
                        .execute());
        JsonNode intro = post(ana, "status", "Hello, I am Ana: I review every follower", "visibility", "public");
        JsonNode closed = post(ana, "status", "just for followers");
        post(ana, "status", "a later public note", "visibility", "public");
        server.app().relations().setIntroduction().set(ana.id(), "About me", List.of(id(intro), id(closed)));
        assertThat(closed.get("visibility").asText()).isEqualTo("private");
        assertThat(closed.get("rapport").get("warnings")).isEmpty();
        JsonNode profile =
                http.get("/api/v1/accounts/" + ana.id() + "/statuses").json();
        assertThat(profile).hasSize(2);
        assertThat(profile.get(0).get("id").asText()).isEqualTo(id(intro));
        assertThat(profile.toString()).doesNotContain("just for followers");
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        server.app().relations().authorizeFollowRequest().authorize(ana.id(), ben.id());
        JsonNode asFollower = http.get("/api/v1/accounts/" + ana.id() + "/statuses", ben.token())
                .json();
        assertThat(asFollower).hasSize(3);
        assertThat(asFollower.get(0).get("content").asText()).contains("a later public note");
    }

    @Test
    void posting_defaults_apply_to_new_posts_and_circles_must_be_ones_own() {
        long family =
                server.app().relations().createCircle().create(ana.id(), "Kin").id();
        server.app().relations().addToCircle().add(ana.id(), family, List.of(ben.id()));
        Http.Res set = http.putJson(
                "/api/v1/rapport/posting_defaults",
                ana.token(),
                map("audience", List.of("circle:" + family), "reply_policy", "followers"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonNode p = post(ana, "status", "family news");
        assertThat(p.get("rapport").get("audience").get(0).asText()).isEqualTo("circle:" + family);
        assertThat(p.get("rapport").get("reply_policy").asText()).isEqualTo("followers");
        assertThat(http.get("/api/v1/statuses/" + id(p), ben.token())
                        .json()
                        .get("rapport")
                        .get("audience")
                        .get(0)
                        .asText())
                .isEqualTo("circle");
        assertThat(http.get("/api/v1/statuses/" + id(p), cleo.token()).status()).isEqualTo(404);
        assertThat(http.putJson(
                                "/api/v1/rapport/posting_defaults",
                                ben.token(),
                                map("audience", List.of("circle:" + family)))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void every_change_leaves_its_event_in_the_outbox_for_notifications_and_streaming() {
        JsonNode p = post(ana, "status", "hi @ben");
        post(ben, "status", "reply", "in_reply_to_id", id(p));
        post(cleo, "status", "quote", "quoted_status_id", id(p));
        String reblog = http.post("/api/v1/statuses/" + id(p) + "/reblog", cleo.token())
                .json()
                .get("id")
                .asText();
        http.post("/api/v1/statuses/" + id(p) + "/favourite", ben.token());
        http.post("/api/v1/statuses/" + id(p) + "/unfavourite", ben.token());
        http.post("/api/v1/statuses/" + id(p) + "/bookmark", ben.token());
        http.post("/api/v1/statuses/" + id(p) + "/pin", ana.token());
        http.putJson("/api/v1/statuses/" + id(p), ana.token(), map("status", "hi again @ben"));
        http.delete("/api/v1/statuses/" + id(p), ana.token());
        List<String> topics = server.app()
                .db()
                .read(h -> h.createQuery("SELECT topic FROM outbox WHERE topic LIKE 'status.%' ORDER BY id")
                        .mapTo(String.class)
                        .list());
        assertThat(topics)
                .contains(
                        "status.created",
                        "status.mentioned",
                        "status.replied",
                        "status.quoted",
                        "status.reblogged",
                        "status.favourited",
                        "status.unfavourited",
                        "status.bookmarked",
                        "status.pinned",
                        "status.edited",
                        "status.unreblogged",
                        "status.deleted");
        assertThat(topics.stream().filter(t -> t.equals("status.deleted")).count())
                .isEqualTo(2);
        assertThat(http.get("/api/v1/statuses/" + reblog).status()).isEqualTo(404);
    }

    @Test
    void ana_writes_an_article_whose_markdown_is_rendered_safely() {
        JsonNode a = post(
                ana,
                "title",
                "On <trust>",
                "status",
                "Some **bold** words for #rapport\n\n<img src=x onerror=alert(1)>");
        assertThat(a.get("rapport").get("kind").asText()).isEqualTo("article");
        assertThat(a.get("rapport").get("title").asText()).isEqualTo("On <trust>");
        assertThat(a.get("content").asText())
                .contains("<h1>On &lt;trust&gt;</h1>")
                .contains("<strong>bold</strong>")
                .doesNotContain("<img")
                .contains("&lt;img");
        assertThat(a.get("tags").get(0).get("name").asText()).isEqualTo("rapport");
    }
}
