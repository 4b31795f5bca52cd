package social.rapport.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers.User;

/** oEmbed and the embeddable post page: only for a post a signed-out visitor may see, on both databases. */
@RapportServer
class EmbedTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo;

    private PageClient visitor() {
        PageClient v = new PageClient(server);
        v.get("/");
        return v;
    }

    /** The server's public address, as it writes it into the addresses of posts and people. */
    private String base() {
        if (base == null) {
            String u = http.get("/api/v1/accounts/" + ana.idString())
                    .json()
                    .get("url")
                    .asText();
            base = u.substring(0, u.length() - "/@ana".length());
        }
        return base;
    }

    private String base;

    private String url(String handle, long id) {
        return base() + "/@" + handle + "/" + id;
    }

    private Http.Res oembed(String url) {
        return http.get("/api/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
    }

    @Test
    void a_public_post_has_an_oembed_answer_and_an_embeddable_page() {
        long id = scene.post(ana.id(), "Fair on <Sunday> & \"cakes\"", "public");
        Http.Res r = oembed(url("ana", id));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode o = r.json();
        assertThat(o.get("type").asText()).isEqualTo("rich");
        assertThat(o.get("version").asText()).isEqualTo("1.0");
        assertThat(o.get("author_name").asText()).isEqualTo("ana");
        assertThat(o.get("author_url").asText()).isEqualTo(base() + "/@ana");
        assertThat(o.get("provider_name").asText()).isEqualTo("Rapport");
        assertThat(o.get("provider_url").asText()).isEqualTo(base() + "/");
        assertThat(o.get("cache_age").asInt()).isEqualTo(86400);
        assertThat(o.get("width").asInt()).isEqualTo(400);
        assertThat(o.get("height").asInt()).isEqualTo(300);
        assertThat(o.get("html").asText())
                .startsWith("<iframe src=\"" + url("ana", id) + "/embed\"")
                .contains("width=\"400\"", "height=\"300\"", "title=\"Post by ana\"")
                .endsWith("></iframe>");
        Http.Res narrow = http.get("/api/oembed?maxwidth=250&maxheight=900&url="
                + URLEncoder.encode(url("ana", id), StandardCharsets.UTF_8));
        assertThat(narrow.json().get("width").asInt()).isEqualTo(250);
        assertThat(narrow.json().get("height").asInt()).isEqualTo(300);
        // The handle with this server's domain names the same post.
        String domain = base().replaceFirst("^https?://", "");
        assertThat(oembed(base() + "/@ana@" + domain + "/" + id).status()).isEqualTo(200);

        Http.Res page = visitor().get("/@ana/" + id + "/embed");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy"))
                .contains("frame-ancestors *")
                .doesNotContain("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.body())
                .contains("Fair on &lt;Sunday&gt; &amp; &quot;cakes&quot;", "/static/embed.css", "View on Rapport")
                .doesNotContain("<script", "<nav", "_csrf");
        // Every other page still refuses to be framed.
        assertThat(visitor().get("/@ana/" + id).header("Content-Security-Policy"))
                .contains("frame-ancestors 'none'");
        // The thread page of a public post announces its oEmbed.
        assertThat(visitor().get("/@ana/" + id).body())
                .contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"/api/oembed?url="
                        + URLEncoder.encode(url("ana", id), StandardCharsets.UTF_8) + "\"");
    }

    @Test
    void every_audience_a_visitor_may_not_see_is_answered_exactly_as_a_missing_post() {
        scene.connect(ana.id(), cleo.id());
        scene.follow(ben.id(), ana.id());
        long family = scene.circle(ana.id(), "Family");
        scene.putInCircle(ana.id(), "Family", cleo.id());
        long open = scene.post(ana.id(), "Open to all", "public");
        long missing = open + 999_999;
        List<Long> hidden = List.of(
                scene.post(ana.id(), "For followers", "followers"),
                scene.post(ana.id(), "For connections", "connections"),
                scene.post(ana.id(), "For the network", "network"),
                scene.post(ana.id(), "For family", "circle:" + family),
                scene.post(ana.id(), "For @cleo", "mentioned"),
                scene.post(ana.id(), "For me", "only_me"));
        long reblog = http.post("/api/v1/statuses/" + open + "/reblog", ben.token())
                .json()
                .get("id")
                .asLong();

        Http.Res notFound = oembed(url("ana", missing));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).isEqualTo("{\"error\":\"Record not found\"}");
        PageClient v = visitor();
        Http.Res pageMissing = v.get("/@ana/" + missing + "/embed");
        assertThat(pageMissing.status()).isEqualTo(404);
        for (long id : hidden) {
            // Asked by the author and by people who may see it: still not embeddable, and it does not tell why.
            assertThat(oembed(url("ana", id)).body()).isEqualTo(notFound.body());
            assertThat(http.get(
                                    "/api/oembed?url=" + URLEncoder.encode(url("ana", id), StandardCharsets.UTF_8),
                                    ana.token())
                            .body())
                    .isEqualTo(notFound.body());
            Http.Res page = v.get("/@ana/" + id + "/embed");
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).isEqualTo(pageMissing.body());
            PageClient cleos = scene.signedIn("cleo");
            assertThat(cleos.get("/@ana/" + id + "/embed").status()).isEqualTo(404);
            assertThat(cleos.get("/@ana/" + id + "/embed").body())
                    .isEqualTo(cleos.get("/@ana/" + missing + "/embed").body());
        }
        // A repost has no page of its own; a handle that is not the author's names nothing.
        assertThat(oembed(url("ben", reblog)).body()).isEqualTo(notFound.body());
        assertThat(v.get("/@ben/" + reblog + "/embed").body()).isEqualTo(pageMissing.body());
        assertThat(oembed(url("ben", open)).body()).isEqualTo(notFound.body());
        assertThat(v.get("/@ben/" + open + "/embed").body()).isEqualTo(pageMissing.body());
        // The thread page of a restricted post announces no oEmbed, even to someone who may read it.
        assertThat(scene.signedIn("ben").get("/@ana/" + hidden.get(0)).body())
                .contains("For followers")
                .doesNotContain("json+oembed");
    }

    @Test
    void a_suspended_author_or_a_closed_instance_hides_the_embed_too() {
        long open = scene.post(ana.id(), "Open to all", "public");
        assertThat(oembed(url("ana", open)).status()).isEqualTo(200);
        server.app().signedOut().set(true, false, null);
        assertThat(oembed(url("ana", open)).body()).isEqualTo("{\"error\":\"Record not found\"}");
        assertThat(visitor().get("/@ana/" + open + "/embed").status()).isEqualTo(404);
        assertThat(scene.signedIn("ben").get("/@ana/" + open).body()).doesNotContain("json+oembed");
    }

    @Test
    void a_bad_request_is_a_clear_4xx() {
        long open = scene.post(ana.id(), "Open to all", "public");
        Http.Res none = http.get("/api/oembed");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("error").asText()).contains("url");
        assertThat(http.get("/api/oembed?url=").status()).isEqualTo(400);
        for (String bad : List.of(
                "not a url at all",
                "https://elsewhere.example/@ana/" + open,
                "ftp://" + base().replaceFirst("^https?://", "") + "/@ana/" + open,
                base() + "/@ana",
                base() + "/@ana/" + open + "/embed",
                base() + "/@ana/x" + open,
                base() + "/@ana@elsewhere.example/" + open,
                "%%%")) {
            Http.Res r = oembed(bad);
            assertThat(r.status()).as(bad).isEqualTo(404);
            assertThat(r.body()).as(bad).isEqualTo("{\"error\":\"Record not found\"}");
        }
        String ok = URLEncoder.encode(url("ana", open), StandardCharsets.UTF_8);
        for (String dim : List.of("maxwidth=0", "maxwidth=-5", "maxheight=wide", "maxwidth=1e3")) {
            Http.Res r = http.get("/api/oembed?" + dim + "&url=" + ok);
            assertThat(r.status()).as(dim).isEqualTo(400);
            assertThat(r.json().get("error").asText()).as(dim).contains("must be a positive whole number");
        }
        Http.Res xml = http.get("/api/oembed?format=xml&url=" + ok);
        assertThat(xml.status()).isEqualTo(501);
        assertThat(xml.json().get("error").asText()).contains("json");
        assertThat(http.get("/api/oembed?format=json&url=" + ok).status()).isEqualTo(200);
        assertThat(visitor().get("/@ana/x" + open + "/embed").status()).isEqualTo(404);
    }
}
