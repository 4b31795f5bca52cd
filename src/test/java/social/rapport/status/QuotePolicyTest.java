package social.rapport.status;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/**
 * Quotes never carry a post past its audience: a post that is not public or unlisted is quoted only
 * by its author; public and unlisted posts carry a quote policy (public, followers, nobody), shown in
 * the Status entity as Mastodon's `quote_approval`, honoured by the API and by the pages.
 */
@RapportServer
class QuotePolicyTest {
    TestServer server;
    Http http;
    @Person
    User ana, ben, cleo;

    @BeforeEach
    void start() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
    }

    String post(User u, Map<String, Object> body) {
        Http.Res r = http.postJson("/api/v1/statuses", u.token(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    Http.Res quote(User u, String id) {
        return http.postJson(
                "/api/v1/statuses",
                u.token(),
                map("status", "Look at this", "visibility", "public", "quoted_status_id", id));
    }

    int statuses() {
        return server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM statuses")
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void a_follower_cannot_quote_a_followers_only_post_into_a_public_one_but_its_author_can() {
        String secret =
                post(ana, map("status", "Followers only", "visibility", "private", "quote_approval_policy", "public"));
        int before = statuses();
        Http.Res byBen = quote(ben, secret);
        assertThat(byBen.status()).as(byBen.toString()).isEqualTo(403);
        assertThat(statuses()).isEqualTo(before);
        assertThat(quote(ana, secret).status()).isEqualTo(200);
        JsonNode seen =
                http.get("/api/v1/statuses/" + secret, ben.token()).json().get("quote_approval");
        assertThat(seen.get("automatic")).isEmpty();
        assertThat(seen.get("current_user").asText()).isEqualTo("denied");
        assertThat(http.get("/api/v1/statuses/" + secret, ana.token())
                        .json()
                        .get("quote_approval")
                        .get("current_user")
                        .asText())
                .isEqualTo("automatic");
    }

    @Test
    void public_posts_follow_their_quote_policy() {
        String open = post(ana, map("status", "Quote away", "visibility", "public"));
        String followers = post(
                ana,
                map("status", "Followers may quote", "visibility", "unlisted", "quote_approval_policy", "followers"));
        String none =
                post(ana, map("status", "Nobody quotes", "visibility", "public", "quote_approval_policy", "nobody"));
        assertThat(quote(cleo, open).status()).isEqualTo(200);
        assertThat(quote(cleo, followers).status()).isEqualTo(403);
        assertThat(quote(ben, followers).status()).isEqualTo(200);
        assertThat(quote(ben, none).status()).isEqualTo(403);
        assertThat(quote(ana, none).status()).isEqualTo(200);

        JsonNode asBen =
                http.get("/api/v1/statuses/" + followers, ben.token()).json().get("quote_approval");
        assertThat(asBen.get("automatic").get(0).asText()).isEqualTo("followers");
        assertThat(asBen.get("manual")).isEmpty();
        assertThat(asBen.get("current_user").asText()).isEqualTo("automatic");
        assertThat(http.get("/api/v1/statuses/" + followers, cleo.token())
                        .json()
                        .get("quote_approval")
                        .get("current_user")
                        .asText())
                .isEqualTo("denied");
        assertThat(http.get("/api/v1/statuses/" + open)
                        .json()
                        .get("quote_approval")
                        .get("current_user")
                        .asText())
                .isEqualTo("unknown");
        assertThat(http.get("/api/v1/statuses/" + open)
                        .json()
                        .get("quote_approval")
                        .get("automatic")
                        .get(0)
                        .asText())
                .isEqualTo("public");

        // The author changes the policy with an edit; a word it does not know changes nothing.
        Http.Res bad = http.putJson(
                "/api/v1/statuses/" + open,
                ana.token(),
                map("status", "Quote away", "quote_approval_policy", "friends"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("error").asText()).contains("quote");
        assertThat(quote(cleo, open).status()).isEqualTo(200);
        Http.Res closed = http.putJson(
                "/api/v1/statuses/" + open,
                ana.token(),
                map("status", "Quote away", "quote_approval_policy", "nobody"));
        assertThat(closed.json().get("quote_approval").get("automatic")).isEmpty();
        assertThat(quote(cleo, open).status()).isEqualTo(403);
        assertThat(http.postJson("/api/v1/statuses", ana.token(), map("status", "x", "quote_approval_policy", "maybe"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void the_pages_offer_a_quote_only_where_the_policy_allows_and_the_composer_sets_the_policy() {
        String secret = post(ana, map("status", "Followers only", "visibility", "private"));
        String open = post(ana, map("status", "Open to all", "visibility", "public"));
        PageClient b = new PageClient(server);
        assertThat(b.submit("/auth/sign_in", "/auth/sign_in", Map.of("login", "ben", "password", TestUsers.PASSWORD))
                        .status())
                .isEqualTo(303);
        String home = b.get("/").body();
        assertThat(home)
                .contains("Followers only", "/statuses/" + secret + "/reply", "/statuses/" + open + "/quote")
                .doesNotContain("/statuses/" + secret + "/quote");
        assertThat(b.get("/statuses/" + secret + "/quote").status()).isEqualTo(403);
        int before = statuses();
        Http.Res sent = b.submit(
                "/statuses/" + open + "/quote",
                "/statuses/" + secret + "/quote",
                Map.of("status", "Sneaky", "audience", "public"));
        assertThat(sent.status()).isEqualTo(403);
        assertThat(statuses()).isEqualTo(before);

        // The composer's picker sets the policy of the new post.
        String form = b.get("/").body();
        assertThat(form).contains("name=\"quote_approval_policy\"");
        assertThat(b.submit(
                                "/",
                                "/statuses",
                                Map.of(
                                        "status",
                                        "Mine, not for quoting",
                                        "audience",
                                        "public",
                                        "quote_approval_policy",
                                        "nobody"))
                        .status())
                .isEqualTo(303);
        String mine = server.app()
                .db()
                .read(h -> h.createQuery("SELECT MAX(id) FROM statuses WHERE account_id = :a")
                        .bind("a", ben.id())
                        .mapTo(Long.class)
                        .one())
                .toString();
        assertThat(quote(cleo, mine).status()).isEqualTo(403);
    }
}
