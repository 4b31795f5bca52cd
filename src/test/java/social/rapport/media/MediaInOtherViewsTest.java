package social.rapport.media;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.review.ViewAs;
import social.rapport.status.StatusEntity;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * Media where posts are shown other than in a listing, on both databases, each time only through the
 * audience policy: a post's edit history (each version with the media it carried, as Mastodon's
 * StatusEdit), a quoted post inside its quote, and one's profile seen "as" someone else.
 */
@RapportServer
class MediaInOtherViewsTest {
    TestServer server;
    Http http;
    MediaClient media;

    @Person
    User ana, ben, cleo;

    private JsonNode post(User who, Object... fields) {
        Http.Res r = http.postJson("/api/v1/statuses", who.token(), map(fields));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode edit(User who, String id, Object... fields) {
        Http.Res r = http.putJson("/api/v1/statuses/" + id, who.token(), map(fields));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> ids(JsonNode attachments) {
        List<String> out = new ArrayList<>();
        attachments.forEach(a -> out.add(a.get("id").asText()));
        return out;
    }

    private static String fileKey(String url) {
        return MediaClient.local(url).split("/")[2];
    }

    @Test
    void each_version_in_the_history_carries_the_media_it_had_that_the_post_still_has() {
        String first = media.jpegId(ana);
        String second = media.jpegId(ana);
        String id = post(ana, "status", "one photo", "visibility", "public", "media_ids", List.of(first))
                .get("id")
                .asText();
        edit(ana, id, "status", "two photos", "media_ids", List.of(first, second));

        JsonNode history =
                http.get("/api/v1/statuses/" + id + "/history", ben.token()).json();
        assertThat(history).hasSize(2);
        assertThat(ids(history.get(0).get("media_attachments"))).containsExactly(first);
        assertThat(ids(history.get(1).get("media_attachments"))).containsExactly(first, second);
        for (JsonNode a : history.get(1).get("media_attachments")) {
            assertThat(media.status(a.get("url").asText())).isEqualTo(200);
            assertThat(a.get("blurhash").asText()).isNotBlank();
        }

        // Taken off the post, the first photo is no longer shown in any version.
        edit(ana, id, "status", "only the second", "media_ids", List.of(second));
        JsonNode after =
                http.get("/api/v1/statuses/" + id + "/history", ben.token()).json();
        assertThat(after).hasSize(3);
        assertThat(ids(after.get(0).get("media_attachments"))).isEmpty();
        assertThat(ids(after.get(1).get("media_attachments"))).containsExactly(second);
        assertThat(ids(after.get(2).get("media_attachments"))).containsExactly(second);

        // A post never edited: its one version carries its media.
        String untouched = post(
                        ana, "status", "as posted", "visibility", "public", "media_ids", List.of(media.jpegId(ana)))
                .get("id")
                .asText();
        JsonNode single = http.get("/api/v1/statuses/" + untouched + "/history", ben.token())
                .json();
        assertThat(single).hasSize(1);
        assertThat(single.get(0).get("media_attachments")).hasSize(1);
    }

    @Test
    void the_history_of_a_followers_post_shows_its_media_only_to_its_audience_at_signed_addresses() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        String photo = media.jpegId(ana);
        String id = post(ana, "status", "for followers", "visibility", "private", "media_ids", List.of(photo))
                .get("id")
                .asText();
        edit(ana, id, "status", "for followers, edited");

        JsonNode history =
                http.get("/api/v1/statuses/" + id + "/history", ben.token()).json();
        assertThat(history).hasSize(2);
        String url = history.get(1).at("/media_attachments/0/url").asText();
        assertThat(url).contains("sig=");
        assertThat(media.status(url)).isEqualTo(200);
        assertThat(ids(history.get(0).get("media_attachments"))).containsExactly(photo);

        // Neither Cleo nor a visitor is shown the history, nor anything of its media.
        Http.Res cleos = http.get("/api/v1/statuses/" + id + "/history", cleo.token());
        assertThat(cleos.status()).isEqualTo(404);
        assertThat(cleos.body()).doesNotContain(fileKey(url));
        assertThat(http.get("/api/v1/statuses/" + id + "/history").status()).isEqualTo(404);

        // Ben stops following: the address he was shown stops working.
        server.app().relations().unfollowAccount().unfollow(ben.id(), ana.id());
        assertThat(media.status(url)).isEqualTo(404);
    }

    @Test
    void a_quoted_post_shows_its_media_only_to_those_who_may_see_it() {
        server.app().relations().followAccount().follow(ben.id(), ana.id(), null);
        JsonNode open =
                post(ana, "status", "in public", "visibility", "public", "media_ids", List.of(media.jpegId(ana)));
        String openUrl = open.at("/media_attachments/0/url").asText();
        JsonNode byCleo = post(
                cleo,
                "status",
                "look",
                "visibility",
                "public",
                "quoted_status_id",
                open.get("id").asText());
        // Anyone, signed out too, sees the public post's media in the quote, at its stable address.
        JsonNode signedOut =
                http.get("/api/v1/statuses/" + byCleo.get("id").asText()).json();
        assertThat(signedOut.at("/quote/quoted_status/media_attachments/0/url").asText())
                .isEqualTo(openUrl);
        assertThat(media.status(openUrl)).isEqualTo(200);

        JsonNode closed =
                post(ana, "status", "followers only", "visibility", "private", "media_ids", List.of(media.jpegId(ana)));
        String closedKey = fileKey(closed.at("/media_attachments/0/url").asText());
        JsonNode byAna = post(
                ana,
                "status",
                "see this",
                "visibility",
                "public",
                "quoted_status_id",
                closed.get("id").asText());
        String quoteId = byAna.get("id").asText();
        // A follower is shown the media, at an address signed for him that works.
        JsonNode asBen = http.get("/api/v1/statuses/" + quoteId, ben.token()).json();
        String bens = asBen.at("/quote/quoted_status/media_attachments/0/url").asText();
        assertThat(bens).contains("sig=");
        assertThat(fileKey(bens)).isEqualTo(closedKey);
        assertThat(media.status(bens)).isEqualTo(200);
        // Cleo and a visitor see the quote, but nothing of the quoted post's media.
        for (Http.Res r : List.of(
                http.get("/api/v1/statuses/" + quoteId, cleo.token()), http.get("/api/v1/statuses/" + quoteId))) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("quote").get("quoted_status").isNull()).isTrue();
            assertThat(r.body()).doesNotContain(closedKey);
        }
    }

    @Test
    void viewing_ones_profile_as_another_shows_the_media_of_the_posts_they_would_see() {
        String openUrl = post(ana, "status", "P-open", "visibility", "public", "media_ids", List.of(media.jpegId(ana)))
                .at("/media_attachments/0/url")
                .asText();
        String closedKey = fileKey(
                post(ana, "status", "P-closed", "visibility", "private", "media_ids", List.of(media.jpegId(ana)))
                        .at("/media_attachments/0/url")
                        .asText());
        ObjectMapper json = new ObjectMapper();

        List<StatusEntity> anonymous = server.app()
                .viewAs()
                .view(ana.id(), new ViewAs.Who(ViewAs.Kind.ANONYMOUS, 0, null), 20, Long.MAX_VALUE)
                .posts();
        assertThat(anonymous).hasSize(1);
        List<Object> shown = anonymous.get(0).mediaAttachments();
        assertThat(shown).hasSize(1);
        assertThat(json.convertValue(shown.get(0), Map.class).get("url")).isEqualTo(openUrl);
        assertThat(json.valueToTree(anonymous).toString()).doesNotContain(closedKey);

        List<StatusEntity> follower = server.app()
                .viewAs()
                .view(ana.id(), new ViewAs.Who(ViewAs.Kind.FOLLOWER, 0, null), 20, Long.MAX_VALUE)
                .posts();
        assertThat(follower).hasSize(2);
        for (StatusEntity e : follower) {
            assertThat(e.mediaAttachments()).hasSize(1);
            String url = (String)
                    json.convertValue(e.mediaAttachments().get(0), Map.class).get("url");
            // Made for Ana, who looks; her browser loads it.
            assertThat(media.status(url)).isEqualTo(200);
        }
        assertThat(json.valueToTree(follower).toString()).contains(closedKey);

        // As a named person who may not see the followers' post: only the public one and its media.
        List<StatusEntity> asCleo = server.app()
                .viewAs()
                .view(ana.id(), new ViewAs.Who(ViewAs.Kind.PERSON, 0, cleo.handle()), 20, Long.MAX_VALUE)
                .posts();
        assertThat(asCleo).hasSize(1);
        assertThat(json.valueToTree(asCleo).toString()).doesNotContain(closedKey);
    }
}
