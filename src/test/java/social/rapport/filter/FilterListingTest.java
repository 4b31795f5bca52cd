package social.rapport.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** A person's filters on every listing they read: `hide` leaves a post out, the others mark it. */
@RapportServer
class FilterListingTest {
    TestServer server;
    Scene scene;
    Http http;
    TestClock clock;

    @Person
    User ana, ben, cleo;

    private JsonNode ok(Http.Res r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private String post(User u, Object... kv) {
        return scene.postJson(u, kv).get("id").asText();
    }

    private JsonNode filter(User u, Object... kv) {
        return ok(http.postJson("/api/v2/filters", u.token(), map(kv)));
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode n : list) if (n.get("id").asText().equals(id)) return n;
        throw new AssertionError("no " + id + " in " + list);
    }

    /** The keyword matches of each filter result on the post, as "title:keyword,keyword". */
    private static List<String> matches(JsonNode status) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : status.get("filtered")) {
            List<String> words = new ArrayList<>();
            if (r.get("keyword_matches").isArray()) r.get("keyword_matches").forEach(w -> words.add(w.asText()));
            out.add(r.get("filter").get("title").asText() + ":" + String.join(",", words));
        }
        return out;
    }

    @Test
    void whole_words_match_case_insensitively_and_unicode_aware_in_text_and_content_warning() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        String cat = post(ben, "status", "A CAT sat on the mat");
        String catalog = post(ben, "status", "the new catalog arrived");
        String cafe = post(ben, "status", "Café au lait");
        String warned = post(ben, "status", "nothing to see", "spoiler_text", "Cat pictures");
        String link = post(ben, "status", "see https://example.com/page and <b>bold</b>");
        JsonNode f = filter(
                ana,
                "title",
                "Animals",
                "context",
                List.of("home"),
                "keywords_attributes",
                List.of(map("keyword", "cat"), map("keyword", "CAFÉ"), map("keyword", "caf"), map("keyword", "href")));
        JsonNode home = ok(http.get("/api/v1/timelines/home", ana.token()));
        assertThat(matches(byId(home, cat))).containsExactly("Animals:cat");
        assertThat(matches(byId(home, catalog))).isEmpty();
        // "caf" is no whole word of "Café": é is a letter.
        assertThat(matches(byId(home, cafe))).containsExactly("Animals:CAFÉ");
        assertThat(matches(byId(home, warned))).containsExactly("Animals:cat");
        // The HTML around the text is not searched, only the text.
        assertThat(matches(byId(home, link))).isEmpty();
        JsonNode result = byId(home, cat).get("filtered").get(0);
        assertThat(result.get("filter").get("id").asText())
                .isEqualTo(f.get("id").asText());
        assertThat(result.get("filter").get("filter_action").asText()).isEqualTo("warn");
        assertThat(result.get("filter").get("context").toString()).isEqualTo("[\"home\"]");
        assertThat(result.get("status_matches").isNull()).isTrue();

        // Not whole words: "cat" is found in "catalog" too.
        String catId = f.get("keywords").get(0).get("id").asText();
        ok(http.putJson("/api/v2/filters/keywords/" + catId, ana.token(), map("whole_word", false)));
        home = ok(http.get("/api/v1/timelines/home", ana.token()));
        assertThat(matches(byId(home, catalog))).containsExactly("Animals:cat");

        // The filters are Ana's: Ben and a visitor see the same posts unmarked, with an empty list.
        for (JsonNode s : ok(http.get("/api/v1/timelines/home", ben.token())))
            assertThat(s.get("filtered")).isEmpty();
        for (JsonNode s : ok(http.get("/api/v1/accounts/" + ben.id() + "/statuses", null)))
            assertThat(s.get("filtered")).isEmpty();
    }

    @Test
    void hide_removes_a_post_where_the_filter_applies_and_warn_keeps_it_marked() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        String politics = post(ben, "status", "Politics today #news");
        String weather = post(ben, "status", "Sunny weather #news");
        filter(
                ana,
                "title",
                "No politics",
                "context",
                List.of("home", "public"),
                "filter_action",
                "hide",
                "keywords_attributes",
                List.of(map("keyword", "politics")));
        filter(
                ana,
                "title",
                "Weather",
                "context",
                List.of("home"),
                "filter_action",
                "blur",
                "keywords_attributes",
                List.of(map("keyword", "weather")));
        JsonNode home = ok(http.get("/api/v1/timelines/home", ana.token()));
        assertThat(ids(home)).containsExactly(weather);
        assertThat(matches(home.get(0))).containsExactly("Weather:weather");
        assertThat(ids(ok(http.get("/api/v1/timelines/public", ana.token())))).containsExactly(weather);
        // Only home and public: the profile still lists it, marked by nothing there.
        JsonNode profile = ok(http.get("/api/v1/accounts/" + ben.id() + "/statuses", ana.token()));
        assertThat(ids(profile)).containsExactly(weather, politics);
        assertThat(byId(profile, politics).get("filtered")).isEmpty();
        // Asked for by itself, the post is shown with every filter it matches.
        JsonNode one = ok(http.get("/api/v1/statuses/" + politics, ana.token()));
        assertThat(matches(one)).containsExactly("No politics:politics");
        // A reblog of a hidden post is hidden with it; a reblog of a marked one is marked on both levels.
        server.app().relations().followAccount().follow(ana.id(), cleo.id(), null);
        String hiddenReblog = ok(http.post("/api/v1/statuses/" + politics + "/reblog", cleo.token()))
                .get("id")
                .asText();
        String markedReblog = ok(http.post("/api/v1/statuses/" + weather + "/reblog", cleo.token()))
                .get("id")
                .asText();
        home = ok(http.get("/api/v1/timelines/home", ana.token()));
        assertThat(ids(home)).doesNotContain(hiddenReblog, politics).contains(markedReblog);
        assertThat(matches(byId(home, markedReblog))).containsExactly("Weather:weather");
        assertThat(matches(byId(home, markedReblog).get("reblog"))).containsExactly("Weather:weather");
    }

    @Test
    void each_context_hides_only_its_own_listing() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        String root = post(ana, "status", "a thread to reply to");
        String zebra = post(ben, "status", "@ana zebra crossing #stripes", "in_reply_to_id", root);
        String other = post(ben, "status", "@ana plain reply #stripes", "in_reply_to_id", root);
        JsonNode f = filter(
                ana,
                "title",
                "Zebras",
                "context",
                List.of("home"),
                "filter_action",
                "hide",
                "keywords_attributes",
                List.of(map("keyword", "zebra")));
        String fid = f.get("id").asText();
        Map<String, String> listings = Map.of(
                "home", "/api/v1/timelines/home",
                "public", "/api/v1/timelines/public",
                "account", "/api/v1/accounts/" + ben.id() + "/statuses",
                "thread", "/api/v1/statuses/" + root + "/context",
                "notifications", "/api/v1/notifications");
        Map<String, String> tagged = Map.of("public", "/api/v1/timelines/tag/stripes");
        for (String context : List.of("home", "public", "account", "thread", "notifications")) {
            ok(http.putJson("/api/v2/filters/" + fid, ana.token(), map("context", List.of(context))));
            for (var e : listings.entrySet()) {
                List<String> shown = shown(e.getValue());
                assertThat(shown).as(context + " on " + e.getKey()).contains(other);
                if (e.getKey().equals(context)) assertThat(shown).as(context).doesNotContain(zebra);
                else assertThat(shown).as(context + " on " + e.getKey()).contains(zebra);
            }
            List<String> tag = shown(tagged.get("public"));
            if (context.equals("public")) assertThat(tag).doesNotContain(zebra).contains(other);
            else assertThat(tag).contains(zebra, other);
        }
    }

    /** The post ids a listing shows Ana: a thread's descendants, a notification's post. */
    private List<String> shown(String path) {
        JsonNode body = ok(http.get(path, ana.token()));
        List<String> out = new ArrayList<>();
        if (body.has("descendants"))
            body.get("descendants").forEach(n -> out.add(n.get("id").asText()));
        else if (path.endsWith("/notifications"))
            body.forEach(n -> out.add(n.get("status").get("id").asText()));
        else body.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void a_hidden_notification_is_dropped_and_not_counted_as_unread() {
        post(ben, "status", "@ana buy crypto now");
        String kept = post(ben, "status", "@ana lunch?");
        filter(
                ana,
                "title",
                "Spam",
                "context",
                List.of("notifications"),
                "filter_action",
                "hide",
                "keywords_attributes",
                List.of(map("keyword", "crypto")));
        JsonNode list = ok(http.get("/api/v1/notifications", ana.token()));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("status").get("id").asText()).isEqualTo(kept);
        assertThat(ok(http.get("/api/v1/notifications/unread_count", ana.token()))
                        .get("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void a_page_left_empty_by_hide_still_links_to_the_next_one() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        String older1 = post(ben, "status", "first kept");
        String older2 = post(ben, "status", "second kept");
        post(ben, "status", "spoiler one");
        post(ben, "status", "spoiler two");
        filter(
                ana,
                "title",
                "Spoilers",
                "context",
                List.of("home"),
                "filter_action",
                "hide",
                "keywords_attributes",
                List.of(map("keyword", "spoiler")));
        Http.Res first = http.get("/api/v1/timelines/home?limit=2", ana.token());
        assertThat(ok(first)).isEmpty();
        String next = first.header("Link").replaceAll("^<([^>]*)>.*$", "$1");
        JsonNode second = ok(http.get(next.substring(next.indexOf("/api/")), ana.token()));
        assertThat(ids(second)).containsExactly(older2, older1);
    }

    @Test
    void a_filter_naming_a_post_matches_it_and_its_reblogs() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        String p = post(cleo, "status", "an ordinary post");
        String reblog = ok(http.post("/api/v1/statuses/" + p + "/reblog", ben.token()))
                .get("id")
                .asText();
        String fid = filter(ana, "title", "This one", "context", List.of("home"))
                .get("id")
                .asText();
        ok(http.postJson("/api/v2/filters/" + fid + "/statuses", ana.token(), map("status_id", p)));
        JsonNode home = ok(http.get("/api/v1/timelines/home", ana.token()));
        JsonNode r = byId(home, reblog).get("filtered").get(0);
        assertThat(r.get("status_matches").get(0).asText()).isEqualTo(p);
        assertThat(r.get("keyword_matches").isNull()).isTrue();
    }

    @Test
    void an_expired_filter_does_nothing() {
        server.app().relations().followAccount().follow(ana.id(), ben.id(), null);
        String p = post(ben, "status", "ice cream");
        filter(
                ana,
                "title",
                "Sweets",
                "context",
                List.of("home"),
                "filter_action",
                "hide",
                "expires_in",
                3600,
                "keywords_attributes",
                List.of(map("keyword", "ice cream")));
        JsonNode filters = ok(http.get("/api/v2/filters", ana.token()));
        assertThat(filters.get(0).get("expires_at").asText()).isEqualTo("2026-03-02T10:00:00.000Z");
        assertThat(ids(ok(http.get("/api/v1/timelines/home", ana.token())))).doesNotContain(p);
        clock.advance(Duration.ofMinutes(61));
        JsonNode home = ok(http.get("/api/v1/timelines/home", ana.token()));
        assertThat(ids(home)).contains(p);
        assertThat(byId(home, p).get("filtered")).isEmpty();
        // Still listed, so that it can be renewed; `expires_in` empty makes it last.
        String fid =
                ok(http.get("/api/v2/filters", ana.token())).get(0).get("id").asText();
        JsonNode renewed = ok(http.putJson("/api/v2/filters/" + fid, ana.token(), map("expires_in", "")));
        assertThat(renewed.get("expires_at").isNull()).isTrue();
        assertThat(ids(ok(http.get("/api/v1/timelines/home", ana.token())))).doesNotContain(p);
    }
}
