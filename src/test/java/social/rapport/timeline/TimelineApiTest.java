package social.rapport.timeline;

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
import social.rapport.testing.TestUsers.User;

@RapportServer
class TimelineApiTest {
    TestServer server;
    Http http;
    @Person
    User ana, ben, cleo, dan;

    String post(User u, Object... kv) {
        Http.Res r = http.postJson("/api/v1/statuses", u.token(), map(kv));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void ana_home_holds_her_own_posts_those_of_people_she_follows_or_is_connected_with_and_their_reblogs() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        var sent = server.app()
                .relations()
                .sendInvitation()
                .send(
                        ana.id(),
                        new social.rapport.relation.connect.SendInvitation.Request(cleo.id(), "hi", "colleague", null));
        server.app()
                .relations()
                .acceptInvitation()
                .accept(cleo.id(), sent.invitation().id());
        String own = post(ana, "status", "mine");
        String bens = post(ben, "status", "from ben");
        String cleos = post(cleo, "status", "cleo for connections", "audience", List.of("connections"));
        String dans = post(dan, "status", "dan is a stranger");
        String bensPrivate = post(ben, "status", "ben followers only", "visibility", "private");
        String reblog = http.post("/api/v1/statuses/" + dans + "/reblog", ben.token())
                .json()
                .get("id")
                .asText();
        assertThat(ids(http.get("/api/v1/timelines/home", ana.token()).json()))
                .containsExactly(reblog, bensPrivate, cleos, bens, own);
    }

    @Test
    void muting_and_blocking_take_accounts_out_of_home() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        server.app().relations().followAccount().follow(ana.id(), cleo.id(), null);
        String bens = post(ben, "status", "ben");
        post(cleo, "status", "cleo");
        String dans = post(dan, "status", "dan");
        http.post("/api/v1/statuses/" + dans + "/reblog", ben.token());
        server.app().relations().muteAccount().mute(ana.id(), cleo.id(), true, 0);
        server.app().relations().muteAccount().mute(ana.id(), dan.id(), true, 0);
        assertThat(ids(http.get("/api/v1/timelines/home", ana.token()).json())).containsExactly(bens);
        server.app().relations().blockAccount().block(ben.id(), ana.id());
        assertThat(ids(http.get("/api/v1/timelines/home", ana.token()).json())).isEmpty();
    }

    @Test
    void home_pages_with_max_id_min_id_and_since_id_and_a_link_header() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) all.add(0, post(ben, "status", "post " + i));
        Http.Res first = http.get("/api/v1/timelines/home?limit=3", ana.token());
        assertThat(ids(first.json())).isEqualTo(all.subList(0, 3));
        assertThat(first.header("Link"))
                .contains("max_id=" + all.get(2))
                .contains("rel=\"next\"")
                .contains("min_id=" + all.get(0));
        assertThat(ids(http.get("/api/v1/timelines/home?limit=3&max_id=" + all.get(2), ana.token())
                        .json()))
                .isEqualTo(all.subList(3, 6));
        assertThat(ids(http.get("/api/v1/timelines/home?limit=2&min_id=" + all.get(4), ana.token())
                        .json()))
                .isEqualTo(all.subList(2, 4));
        assertThat(ids(http.get("/api/v1/timelines/home?limit=40&since_id=" + all.get(4), ana.token())
                        .json()))
                .isEqualTo(all.subList(0, 4));
        assertThat(http.get("/api/v1/timelines/home?limit=0", ana.token()).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/timelines/home?max_id=abc", ana.token()).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/timelines/home").status()).isEqualTo(401);
    }

    @Test
    void public_and_tag_timelines_hold_only_public_posts() {
        String open = post(ana, "status", "hello #coffee");
        post(ana, "status", "unlisted #coffee", "visibility", "unlisted");
        post(ana, "status", "followers #coffee", "visibility", "private");
        post(ana, "status", "direct #coffee @ben", "visibility", "direct");
        http.post("/api/v1/statuses/" + open + "/reblog", ben.token());
        assertThat(ids(http.get("/api/v1/timelines/public").json())).containsExactly(open);
        assertThat(ids(http.get("/api/v1/timelines/public?local=true", ben.token())
                        .json()))
                .containsExactly(open);
        assertThat(ids(http.get("/api/v1/timelines/tag/coffee").json())).containsExactly(open);
        assertThat(ids(http.get("/api/v1/timelines/tag/tea").json())).isEmpty();
    }

    @Test
    void a_profile_lists_what_the_viewer_may_see_and_the_index_forgets_deleted_posts() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        String open = post(ana, "status", "public");
        String closed = post(ana, "status", "followers", "visibility", "private");
        assertThat(ids(http.get("/api/v1/accounts/" + ana.id() + "/statuses", ben.token())
                        .json()))
                .containsExactly(closed, open);
        assertThat(ids(http.get("/api/v1/accounts/" + ana.id() + "/statuses").json()))
                .containsExactly(open);
        assertThat(ids(http.get("/api/v1/timelines/home", ben.token()).json())).containsExactly(closed, open);
        http.delete("/api/v1/statuses/" + closed, ana.token());
        assertThat(ids(http.get("/api/v1/timelines/home", ben.token()).json())).containsExactly(open);
        assertThat(http.get("/api/v1/accounts/999/statuses").status()).isEqualTo(404);
    }

    static JsonNode first(JsonNode page, String id) {
        for (JsonNode n : page) if (n.get("id").asText().equals(id)) return n;
        throw new AssertionError("no post " + id + " in " + page);
    }

    @Test
    void home_shows_edits_and_counts_as_they_change_and_counts_only_what_each_viewer_may_see() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        server.app().relations().followAccount().follow(dan.id(), ben.id(), null);
        String bens = post(ben, "status", "first words");
        // Read once, so that the page's posts are kept in memory before anything changes.
        assertThat(first(http.get("/api/v1/timelines/home", ana.token()).json(), bens)
                        .get("content")
                        .asText())
                .contains("first words");
        assertThat(http.putJson("/api/v1/statuses/" + bens, ben.token(), map("status", "second words"))
                        .status())
                .isEqualTo(200);
        JsonNode seen = first(http.get("/api/v1/timelines/home", ana.token()).json(), bens);
        assertThat(seen.get("content").asText()).contains("second words").doesNotContain("first words");
        assertThat(seen.get("edited_at").isNull()).isFalse();

        // A reply only the people it mentions may see counts for them alone; a public one for everyone.
        post(dan, "status", "@ana just for you", "in_reply_to_id", bens, "visibility", "direct");
        post(cleo, "status", "for all", "in_reply_to_id", bens);
        http.post("/api/v1/statuses/" + bens + "/favourite", ana.token());
        http.post("/api/v1/statuses/" + bens + "/bookmark", ana.token());
        http.post("/api/v1/statuses/" + bens + "/reblog", dan.token());
        JsonNode forAna = first(http.get("/api/v1/timelines/home", ana.token()).json(), bens);
        assertThat(forAna.get("replies_count").asInt()).isEqualTo(2);
        assertThat(forAna.get("favourites_count").asInt()).isEqualTo(1);
        assertThat(forAna.get("reblogs_count").asInt()).isEqualTo(1);
        assertThat(forAna.get("favourited").asBoolean()).isTrue();
        assertThat(forAna.get("bookmarked").asBoolean()).isTrue();
        assertThat(forAna.get("reblogged").asBoolean()).isFalse();
        JsonNode forBen = first(http.get("/api/v1/timelines/home", ben.token()).json(), bens);
        assertThat(forBen.get("replies_count").asInt()).isEqualTo(1);
        assertThat(forBen.get("favourited").asBoolean()).isFalse();
        assertThat(forBen.get("bookmarked").asBoolean()).isFalse();
        JsonNode forDan = first(http.get("/api/v1/timelines/home", dan.token()).json(), bens);
        assertThat(forDan.get("reblogged").asBoolean()).isTrue();
        assertThat(forDan.get("replies_count").asInt()).isEqualTo(2);

        // An unfavourite counts at once; a block hides the blocked account's favourite from the blocker only.
        http.post("/api/v1/statuses/" + bens + "/unfavourite", ana.token());
        assertThat(first(http.get("/api/v1/timelines/home", dan.token()).json(), bens)
                        .get("favourites_count")
                        .asInt())
                .isZero();
        assertThat(http.post("/api/v1/statuses/" + bens + "/favourite", dan.token())
                        .status())
                .isEqualTo(200);
        server.app().relations().blockAccount().block(ben.id(), dan.id());
        assertThat(first(http.get("/api/v1/timelines/home", ben.token()).json(), bens)
                        .get("favourites_count")
                        .asInt())
                .isZero();
        assertThat(first(http.get("/api/v1/timelines/home", ana.token()).json(), bens)
                        .get("favourites_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void a_deleted_account_disappears_from_the_mentions_of_posts_already_read() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        String bens = post(ben, "status", "hello @dan and @cleo");
        JsonNode before = first(http.get("/api/v1/timelines/home", ana.token()).json(), bens);
        assertThat(before.get("mentions")).hasSize(2);
        server.app().deleteAccount().delete(dan.id(), social.rapport.testing.TestUsers.PASSWORD, "127.0.0.1");
        JsonNode after = first(http.get("/api/v1/timelines/home", ana.token()).json(), bens);
        assertThat(after.get("mentions")).hasSize(1);
        assertThat(after.get("mentions").get(0).get("username").asText()).isEqualTo("cleo");
    }

    @Test
    void the_index_is_rebuilt_from_the_store_at_start() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        String bens = post(ben, "status", "before restart");
        var rebuilt = RecentPostsFeed.start(server.app().db());
        assertThat(rebuilt.find(ben.id(), Long.parseLong(bens))).isNotNull();
        assertThat(rebuilt.size()).isEqualTo(1);
    }
}
