package social.rapport.media;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** Uploads on posts: `media_ids[]` checked and attached with the post, edited with it, shown with it. */
@RapportServer
class MediaPostsTest {
    TestClock clock = new TestClock(Instant.now());
    TestServer server;
    Http http;
    MediaClient media;

    @Person
    User ana, ben;

    /** A row as a worker leaves it (a video ready, or one still processing), without running ffmpeg. */
    String stored(User owner, String kind, String state) {
        long id = System.nanoTime() & 0xffffffffffL;
        server.app()
                .db()
                .writeVoid(tx -> tx.handle()
                        .createUpdate("INSERT INTO media_attachments (id, account_id, position, kind, file_key, state,"
                                + " original_name, original_type, original_size, original_width, original_height, created_at)"
                                + " VALUES (:id, :a, 0, :k, :key, :s, 'original.mp4', 'video/mp4', 10, 16, 16, :t)")
                        .bind("id", id)
                        .bind("a", owner.id())
                        .bind("k", kind)
                        .bind("key", UploadMedia.newKey())
                        .bind("s", state)
                        .bind("t", clock.millis())
                        .execute());
        return Long.toString(id);
    }

    Http.Res post(User who, String text, List<String> mediaIds) {
        return http.postJson("/api/v1/statuses", who.token(), map("status", text, "media_ids", mediaIds));
    }

    int postsOf(User who) {
        return http.get("/api/v1/accounts/" + who.id() + "/statuses", who.token())
                .json()
                .size();
    }

    void refused(Http.Res r, String says) {
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().get("error").asText()).contains(says);
    }

    @Test
    void a_post_carries_its_uploads_in_the_order_given_on_every_read() {
        String a = media.jpeg(ana, "description", "first").get("id").asText();
        String b = media.jpeg(ana, "description", "second").get("id").asText();
        Http.Res r = post(ana, "two pictures", List.of(b, a));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode shown = r.json().get("media_attachments");
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).get("id").asText()).isEqualTo(b);
        assertThat(shown.get(1).get("description").asText()).isEqualTo("first");
        String id = r.json().get("id").asText();
        // The same on the post, in timelines and in the account's posts.
        assertThat(http.get("/api/v1/statuses/" + id, ben.token()).json().get("media_attachments"))
                .hasSize(2);
        assertThat(http.get("/api/v1/accounts/" + ana.id() + "/statuses", ben.token())
                        .json()
                        .get(0)
                        .get("media_attachments"))
                .hasSize(2);
        assertThat(http.get("/api/v1/timelines/public", null).json().get(0).get("media_attachments"))
                .hasSize(2);
        // A public post's files have stable addresses, which work signed out.
        String url = shown.get(0).get("url").asText();
        assertThat(url).doesNotContain("sig=");
        assertThat(media.fetch(url).headers().firstValue("Cache-Control").orElseThrow())
                .contains("public")
                .contains("immutable");
        assertThat(media.status(url)).isEqualTo(200);
        // The upload is the post's now: it cannot be deleted apart from it.
        assertThat(http.delete("/api/v1/media/" + a, ana.token()).status()).isEqualTo(422);
    }

    @Test
    void a_post_may_be_its_media_alone() {
        String a = media.jpegId(ana);
        Http.Res r = post(ana, "", List.of(a));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("media_attachments")).hasSize(1);
        assertThat(post(ana, "", List.of()).status()).isEqualTo(422);
    }

    @Test
    void uploads_that_cannot_go_on_the_post_are_refused_and_nothing_is_posted() {
        String bens = media.jpegId(ben);
        refused(post(ana, "not mine", List.of(bens)), "Media not found");
        refused(post(ana, "unknown", List.of("123456789")), "Media not found");
        refused(post(ana, "nonsense", List.of("abc")), "Media not found");

        String taken = media.jpegId(ana);
        assertThat(post(ana, "first", List.of(taken)).status()).isEqualTo(200);
        refused(post(ana, "again", List.of(taken)), "already attached");

        List<String> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) five.add(media.jpegId(ana));
        refused(post(ana, "five", five), "up to 4 images");
        refused(post(ana, "mixed", List.of(five.get(0), stored(ana, "video", "ready"))), "one video");
        refused(
                post(ana, "two videos", List.of(stored(ana, "video", "ready"), stored(ana, "video", "ready"))),
                "one video");
        refused(post(ana, "waiting", List.of(stored(ana, "video", "processing"))), "still being processed");
        refused(post(ana, "twice", List.of(five.get(0), five.get(0))), "named twice");
        assertThat(postsOf(ana)).isEqualTo(1);
        // Four images are fine, and so is one video.
        assertThat(post(ana, "four", five.subList(0, 4)).status()).isEqualTo(200);
        assertThat(post(ana, "video", List.of(stored(ana, "video", "ready"))).status())
                .isEqualTo(200);
    }

    @Test
    void a_form_post_takes_media_ids_too() {
        String a = media.jpegId(ana);
        Http.Res r = http.send(
                "POST",
                "/api/v1/statuses",
                ana.token(),
                "application/x-www-form-urlencoded",
                "status=by+form&media_ids%5B%5D=" + a);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("media_attachments")).hasSize(1);
    }

    @Test
    void scheduling_a_post_with_media_is_refused_rather_than_dropping_them() {
        String a = media.jpegId(ana);
        Http.Res r = http.postJson(
                "/api/v1/statuses",
                ana.token(),
                map(
                        "status",
                        "later",
                        "media_ids",
                        List.of(a),
                        "scheduled_at",
                        Instant.ofEpochMilli(clock.millis()).plusSeconds(3600).toString()));
        refused(r, "scheduled");
    }

    @Test
    void an_edit_changes_the_media_and_their_descriptions() {
        String a = media.jpegId(ana);
        String b = media.jpegId(ana);
        String c = media.jpegId(ana);
        Http.Res r = http.postJson(
                "/api/v1/statuses",
                ana.token(),
                map("status", "pictures", "media_ids", List.of(a, b), "visibility", "private"));
        String id = r.json().get("id").asText();
        String oldUrl = r.json().at("/media_attachments/0/url").asText();
        assertThat(media.status(oldUrl)).isEqualTo(200);

        Http.Res edited = http.putJson(
                "/api/v1/statuses/" + id,
                ana.token(),
                map(
                        "status",
                        "pictures, changed",
                        "media_ids",
                        List.of(c, b),
                        "media_attributes",
                        List.of(map("id", b, "description", "the second, described", "focus", "0.1,0.2"))));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode shown = edited.json().get("media_attachments");
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).get("id").asText()).isEqualTo(c);
        assertThat(shown.get(1).get("description").asText()).isEqualTo("the second, described");
        assertThat(shown.get(1).at("/meta/focus/y").asDouble()).isEqualTo(0.2);
        // The one taken off is no longer the post's: its address given with the post stops working.
        assertThat(media.status(oldUrl)).isEqualTo(404);

        // Without media_ids an edit leaves them; with an empty list it takes them all off.
        Http.Res kept = http.putJson("/api/v1/statuses/" + id, ana.token(), map("status", "text only changed"));
        assertThat(kept.json().get("media_attachments")).hasSize(2);
        refused(
                http.putJson(
                        "/api/v1/statuses/" + id,
                        ana.token(),
                        map("status", "x", "media_attributes", List.of(map("id", a, "description", "gone")))),
                "not attached");
        Http.Res none = http.putJson(
                "/api/v1/statuses/" + id, ana.token(), map("status", "no pictures", "media_ids", List.of()));
        assertThat(none.json().get("media_attachments")).isEmpty();
        // An edit can take another's upload no more than a post can.
        refused(
                http.putJson(
                        "/api/v1/statuses/" + id,
                        ana.token(),
                        map("status", "x", "media_ids", List.of(media.jpegId(ben)))),
                "Media not found");
    }

    @Test
    void media_attributes_also_come_as_rails_form_fields() {
        String a = media.jpegId(ana);
        String id = post(ana, "one", List.of(a)).json().get("id").asText();
        Http.Res r = http.send(
                "PUT",
                "/api/v1/statuses/" + id,
                ana.token(),
                "application/x-www-form-urlencoded",
                "status=one&media_ids%5B%5D=" + a + "&media_attributes%5B%5D%5Bid%5D=" + a
                        + "&media_attributes%5B%5D%5Bdescription%5D=by+form");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/media_attachments/0/description").asText()).isEqualTo("by form");
    }

    @Test
    void deleting_a_post_removes_its_files() {
        String a = media.jpegId(ana);
        Http.Res r = post(ana, "soon gone", List.of(a));
        String url = r.json().at("/media_attachments/0/url").asText();
        assertThat(media.status(url)).isEqualTo(200);
        assertThat(http.delete("/api/v1/statuses/" + r.json().get("id").asText(), ana.token())
                        .status())
                .isEqualTo(200);
        assertThat(media.status(url)).isEqualTo(404);
        server.app().db().outbox().catchUp();
        int left = server.app()
                .db()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM media_attachments WHERE id = :id")
                        .bind("id", Long.parseLong(a))
                        .mapTo(Integer.class)
                        .one());
        assertThat(left).isZero();
        String[] path = MediaClient.local(url).split("/");
        assertThat(server.app().media().serve().blobs().info("media/" + path[2] + "/" + path[3]))
                .isEmpty();
    }
}
