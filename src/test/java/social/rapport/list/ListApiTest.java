package social.rapport.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

@RapportServer
class ListApiTest {
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

    Http.Res add(User owner, String list, User... members) {
        List<String> ids = new ArrayList<>();
        for (User m : members) ids.add(m.idString());
        return http.postJson("/api/v1/lists/" + list + "/accounts", owner.token(), map("account_ids", ids));
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    int rows(String sql) {
        return server.app()
                .db()
                .read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void ana_creates_reads_renames_and_deletes_a_list_as_mastodon_shows_it() {
        Http.Res made = http.postJson("/api/v1/lists", ana.token(), map("title", "  Coffee people "));
        assertThat(made.status()).isEqualTo(200);
        JsonNode l = made.json();
        assertThat(l.get("title").asText()).isEqualTo("Coffee people");
        assertThat(l.get("replies_policy").asText()).isEqualTo("list");
        assertThat(l.get("exclusive").asBoolean()).isFalse();
        String id = l.get("id").asText();
        String other = list(ana, "title", "Work", "replies_policy", "none", "exclusive", true);

        assertThat(ids(http.get("/api/v1/lists", ana.token()).json())).containsExactly(id, other);
        JsonNode work = http.get("/api/v1/lists/" + other, ana.token()).json();
        assertThat(work.get("replies_policy").asText()).isEqualTo("none");
        assertThat(work.get("exclusive").asBoolean()).isTrue();

        JsonNode changed = http.putJson(
                        "/api/v1/lists/" + id, ana.token(), map("replies_policy", "followed", "exclusive", true))
                .json();
        assertThat(changed.get("title").asText()).isEqualTo("Coffee people");
        assertThat(changed.get("replies_policy").asText()).isEqualTo("followed");
        assertThat(changed.get("exclusive").asBoolean()).isTrue();
        assertThat(http.putJson("/api/v1/lists/" + id, ana.token(), map("title", "Beans"))
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Beans");

        assertThat(http.delete("/api/v1/lists/" + id, ana.token()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/lists/" + id, ana.token()).status()).isEqualTo(404);
        assertThat(ids(http.get("/api/v1/lists", ana.token()).json())).containsExactly(other);
    }

    @Test
    void someone_elses_list_is_answered_exactly_like_a_missing_one_on_every_path() {
        scene.follow(ana.id(), ben.id());
        scene.follow(cleo.id(), ben.id());
        String anas = list(ana, "title", "Mine");
        add(ana, anas, ben);
        Http.Res missing = http.get("/api/v1/lists/999999", cleo.token());
        assertThat(missing.status()).isEqualTo(404);
        for (Http.Res r : List.of(
                http.get("/api/v1/lists/" + anas, cleo.token()),
                http.putJson("/api/v1/lists/" + anas, cleo.token(), map("title", "taken")),
                http.get("/api/v1/lists/" + anas + "/accounts", cleo.token()),
                add(cleo, anas, ben),
                http.send(
                        "DELETE",
                        "/api/v1/lists/" + anas + "/accounts",
                        cleo.token(),
                        "application/json",
                        Http.toJson(map("account_ids", List.of(ben.idString())))),
                http.get("/api/v1/timelines/list/" + anas, cleo.token()),
                http.delete("/api/v1/lists/" + anas, cleo.token()))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.body()).isEqualTo(missing.body());
        }
        assertThat(http.get("/api/v1/lists", cleo.token()).json()).isEmpty();
        assertThat(http.get("/api/v1/accounts/" + ben.id() + "/lists", cleo.token())
                        .json())
                .isEmpty();
        assertThat(http.get("/api/v1/lists/" + anas, ana.token())
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Mine");
        assertThat(rows("SELECT COUNT(*) FROM list_accounts")).isEqualTo(1);
    }

    @Test
    void only_people_ana_follows_or_is_connected_with_join_her_list_and_each_once() {
        scene.follow(ana.id(), ben.id());
        scene.connect(ana, cleo);
        String l = list(ana, "title", "Friends");
        Http.Res stranger = add(ana, l, ben, dan);
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.json().get("error").asText()).contains("follow");
        assertThat(rows("SELECT COUNT(*) FROM list_accounts")).isZero();
        assertThat(add(ana, l, ana).status()).isEqualTo(422);
        assertThat(add(ana, l, ben, cleo).status()).isEqualTo(200);
        Http.Res again = add(ana, l, ben);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("error").asText()).contains("already");

        // A pending follow request is no follow.
        scene.lock(dan.id());
        scene.follow(ana.id(), dan.id());
        assertThat(add(ana, l, dan).status()).isEqualTo(422);

        Http.Res members = http.get("/api/v1/lists/" + l + "/accounts", ana.token());
        assertThat(ids(members.json())).containsExactly(cleo.idString(), ben.idString());
        Http.Res first = http.get("/api/v1/lists/" + l + "/accounts?limit=1", ana.token());
        assertThat(ids(first.json())).containsExactly(cleo.idString());
        assertThat(first.header("Link")).contains("max_id=" + cleo.id()).contains("rel=\"next\"");
        assertThat(ids(http.get("/api/v1/lists/" + l + "/accounts?limit=1&max_id=" + cleo.id(), ana.token())
                        .json()))
                .containsExactly(ben.idString());

        assertThat(ids(http.get("/api/v1/accounts/" + ben.id() + "/lists", ana.token())
                        .json()))
                .containsExactly(l);
        assertThat(ids(http.get("/api/v1/accounts/" + dan.id() + "/lists", ana.token())
                        .json()))
                .isEmpty();
        assertThat(http.get("/api/v1/accounts/999999/lists", ana.token()).status())
                .isEqualTo(404);

        Http.Res removed = http.send(
                "DELETE",
                "/api/v1/lists/" + l + "/accounts",
                ana.token(),
                "application/json",
                Http.toJson(map("account_ids", List.of(ben.idString(), dan.idString()))));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(ids(http.get("/api/v1/lists/" + l + "/accounts", ana.token()).json()))
                .containsExactly(cleo.idString());
    }

    @Test
    void unfollowing_a_block_either_way_or_a_removed_connection_takes_people_off_ones_lists() {
        scene.follow(ana.id(), ben.id());
        scene.follow(ana.id(), cleo.id());
        scene.follow(ana.id(), dan.id());
        String l = list(ana, "title", "All");
        String m = list(ana, "title", "Some");
        assertThat(add(ana, l, ben, cleo, dan).status()).isEqualTo(200);
        assertThat(add(ana, m, ben).status()).isEqualTo(200);

        http.post("/api/v1/accounts/" + ben.id() + "/unfollow", ana.token());
        assertThat(ids(http.get("/api/v1/accounts/" + ben.id() + "/lists", ana.token())
                        .json()))
                .isEmpty();
        http.post("/api/v1/accounts/" + ana.id() + "/block", cleo.token());
        server.app().relations().removeFollower().remove(dan.id(), ana.id());
        assertThat(rows("SELECT COUNT(*) FROM list_accounts")).isZero();

        // Someone ana is still connected with stays when she unfollows them; the end of the connection takes them off.
        scene.connect(ana, ben);
        assertThat(add(ana, l, ben).status()).isEqualTo(200);
        http.post("/api/v1/accounts/" + ben.id() + "/unfollow", ana.token());
        assertThat(ids(http.get("/api/v1/lists/" + l + "/accounts", ana.token()).json()))
                .containsExactly(ben.idString());
        server.app().relations().removeConnection().remove(ben.id(), ana.id());
        assertThat(rows("SELECT COUNT(*) FROM list_accounts")).isZero();
    }

    @Test
    void bad_input_is_a_clear_4xx_and_changes_nothing() {
        scene.follow(ana.id(), ben.id());
        String l = list(ana, "title", "Fine");
        for (Object[] body : List.of(
                new Object[] {"title", ""},
                new Object[] {"title", "   "},
                new Object[] {"title", "x".repeat(101)},
                new Object[] {"title", "ok", "replies_policy", "everyone"},
                new Object[] {"title", "ok", "exclusive", "maybe"})) {
            Http.Res r = http.postJson("/api/v1/lists", ana.token(), map(body));
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.json().has("error")).isTrue();
        }
        assertThat(http.postJson("/api/v1/lists", ana.token(), map()).status()).isEqualTo(422);
        assertThat(http.putJson("/api/v1/lists/" + l, ana.token(), map("title", " "))
                        .status())
                .isEqualTo(422);
        assertThat(http.putJson("/api/v1/lists/" + l, ana.token(), map("replies_policy", "all"))
                        .status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/lists/" + l, ana.token())
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Fine");
        assertThat(http.postJson("/api/v1/lists/" + l + "/accounts", ana.token(), map())
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v1/lists/" + l + "/accounts", ana.token(), map("account_ids", List.of("abc")))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson(
                                "/api/v1/lists/" + l + "/accounts",
                                ana.token(),
                                map("account_ids", List.of(ben.idString(), "999999")))
                        .status())
                .isEqualTo(404);
        assertThat(rows("SELECT COUNT(*) FROM list_accounts")).isZero();
        assertThat(http.get("/api/v1/lists/abc", ana.token()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/timelines/list/" + l + "?limit=0", ana.token())
                        .status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/timelines/list/" + l + "?max_id=x", ana.token())
                        .status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/lists").status()).isEqualTo(401);
        assertThat(rows("SELECT COUNT(*) FROM lists")).isEqualTo(1);
    }

    @Test
    void lists_need_the_lists_scopes() {
        String readOnly = server.app()
                .tokens()
                .issue(null, ana.id(), Set.of("read:statuses"))
                .token();
        String readLists = server.app()
                .tokens()
                .issue(null, ana.id(), Set.of("read:lists"))
                .token();
        String l = list(ana, "title", "Scoped");
        assertThat(http.get("/api/v1/lists", readOnly).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/timelines/list/" + l, readOnly).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/lists", readLists).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/timelines/list/" + l, readLists).status()).isEqualTo(200);
        assertThat(http.postJson("/api/v1/lists", readLists, map("title", "no")).status())
                .isEqualTo(403);
        assertThat(http.delete("/api/v1/lists/" + l, readLists).status()).isEqualTo(403);
        assertThat(rows("SELECT COUNT(*) FROM lists")).isEqualTo(1);
    }

    @Test
    void a_person_keeps_at_most_the_limit_of_lists_and_a_list_at_most_the_limit_of_members() {
        for (int i = 0; i < ListLimits.DEFAULTS.lists(); i++) list(ana, "title", "List " + i);
        Http.Res over = http.postJson("/api/v1/lists", ana.token(), map("title", "One more"));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().get("error").asText()).contains(Integer.toString(ListLimits.DEFAULTS.lists()));
        assertThat(rows("SELECT COUNT(*) FROM lists")).isEqualTo(ListLimits.DEFAULTS.lists());

        // The members' limit, lowered for the test, on the same service the API calls.
        var app = server.app();
        ListLimits two = new ListLimits(50, 2, 100);
        AddToList small = new AddToList(
                app.db(),
                app.lists().store(),
                app.relations().visible(),
                new Followed(app.relations().follows(), app.relations().connectionStore()),
                two);
        scene.follow(ben.id(), ana.id());
        scene.follow(ben.id(), cleo.id());
        scene.follow(ben.id(), dan.id());
        long l = app.lists()
                .create()
                .create(ben.id(), new CreateList.Request("Few", null, null))
                .id();
        small.add(ben.id(), l, List.of(ana.id(), cleo.id()));
        assertThatThrownBy(() -> small.add(ben.id(), l, List.of(dan.id())))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(422))
                .hasMessageContaining("at most 2");
        assertThat(rows("SELECT COUNT(*) FROM list_accounts WHERE list_id = " + l))
                .isEqualTo(2);
    }
}
