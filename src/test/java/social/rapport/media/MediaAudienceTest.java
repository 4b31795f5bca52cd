package social.rapport.media;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.testing.Http.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestClock;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/**
 * Media keep their post's audience: for each audience, the author and a permitted viewer load the
 * files through the addresses in the post they were shown; anyone else is never given one, and an
 * address works only for its viewer, unaltered, unexpired, and while that viewer may see the post.
 */
@RapportServer
class MediaAudienceTest {
    TestClock clock = new TestClock(Instant.now());
    TestServer server;
    Http http;
    Scene scene;
    MediaClient media;

    @Person
    User ana, ben, cleo, dan;

    long family;

    @BeforeEach
    void world() {
        scene.follow(ben.id(), ana.id());
        scene.connect(ana, ben);
        scene.connect(ben, cleo); // cleo: in ana's network (two steps), not her connection
        family = scene.circle(ana.id(), "Family");
        scene.putInCircle(ana.id(), "Family", ben.id());
    }

    /** A post by ana to `audience` with one picture; its id. */
    String post(String audience, String text) {
        String m = media.jpegId(ana);
        Http.Res r = http.postJson(
                "/api/v1/statuses",
                ana.token(),
                map("status", text, "audience", List.of(audience), "media_ids", List.of(m)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    /** The addresses of the post's files as `who` is shown them (null: signed out); empty when not shown the post. */
    List<String> shown(User who, String id) {
        Http.Res r = http.get("/api/v1/statuses/" + id, who == null ? null : who.token());
        if (r.status() == 404) return List.of();
        assertThat(r.status()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode m : r.json().get("media_attachments")) {
            out.add(m.get("url").asText());
            out.add(m.get("preview_url").asText());
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    void allWork(List<String> urls) {
        for (String u : urls) assertThat(media.status(u)).as(u).isEqualTo(200);
    }

    void noneWork(List<String> urls) {
        for (String u : urls) assertThat(media.status(u)).as(u).isEqualTo(404);
    }

    /** The signature with its first character changed (to another one whatever it was). */
    static String otherFirst(String sig) {
        return (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1);
    }

    static String with(String url, String param, String value) {
        return url.replaceAll("([?&]" + param + "=)[^&]*", "$1" + value);
    }

    @Test
    void each_audience_shows_its_files_to_whom_it_lets_see_the_post_and_to_nobody_else() {
        record Case(String audience, List<User> permitted, boolean stable) {}
        List<Case> cases = List.of(
                new Case("public", List.of(ben, cleo, dan), true),
                new Case("unlisted", List.of(ben, cleo, dan), true),
                new Case("followers", List.of(ben), false),
                new Case("connections", List.of(ben), false),
                new Case("network", List.of(ben, cleo), false),
                new Case("circle:" + family, List.of(ben), false),
                new Case("mentioned", List.of(ben), false),
                new Case("only_me", List.of(), false));
        for (Case c : cases) {
            String id = post(c.audience(), "@ben a picture for " + c.audience());
            List<String> author = shown(ana, id);
            allWork(author);
            if (c.stable()) {
                assertThat(author).allMatch(u -> !u.contains("sig="));
                assertThat(shown(null, id)).isEqualTo(author);
            } else {
                assertThat(author).allMatch(u -> u.contains("viewer=" + ana.id()));
                assertThat(shown(null, id)).as(c.audience()).isEmpty();
                // Without the signature, the address is missing.
                noneWork(author.stream().map(u -> u.replaceAll("\\?.*", "")).toList());
            }
            List<String> theirs = new ArrayList<>();
            for (User p : c.permitted()) {
                List<String> own = shown(p, id);
                allWork(own);
                if (!c.stable()) assertThat(own).allMatch(u -> u.contains("viewer=" + p.id()));
                theirs.addAll(own);
            }
            for (User other : List.of(ben, cleo, dan)) {
                if (c.permitted().contains(other)) continue;
                assertThat(shown(other, id))
                        .as(c.audience() + " to " + other.handle())
                        .isEmpty();
                assertThat(http.get("/api/v1/accounts/" + ana.id() + "/statuses", other.token())
                                .body())
                        .as(c.audience())
                        .doesNotContain("/media/");
            }
            if (!c.stable() && !theirs.isEmpty()) {
                String u = theirs.get(0);
                // Altered in any part, the address is missing.
                noneWork(List.of(
                        with(u, "viewer", Integer.toString(dan.id())),
                        with(u, "expires", Long.toString(clock.millis() / 1000 + 90_000)),
                        with(u, "sig", otherFirst(u.replaceAll(".*sig=", ""))),
                        u.replace("/original", "/small")));
            }
            assertThat(http.delete("/api/v1/statuses/" + id, ana.token()).status())
                    .isEqualTo(200);
            noneWork(author);
            noneWork(theirs);
        }
    }

    @Test
    void a_group_audience_is_refused_so_its_media_never_show() {
        String m = media.jpegId(ana);
        Http.Res r = http.postJson(
                "/api/v1/statuses",
                ana.token(),
                map("status", "g", "audience", List.of("group:1"), "media_ids", List.of(m)));
        assertThat(r.status()).isEqualTo(422);
    }

    @Test
    void an_address_stops_working_when_it_expires() {
        String id = post("followers", "for a while");
        List<String> bens = shown(ben, id);
        clock.advance(Duration.ofHours(23));
        allWork(bens);
        clock.advance(Duration.ofHours(8));
        noneWork(bens);
        // Shown the post again, ben gets new addresses that work.
        allWork(shown(ben, id));
    }

    @Test
    void an_address_stops_working_once_its_viewer_may_no_longer_see_the_post() {
        String id = post("followers", "followers only");
        List<String> bens = shown(ben, id);
        allWork(bens);
        http.post("/api/v1/accounts/" + ana.id() + "/unfollow", ben.token());
        noneWork(bens);

        String connected = post("connections", "connections only");
        List<String> again = shown(ben, connected);
        allWork(again);
        http.post("/api/v1/accounts/" + ben.id() + "/block", ana.token());
        noneWork(again);
        // The author's own still work.
        allWork(shown(ana, connected));
    }

    @Test
    void an_unattached_upload_loads_for_its_uploader_only() {
        JsonNode m = media.jpeg(ana);
        String url = m.get("url").asText();
        allWork(List.of(url));
        noneWork(List.of(with(url, "viewer", Integer.toString(ben.id()))));
    }
}
