package social.rapport.account.api;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestUsers.User;

/**
 * Apps start their composer from `source.privacy` (Tusky, Mastodon's apps) or `/api/v1/preferences`:
 * both tell the visibility nearest the person's default audience, never wider than it, and
 * `source[privacy]` in update_credentials changes the default.
 */
@RapportServer
class PostingPrivacyApiTest {
    private static final String DEFAULTS = "/api/v1/rapport/posting_defaults";
    private static final String UPDATE = "/api/v1/accounts/update_credentials";

    Http http;
    Scene scene;

    @Person
    User ana;

    private String privacy() {
        return http.get("/api/v1/accounts/verify_credentials", ana.token())
                .json()
                .get("source")
                .get("privacy")
                .asText();
    }

    private JsonNode preferences() {
        return http.get("/api/v1/preferences", ana.token()).json();
    }

    @Test
    void source_privacy_and_preferences_follow_the_default_audience() {
        assertThat(privacy()).isEqualTo("public");
        assertThat(preferences().get("posting:default:visibility").asText()).isEqualTo("public");

        long family = scene.circle(ana.id(), "Family");
        assertThat(http.putJson(DEFAULTS, ana.token(), map("audience", List.of("circle:" + family)))
                        .status())
                .isEqualTo(200);
        // A circle is narrower than any Mastodon visibility but private: apps start from private.
        assertThat(privacy()).isEqualTo("private");
        JsonNode prefs = preferences();
        assertThat(prefs.get("posting:default:visibility").asText()).isEqualTo("private");
        assertThat(prefs.get("posting:default:sensitive").asBoolean()).isFalse();
        assertThat(prefs.get("posting:default:language").isNull()).isTrue();
        assertThat(prefs.get("reading:expand:media").asText()).isEqualTo("default");
        assertThat(prefs.get("reading:expand:spoilers").asBoolean()).isFalse();

        assertThat(http.putJson(DEFAULTS, ana.token(), map("visibility", "unlisted"))
                        .status())
                .isEqualTo(200);
        assertThat(privacy()).isEqualTo("unlisted");
        assertThat(http.get("/api/v1/preferences", null).status()).isEqualTo(401);
    }

    @Test
    void update_credentials_sets_the_default_from_source_privacy_in_every_encoding() {
        Http.Res json = http.patchJson(UPDATE, ana.token(), map("source", map("privacy", "private")));
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.json().get("source").get("privacy").asText()).isEqualTo("private");
        assertThat(http.get(DEFAULTS, ana.token()).json().get("audience").toString())
                .isEqualTo("[\"followers\"]");
        String cleo = scene.postJson(ana, "status", "Which audience?")
                .get("visibility")
                .asText();
        assertThat(cleo).isEqualTo("private");

        Http.Res form = http.send(
                "PATCH",
                UPDATE,
                ana.token(),
                "application/x-www-form-urlencoded",
                Http.form(Map.of("source[privacy]", "unlisted")));
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(privacy()).isEqualTo("unlisted");
    }

    @Test
    void a_bad_privacy_changes_nothing_not_even_the_other_fields() {
        for (Object bad : List.of("direct", "everyone", List.of("public"))) {
            Http.Res r =
                    http.patchJson(UPDATE, ana.token(), map("display_name", "Changed", "source", map("privacy", bad)));
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.body()).contains("privacy");
        }
        assertThat(http.patchJson(UPDATE, ana.token(), map("source", "private")).status())
                .isEqualTo(422);
        JsonNode me =
                http.get("/api/v1/accounts/verify_credentials", ana.token()).json();
        assertThat(me.get("display_name").asText()).isNotEqualTo("Changed");
        assertThat(me.get("source").get("privacy").asText()).isEqualTo("public");
    }

    @Test
    void source_sensitive_and_language_are_kept_shown_and_used_when_a_post_leaves_them_out() {
        JsonNode me = http.patchJson(UPDATE, ana.token(), map("source", map("sensitive", true, "language", "DE")))
                .json();
        assertThat(me.at("/source/sensitive").asBoolean()).isTrue();
        assertThat(me.at("/source/language").asText()).isEqualTo("de");
        JsonNode prefs = preferences();
        assertThat(prefs.get("posting:default:sensitive").asBoolean()).isTrue();
        assertThat(prefs.get("posting:default:language").asText()).isEqualTo("de");

        JsonNode plain = http.postJson("/api/v1/statuses", ana.token(), map("status", "guten Tag"))
                .json();
        assertThat(plain.get("sensitive").asBoolean()).isTrue();
        assertThat(plain.get("language").asText()).isEqualTo("de");
        JsonNode said = http.postJson(
                        "/api/v1/statuses", ana.token(), map("status", "hello", "sensitive", false, "language", "en"))
                .json();
        assertThat(said.get("sensitive").asBoolean()).isFalse();
        assertThat(said.get("language").asText()).isEqualTo("en");

        // A bad value is refused and changes nothing, also what came with it.
        Http.Res bad = http.patchJson(
                UPDATE, ana.token(), map("display_name", "Changed", "source", map("language", "german")));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(http.patchJson(UPDATE, ana.token(), map("source", map("sensitive", "maybe")))
                        .status())
                .isEqualTo(422);
        JsonNode after =
                http.get("/api/v1/accounts/verify_credentials", ana.token()).json();
        assertThat(after.get("display_name").asText()).isNotEqualTo("Changed");
        assertThat(after.at("/source/language").asText()).isEqualTo("de");
        assertThat(after.at("/source/sensitive").asBoolean()).isTrue();

        // An empty language clears it; sensitive can be turned off again.
        JsonNode cleared = http.patchJson(UPDATE, ana.token(), map("source", map("sensitive", false, "language", "")))
                .json();
        assertThat(cleared.at("/source/sensitive").asBoolean()).isFalse();
        assertThat(cleared.at("/source/language").isNull()).isTrue();
    }
}
