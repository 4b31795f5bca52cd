package social.rapport.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Filters as Mastodon apps manage them (v2 and v1), each private to its owner. */
@RapportServer
class FilterApiTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben;

    private JsonNode ok(Http.Res r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode create(User u, Object... kv) {
        return ok(http.postJson("/api/v2/filters", u.token(), map(kv)));
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void a_v2_filter_is_created_read_changed_and_deleted_with_its_keywords() {
        JsonNode f = create(
                ana,
                "title",
                "Spoilers",
                "context",
                List.of("public", "home"),
                "filter_action",
                "hide",
                "keywords_attributes",
                List.of(map("keyword", "finale"), map("keyword", "ending", "whole_word", false)));
        String id = f.get("id").asText();
        assertThat(f.get("title").asText()).isEqualTo("Spoilers");
        // Contexts come back in Mastodon's order, whatever order they were sent in.
        assertThat(f.get("context").toString()).isEqualTo("[\"home\",\"public\"]");
        assertThat(f.get("filter_action").asText()).isEqualTo("hide");
        assertThat(f.get("expires_at").isNull()).isTrue();
        assertThat(texts(f.get("keywords"), "keyword")).containsExactly("finale", "ending");
        assertThat(f.get("keywords").get(0).get("whole_word").asBoolean()).isTrue();
        assertThat(f.get("keywords").get(1).get("whole_word").asBoolean()).isFalse();
        assertThat(f.get("statuses")).isEmpty();

        assertThat(ok(http.get("/api/v2/filters/" + id, ana.token()))).isEqualTo(f);
        assertThat(texts(ok(http.get("/api/v2/filters", ana.token())), "id")).containsExactly(id);

        String finale = f.get("keywords").get(0).get("id").asText();
        String ending = f.get("keywords").get(1).get("id").asText();
        JsonNode changed = ok(http.putJson(
                "/api/v2/filters/" + id,
                ana.token(),
                map(
                        "title",
                        "Show spoilers",
                        "filter_action",
                        "warn",
                        "keywords_attributes",
                        List.of(
                                map("id", finale, "keyword", "season finale"),
                                map("id", ending, "_destroy", true),
                                map("keyword", "twist")))));
        assertThat(changed.get("title").asText()).isEqualTo("Show spoilers");
        assertThat(changed.get("filter_action").asText()).isEqualTo("warn");
        assertThat(changed.get("context").toString()).isEqualTo("[\"home\",\"public\"]");
        assertThat(texts(changed.get("keywords"), "keyword")).containsExactly("season finale", "twist");

        // The same change sent as a form with indexed keys.
        Http.Res form = http.send(
                "PUT",
                "/api/v2/filters/" + id,
                ana.token(),
                "application/x-www-form-urlencoded",
                "context[]=thread&keywords_attributes[0][keyword]=cliffhanger&keywords_attributes[0][whole_word]=0");
        assertThat(ok(form).get("context").toString()).isEqualTo("[\"thread\"]");
        assertThat(texts(ok(form).get("keywords"), "keyword")).containsExactly("season finale", "twist", "cliffhanger");

        assertThat(ok(http.delete("/api/v2/filters/" + id, ana.token())).toString())
                .isEqualTo("{}");
        assertThat(http.get("/api/v2/filters/" + id, ana.token()).status()).isEqualTo(404);
        assertThat(ok(http.get("/api/v2/filters", ana.token()))).isEmpty();
    }

    @Test
    void keywords_and_posts_are_managed_one_by_one() {
        String id = create(ana, "title", "Quiet", "context", List.of("home"))
                .get("id")
                .asText();
        JsonNode k = ok(http.postJson(
                "/api/v2/filters/" + id + "/keywords", ana.token(), map("keyword", "crypto", "whole_word", false)));
        String kid = k.get("id").asText();
        assertThat(k.get("keyword").asText()).isEqualTo("crypto");
        assertThat(k.get("whole_word").asBoolean()).isFalse();
        assertThat(texts(ok(http.get("/api/v2/filters/" + id + "/keywords", ana.token())), "id"))
                .containsExactly(kid);
        for (String path : List.of("/api/v2/filters/keywords/")) {
            assertThat(ok(http.get(path + kid, ana.token())).get("keyword").asText())
                    .isEqualTo("crypto");
        }
        JsonNode renamed = ok(http.putJson("/api/v2/filters/keywords/" + kid, ana.token(), map("keyword", "bitcoin")));
        assertThat(renamed.get("keyword").asText()).isEqualTo("bitcoin");
        assertThat(renamed.get("whole_word").asBoolean()).isFalse();

        long post = scene.post(ben.id(), "a post to hide", "public");
        JsonNode s = ok(http.postJson(
                "/api/v2/filters/" + id + "/statuses", ana.token(), map("status_id", Long.toString(post))));
        String sid = s.get("id").asText();
        assertThat(s.get("status_id").asText()).isEqualTo(Long.toString(post));
        // The same post twice is refused and adds nothing.
        assertThat(http.postJson(
                                "/api/v2/filters/" + id + "/statuses",
                                ana.token(),
                                map("status_id", Long.toString(post)))
                        .status())
                .isEqualTo(422);
        assertThat(texts(ok(http.get("/api/v2/filters/" + id + "/statuses", ana.token())), "id"))
                .containsExactly(sid);
        assertThat(ok(http.get("/api/v2/filters/statuses/" + sid, ana.token()))
                        .get("status_id")
                        .asText())
                .isEqualTo(Long.toString(post));
        JsonNode whole = ok(http.get("/api/v2/filters/" + id, ana.token()));
        assertThat(texts(whole.get("keywords"), "keyword")).containsExactly("bitcoin");
        assertThat(texts(whole.get("statuses"), "status_id")).containsExactly(Long.toString(post));

        ok(http.delete("/api/v2/filters/statuses/" + sid, ana.token()));
        ok(http.delete("/api/v2/filters/keywords/" + kid, ana.token()));
        whole = ok(http.get("/api/v2/filters/" + id, ana.token()));
        assertThat(whole.get("keywords")).isEmpty();
        assertThat(whole.get("statuses")).isEmpty();
        assertThat(http.get("/api/v2/filters/keywords/" + kid, ana.token()).status())
                .isEqualTo(404);
    }

    @Test
    void another_person_filter_keyword_or_post_answers_exactly_like_a_missing_one() {
        JsonNode f = create(
                ana, "title", "Mine", "context", List.of("home"), "keywords_attributes", List.of(map("keyword", "x")));
        String id = f.get("id").asText();
        String kid = f.get("keywords").get(0).get("id").asText();
        long post = scene.post(ana.id(), "hello", "public");
        String sid = ok(http.postJson(
                        "/api/v2/filters/" + id + "/statuses", ana.token(), map("status_id", Long.toString(post))))
                .get("id")
                .asText();
        String missing = "/api/v2/filters/999999";
        Http.Res none = http.get(missing, ben.token());
        assertThat(none.status()).isEqualTo(404);
        for (Http.Res r : List.of(
                http.get("/api/v2/filters/" + id, ben.token()),
                http.putJson("/api/v2/filters/" + id, ben.token(), map("title", "stolen")),
                http.delete("/api/v2/filters/" + id, ben.token()),
                http.get("/api/v2/filters/" + id + "/keywords", ben.token()),
                http.postJson("/api/v2/filters/" + id + "/keywords", ben.token(), map("keyword", "y")),
                http.get("/api/v2/filters/keywords/" + kid, ben.token()),
                http.putJson("/api/v2/filters/keywords/" + kid, ben.token(), map("keyword", "y")),
                http.delete("/api/v2/filters/keywords/" + kid, ben.token()),
                http.get("/api/v2/filters/" + id + "/statuses", ben.token()),
                http.get("/api/v2/filters/statuses/" + sid, ben.token()),
                http.delete("/api/v2/filters/statuses/" + sid, ben.token()),
                http.get("/api/v1/filters/" + kid, ben.token()),
                http.putJson("/api/v1/filters/" + kid, ben.token(), map("phrase", "y")),
                http.delete("/api/v1/filters/" + kid, ben.token()),
                http.get("/api/v2/filters/abc", ben.token()))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.body()).isEqualTo(none.body());
        }
        // Ana's keyword cannot be moved into Ben's filter by its id either.
        String bens = create(ben, "title", "Ben's", "context", List.of("home"))
                .get("id")
                .asText();
        assertThat(http.putJson(
                                "/api/v2/filters/" + bens,
                                ben.token(),
                                map("keywords_attributes", List.of(map("id", kid, "keyword", "z"))))
                        .status())
                .isEqualTo(404);
        assertThat(ok(http.get("/api/v2/filters", ben.token()))).hasSize(1);
        assertThat(ok(http.get("/api/v1/filters", ben.token()))).isEmpty();
        assertThat(ok(http.get("/api/v2/filters/" + id, ana.token()))
                        .get("title")
                        .asText())
                .isEqualTo("Mine");
        assertThat(texts(ok(http.get("/api/v2/filters/" + id, ana.token())).get("keywords"), "keyword"))
                .containsExactly("x");
    }

    @Test
    void a_v1_filter_is_one_keyword_of_a_v2_filter() {
        JsonNode v1 = ok(http.postJson(
                "/api/v1/filters",
                ana.token(),
                map(
                        "phrase",
                        "election",
                        "context",
                        List.of("home", "notifications"),
                        "irreversible",
                        true,
                        "whole_word",
                        false)));
        String id = v1.get("id").asText();
        assertThat(v1.get("phrase").asText()).isEqualTo("election");
        assertThat(v1.get("context").toString()).isEqualTo("[\"home\",\"notifications\"]");
        assertThat(v1.get("irreversible").asBoolean()).isTrue();
        assertThat(v1.get("whole_word").asBoolean()).isFalse();
        assertThat(v1.get("expires_at").isNull()).isTrue();

        JsonNode v2 = ok(http.get("/api/v2/filters", ana.token())).get(0);
        assertThat(v2.get("title").asText()).isEqualTo("election");
        assertThat(v2.get("filter_action").asText()).isEqualTo("hide");
        assertThat(v2.get("keywords").get(0).get("id").asText()).isEqualTo(id);

        JsonNode changed = ok(
                http.putJson("/api/v1/filters/" + id, ana.token(), map("phrase", "elections", "irreversible", false)));
        assertThat(changed.get("phrase").asText()).isEqualTo("elections");
        assertThat(changed.get("irreversible").asBoolean()).isFalse();
        assertThat(ok(http.get("/api/v1/filters/" + id, ana.token()))).isEqualTo(changed);
        assertThat(ok(http.get("/api/v2/filters", ana.token()))
                        .get(0)
                        .get("filter_action")
                        .asText())
                .isEqualTo("warn");

        // A filter with two keywords lists both in v1, and its settings cannot change through one of them.
        String filterId = v2.get("id").asText();
        ok(http.postJson("/api/v2/filters/" + filterId + "/keywords", ana.token(), map("keyword", "ballot")));
        assertThat(texts(ok(http.get("/api/v1/filters", ana.token())), "phrase"))
                .containsExactly("elections", "ballot");
        Http.Res refused = http.putJson("/api/v1/filters/" + id, ana.token(), map("context", List.of("public")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("error").asText()).contains("several keywords");
        assertThat(ok(http.get("/api/v1/filters/" + id, ana.token()))
                        .get("context")
                        .toString())
                .isEqualTo("[\"home\",\"notifications\"]");

        ok(http.delete("/api/v1/filters/" + id, ana.token()));
        assertThat(texts(ok(http.get("/api/v1/filters", ana.token())), "phrase"))
                .containsExactly("ballot");
        String last =
                ok(http.get("/api/v1/filters", ana.token())).get(0).get("id").asText();
        ok(http.delete("/api/v1/filters/" + last, ana.token()));
        // The last keyword gone, the filter (naming no posts) goes too.
        assertThat(ok(http.get("/api/v2/filters", ana.token()))).isEmpty();
    }

    @Test
    void bad_input_is_a_422_that_changes_nothing() {
        List<Map<String, Object>> bad = List.of(
                map("context", List.of("home")),
                map("title", "  ", "context", List.of("home")),
                map("title", "x".repeat(201), "context", List.of("home")),
                map("title", "t"),
                map("title", "t", "context", List.of()),
                map("title", "t", "context", List.of("everywhere")),
                map("title", "t", "context", List.of("home"), "filter_action", "delete"),
                map("title", "t", "context", List.of("home"), "expires_in", "soon"),
                map("title", "t", "context", List.of("home"), "expires_in", -5),
                map("title", "t", "context", List.of("home"), "keywords_attributes", List.of(map("keyword", " "))),
                map("title", "t", "context", List.of("home"), "keywords_attributes", "crypto"),
                map(
                        "title",
                        "t",
                        "context",
                        List.of("home"),
                        "keywords_attributes",
                        List.of(map("keyword", "k", "whole_word", "maybe"))));
        for (Map<String, Object> body : bad) {
            Http.Res r = http.postJson("/api/v2/filters", ana.token(), body);
            assertThat(r.status()).as(body + " " + r).isEqualTo(422);
            assertThat(r.json().get("error").asText()).isNotBlank();
        }
        assertThat(ok(http.get("/api/v2/filters", ana.token()))).isEmpty();
        for (Map<String, Object> body : List.of(
                map("context", List.of("home")),
                map("phrase", "p", "context", List.of("nowhere")),
                map("phrase", "p"),
                map("phrase", "p", "context", List.of("home"), "irreversible", "perhaps"))) {
            assertThat(http.postJson("/api/v1/filters", ana.token(), body).status())
                    .as(body.toString())
                    .isEqualTo(422);
        }
        assertThat(ok(http.get("/api/v1/filters", ana.token()))).isEmpty();

        String id =
                create(ana, "title", "t", "context", List.of("home")).get("id").asText();
        assertThat(http.putJson("/api/v2/filters/" + id, ana.token(), map("context", List.of("x")))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v2/filters/" + id + "/keywords", ana.token(), map("keyword", ""))
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v2/filters/" + id + "/statuses", ana.token(), map())
                        .status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/v2/filters/" + id + "/statuses", ana.token(), map("status_id", "123456"))
                        .status())
                .isEqualTo(404);
        // A post Ana may not see is answered as missing.
        long hidden = scene.post(ben.id(), "only me", "only_me");
        assertThat(http.postJson(
                                "/api/v2/filters/" + id + "/statuses",
                                ana.token(),
                                map("status_id", Long.toString(hidden)))
                        .status())
                .isEqualTo(404);
        JsonNode after = ok(http.get("/api/v2/filters/" + id, ana.token()));
        assertThat(after.get("context").toString()).isEqualTo("[\"home\"]");
        assertThat(after.get("keywords")).isEmpty();
        assertThat(after.get("statuses")).isEmpty();
    }

    @Test
    void scopes_are_read_filters_and_write_filters() {
        String id =
                create(ana, "title", "t", "context", List.of("home")).get("id").asText();
        assertThat(http.get("/api/v2/filters", null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/filters", null).status()).isEqualTo(401);
        String readOnly = server.app()
                .tokens()
                .issue(null, ana.id(), Set.of("read:filters"))
                .token();
        assertThat(http.get("/api/v2/filters/" + id, readOnly).status()).isEqualTo(200);
        assertThat(http.postJson("/api/v2/filters", readOnly, map("title", "t", "context", List.of("home")))
                        .status())
                .isEqualTo(403);
        assertThat(http.delete("/api/v2/filters/" + id, readOnly).status()).isEqualTo(403);
        String writeOnly = server.app()
                .tokens()
                .issue(null, ana.id(), Set.of("write:filters"))
                .token();
        assertThat(http.get("/api/v2/filters", writeOnly).status()).isEqualTo(403);
        assertThat(http.delete("/api/v2/filters/" + id, writeOnly).status()).isEqualTo(200);
    }

    @Test
    void a_person_has_at_most_a_hundred_filters_and_a_filter_a_hundred_keywords() {
        for (int i = 0; i < ManageFilters.MAX_FILTERS; i++) {
            create(ana, "title", "f" + i, "context", List.of("home"));
        }
        Http.Res over =
                http.postJson("/api/v2/filters", ana.token(), map("title", "one more", "context", List.of("home")));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().get("error").asText()).contains("At most 100 filters");
        assertThat(http.postJson("/api/v1/filters", ana.token(), map("phrase", "p", "context", List.of("home")))
                        .status())
                .isEqualTo(422);
        assertThat(ok(http.get("/api/v2/filters", ana.token()))).hasSize(ManageFilters.MAX_FILTERS);

        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i <= ManageFilters.MAX_KEYWORDS; i++) many.add(map("keyword", "k" + i));
        Http.Res tooMany = http.postJson(
                "/api/v2/filters",
                ben.token(),
                map("title", "t", "context", List.of("home"), "keywords_attributes", many));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("error").asText()).contains("keywords");
        String id = create(ben, "title", "t", "context", List.of("home"), "keywords_attributes", many.subList(0, 100))
                .get("id")
                .asText();
        assertThat(http.postJson("/api/v2/filters/" + id + "/keywords", ben.token(), map("keyword", "extra"))
                        .status())
                .isEqualTo(422);
        assertThat(http.putJson(
                                "/api/v2/filters/" + id,
                                ben.token(),
                                map("keywords_attributes", List.of(map("keyword", "extra"))))
                        .status())
                .isEqualTo(422);
        assertThat(ok(http.get("/api/v2/filters/" + id, ben.token())).get("keywords"))
                .hasSize(100);
    }
}
