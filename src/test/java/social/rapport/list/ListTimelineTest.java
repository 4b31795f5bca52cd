package social.rapport.list;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

@RapportServer
class ListTimelineTest {
    TestServer server;
    Scene scene;
    Http http;
    @Person
    User ana, ben, cleo, dan;

    String list(User owner, Object... fields) {
        Http.Res r = http.postJson("/api/v1/lists", owner.token(), map(fields));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    void add(User owner, String list, User... members) {
        List<String> ids = new ArrayList<>();
        for (User m : members) ids.add(m.idString());
        Http.Res r = http.postJson("/api/v1/lists/" + list + "/accounts", owner.token(), map("account_ids", ids));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    String post(User u, Object... kv) {
        return scene.postJson(u, kv).get("id").asText();
    }

    List<String> timeline(User owner, String list) {
        return ids(http.get("/api/v1/timelines/list/" + list, owner.token()).json());
    }

    List<String> home(User u) {
        return ids(http.get("/api/v1/timelines/home", u.token()).json());
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void a_list_shows_its_members_posts_that_ana_may_see_and_nothing_else() {
        scene.follow(ana.id(), ben.id());
        scene.connect(ana, cleo);
        scene.follow(ana.id(), dan.id());
        String l = list(ana, "title", "People");
        add(ana, l, ben, cleo);
        long family = scene.circle(ben.id(), "Family");
        scene.putInCircle(ben.id(), "Family", dan.id());

        String open = post(ben, "status", "hello all");
        String followers = post(ben, "status", "for followers", "visibility", "private");
        post(ben, "status", "family only", "audience", List.of("circle:" + family));
        post(ben, "status", "@dan just you", "visibility", "direct");
        post(ben, "status", "connections only", "audience", List.of("connections"));
        String cleos = post(cleo, "status", "for connections", "audience", List.of("connections"));
        post(dan, "status", "dan is no member");
        String reblog = http.post("/api/v1/statuses/" + open + "/reblog", cleo.token())
                .json()
                .get("id")
                .asText();
        post(ana, "status", "ana's own post is not on her list");

        assertThat(timeline(ana, l)).containsExactly(reblog, cleos, followers, open);

        // Cleo drops ana as a follower but stays connected: she stays on the list, her followers-only
        // posts no longer reach ana, and her posts to connections still do.
        server.app().relations().removeFollower().remove(cleo.id(), ana.id());
        String cleoFollowers = post(cleo, "status", "followers of cleo", "visibility", "private");
        String cleoConnections = post(cleo, "status", "connections again", "audience", List.of("connections"));
        assertThat(timeline(ana, l)).contains(cleoConnections).doesNotContain(cleoFollowers);

        // A muted member leaves the list's timeline; a block takes them off the list.
        server.app().relations().muteAccount().mute(ana.id(), cleo.id(), true, 0);
        assertThat(timeline(ana, l)).containsExactly(followers, open);
        server.app().relations().blockAccount().block(ben.id(), ana.id());
        assertThat(timeline(ana, l)).isEmpty();
    }

    @Test
    void the_list_timeline_pages_like_home_with_a_link_header() {
        scene.follow(ana.id(), ben.id());
        String l = list(ana, "title", "Ben");
        add(ana, l, ben);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) all.add(0, post(ben, "status", "post " + i));
        Http.Res first = http.get("/api/v1/timelines/list/" + l + "?limit=3", ana.token());
        assertThat(ids(first.json())).isEqualTo(all.subList(0, 3));
        assertThat(first.header("Link"))
                .contains("/api/v1/timelines/list/" + l)
                .contains("max_id=" + all.get(2))
                .contains("min_id=" + all.get(0));
        assertThat(ids(http.get("/api/v1/timelines/list/" + l + "?limit=3&max_id=" + all.get(2), ana.token())
                        .json()))
                .isEqualTo(all.subList(3, 6));
        assertThat(ids(http.get("/api/v1/timelines/list/" + l + "?limit=2&min_id=" + all.get(4), ana.token())
                        .json()))
                .isEqualTo(all.subList(2, 4));
        assertThat(ids(http.get("/api/v1/timelines/list/" + l + "?since_id=" + all.get(4), ana.token())
                        .json()))
                .isEqualTo(all.subList(0, 4));
    }

    @Test
    void an_exclusive_list_takes_its_members_posts_out_of_home() {
        scene.follow(ana.id(), ben.id());
        scene.follow(ana.id(), cleo.id());
        String l = list(ana, "title", "Loud", "exclusive", true);
        add(ana, l, ben);
        String bens = post(ben, "status", "so much news");
        String cleos = post(cleo, "status", "quiet");
        assertThat(home(ana)).containsExactly(cleos);
        assertThat(timeline(ana, l)).containsExactly(bens);
        // Someone else's home keeps ben's posts.
        scene.follow(dan.id(), ben.id());
        assertThat(home(dan)).containsExactly(bens);

        http.putJson("/api/v1/lists/" + l, ana.token(), map("exclusive", false));
        assertThat(home(ana)).containsExactly(cleos, bens);
        http.putJson("/api/v1/lists/" + l, ana.token(), map("exclusive", true));
        http.delete("/api/v1/lists/" + l, ana.token());
        assertThat(home(ana)).containsExactly(cleos, bens);
    }

    @Test
    void replies_show_as_the_lists_replies_policy_says() {
        scene.follow(ana.id(), ben.id());
        scene.follow(ana.id(), cleo.id());
        String list = list(ana, "title", "list policy");
        String followed = list(ana, "title", "followed policy", "replies_policy", "followed");
        String none = list(ana, "title", "no replies", "replies_policy", "none");
        add(ana, list, ben);
        add(ana, followed, ben);
        add(ana, none, ben);

        String own = post(ben, "status", "a thread");
        String toSelf = post(ben, "status", "more", "in_reply_to_id", own);
        String toAna = post(ben, "status", "@ana yes", "in_reply_to_id", post(ana, "status", "question"));
        String toCleo = post(ben, "status", "@cleo sure", "in_reply_to_id", post(cleo, "status", "hi"));
        String toDan = post(ben, "status", "@dan no", "in_reply_to_id", post(dan, "status", "stranger"));

        assertThat(timeline(ana, list)).containsExactly(toAna, toSelf, own);
        assertThat(timeline(ana, followed)).containsExactly(toCleo, toAna, toSelf, own);
        assertThat(timeline(ana, none)).containsExactly(toAna, toSelf, own);
        add(ana, list, cleo);
        assertThat(timeline(ana, list)).contains(toCleo).doesNotContain(toDan);
    }
}
