package social.rapport.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import social.rapport.account.SuspendAccount;
import social.rapport.testing.Http;
import social.rapport.testing.PageClient;
import social.rapport.testing.Person;
import social.rapport.testing.RapportServer;
import social.rapport.testing.Scene;
import social.rapport.testing.TestServer;
import social.rapport.testing.TestUsers;
import social.rapport.testing.TestUsers.User;

/** RSS and Atom feeds of a person and of a hashtag: exactly what a signed-out visitor sees, on both databases. */
@RapportServer
class FeedsTest {
    TestServer server;
    Scene scene;
    Http http;

    @Person
    User ana, ben, cleo;

    /** An anonymous visitor who already holds the pages' CSRF cookie, so two answers can be compared byte for byte. */
    private PageClient visitor() {
        PageClient v = new PageClient(server);
        v.get("/");
        return v;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Element in, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = in.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent());
        return out;
    }

    private static List<Element> children(Document d, String ns, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = ns == null ? d.getElementsByTagName(tag) : d.getElementsByTagNameNS(ns, tag);
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
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

    private String url(long id, String handle) {
        return base() + "/@" + handle + "/" + id;
    }

    @Test
    void the_profile_feed_holds_exactly_what_a_visitor_sees_on_the_profile() throws Exception {
        scene.connect(ana.id(), cleo.id());
        long family = scene.circle(ana.id(), "Family");
        scene.putInCircle(ana.id(), "Family", cleo.id());
        long open = scene.post(ana.id(), "Fair on <Sunday> & \"cakes\" #Baking", "public");
        long unlisted = scene.post(ana.id(), "Quietly unlisted", "unlisted");
        scene.post(ana.id(), "Followers only", "followers");
        scene.post(ana.id(), "Connections only", "connections");
        scene.post(ana.id(), "Network only", "network");
        scene.post(ana.id(), "Family only", "circle:" + family);
        scene.post(ana.id(), "For @cleo only", "mentioned");
        scene.post(ana.id(), "Just me", "only_me");
        long bens = scene.post(ben.id(), "Ben's public thought", "public");
        long bensSecret = scene.post(ben.id(), "Ben's followers post", "followers");
        assertThat(http.post("/api/v1/statuses/" + bens + "/reblog", ana.token())
                        .status())
                .isEqualTo(200);
        String article = scene.postJson(ana, "status", "Long *form* body", "title", "My <first> article")
                .get("id")
                .asText();

        Http.Res rss = http.get("/@ana.rss");
        assertThat(rss.status()).isEqualTo(200);
        assertThat(rss.header("Content-Type")).startsWith("application/rss+xml");
        assertThat(rss.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(rss.headers().firstValue("Set-Cookie")).isEmpty();
        Document d = parse(rss.body());
        Element channel = children(d, null, "channel").get(0);
        assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(texts(channel, "link").get(0)).isEqualTo(base() + "/@ana");
        assertThat(texts(channel, "title").get(0)).isEqualTo("ana (@ana)");
        List<Element> items = children(d, null, "item");
        List<String> guids = new ArrayList<>();
        for (Element item : items) guids.add(texts(item, "guid").get(0));
        // The signed-out profile's list, in its order: the article, the repost, unlisted, public.
        List<String> profile = new ArrayList<>();
        for (var s :
                http.get("/api/v1/accounts/" + ana.idString() + "/statuses").json())
            profile.add(s.get("url").asText());
        assertThat(guids).isEqualTo(profile);
        assertThat(guids).contains(url(open, "ana"), url(unlisted, "ana"), url(Long.parseLong(article), "ana"));
        assertThat(guids).hasSize(4);
        String all = rss.body();
        assertThat(all)
                .doesNotContain(
                        "Followers only",
                        "Connections only",
                        "Network only",
                        "Family only",
                        "only_me",
                        "Just me",
                        "cleo only",
                        "Ben's followers post",
                        Long.toString(bensSecret));

        Element first = items.stream()
                .filter(i -> texts(i, "guid").get(0).equals(url(open, "ana")))
                .findFirst()
                .orElseThrow();
        assertThat(texts(first, "link").get(0)).isEqualTo(url(open, "ana"));
        assertThat(texts(first, "guid").get(0)).isEqualTo(url(open, "ana"));
        assertThat(((Element) first.getElementsByTagName("guid").item(0)).getAttribute("isPermaLink"))
                .isEqualTo("true");
        assertThat(texts(first, "category")).containsExactly("baking");
        assertThat(texts(first, "pubDate").get(0)).matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} .* GMT");
        // The description is the post's HTML, escaped once by the XML and read back whole.
        assertThat(texts(first, "description").get(0))
                .contains("Fair on &lt;Sunday&gt; &amp; &quot;cakes&quot;")
                .contains("href=\"" + base() + "/tags/baking\"");
        Element art = items.stream()
                .filter(i -> texts(i, "guid").get(0).equals(url(Long.parseLong(article), "ana")))
                .findFirst()
                .orElseThrow();
        assertThat(texts(art, "title")).containsExactly("My <first> article");
        assertThat(texts(art, "description").get(0)).contains("<em>form</em>");
        Element repost = items.stream()
                .filter(i -> texts(i, "link").get(0).equals(url(bens, "ben")))
                .findFirst()
                .orElseThrow();
        assertThat(texts(repost, "title")).containsExactly("ana reposted ben");
        assertThat(((Element) repost.getElementsByTagName("guid").item(0)).getAttribute("isPermaLink"))
                .isEqualTo("false");

        Http.Res atom = http.get("/@ana.atom");
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
        Document a = parse(atom.body());
        assertThat(a.getDocumentElement().getNamespaceURI()).isEqualTo(FeedXml.ATOM_NS);
        List<Element> entries = children(a, FeedXml.ATOM_NS, "entry");
        List<String> ids = new ArrayList<>();
        for (Element e : entries)
            ids.add(e.getElementsByTagNameNS(FeedXml.ATOM_NS, "id").item(0).getTextContent());
        assertThat(ids).isEqualTo(profile);
        assertThat(atom.body()).doesNotContain("Followers only", "Family only", "Just me");
        for (Element e : entries) {
            assertThat(e.getElementsByTagNameNS(FeedXml.ATOM_NS, "title")
                            .item(0)
                            .getTextContent())
                    .isNotBlank();
            assertThat(((Element) e.getElementsByTagNameNS(FeedXml.ATOM_NS, "content")
                                    .item(0))
                            .getAttribute("type"))
                    .isEqualTo("html");
        }

        // A signed-in follower (connected, so following) gets the same feed as anyone: never more for a cookie or a
        // token.
        assertThat(scene.signedIn("cleo").get("/@ana.rss").body())
                .isEqualTo(http.get("/@ana.rss").body());
        assertThat(http.get("/@ana.rss", cleo.token()).body()).isEqualTo(rss.body());
    }

    @Test
    void a_hidden_person_has_no_feed_and_answers_like_a_missing_one() {
        scene.post(ana.id(), "Ana in public", "public");
        scene.post(ben.id(), "Ben in public", "public");
        PageClient v = visitor();
        Http.Res missing = v.get("/@nobody.rss");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(v.get("/@nobody.atom").body()).isEqualTo(missing.body());
        assertThat(v.get("/@nobody").body()).isEqualTo(missing.body());
        assertThat(v.get("/@ana.rss").status()).isEqualTo(200);
        assertThat(v.get("/@ana").body()).contains("href=\"/@ana.rss\"", "href=\"/@ana.atom\"");

        // Suspended: gone for everyone.
        User mod = TestUsers.create(server.app(), "mod", "admin");
        new SuspendAccount(server.app().db(), server.app().accounts()).suspend(mod.id(), ben.id());
        Http.Res suspended = v.get("/@ben.rss");
        assertThat(suspended.status()).isEqualTo(404);
        assertThat(suspended.body()).isEqualTo(missing.body()).doesNotContain("Ben in public");
        assertThat(v.get("/@ben.atom").body()).isEqualTo(missing.body());

        // Waiting for approval: not there yet.
        server.app()
                .db()
                .writeVoid(
                        tx -> server.app().accounts().insert(tx, "dora", "dora@example.org", "x", "user", "pending"));
        assertThat(v.get("/@dora.rss").body()).isEqualTo(missing.body());

        // Where visitors may not see profiles, no feed at all, and the profile offers none to a signed-in reader.
        server.app().signedOut().set(true, false, null);
        Http.Res closed = v.get("/@ana.rss");
        assertThat(closed.status()).isEqualTo(404);
        assertThat(closed.body()).isEqualTo(v.get("/@nobody.rss").body()).doesNotContain("Ana in public");
        assertThat(v.get("/@ana.atom").status()).isEqualTo(404);
        PageClient cleos = scene.signedIn("cleo");
        assertThat(cleos.get("/@ana.rss").status()).isEqualTo(404);
        String page = cleos.get("/@ana").body();
        assertThat(page).contains("Ana in public").doesNotContain(".rss", ".atom");
    }

    @Test
    void the_tag_feed_lists_only_public_posts_with_the_tag() throws Exception {
        long open = scene.post(ana.id(), "Tea time #tea", "public");
        scene.post(ana.id(), "Unlisted tea #tea", "unlisted");
        scene.post(ana.id(), "Followers tea #tea", "followers");
        scene.post(ben.id(), "Connections tea #tea", "connections");
        scene.post(ben.id(), "Coffee instead #coffee", "public");
        long bens = scene.post(ben.id(), "Ben likes #Tea too", "public");
        assertThat(http.post("/api/v1/statuses/" + open + "/reblog", cleo.token())
                        .status())
                .isEqualTo(200);

        for (String path : List.of("/tags/tea.rss", "/tags/TEA.rss")) {
            Http.Res rss = http.get(path);
            assertThat(rss.status()).isEqualTo(200);
            List<String> guids = new ArrayList<>();
            for (Element item : children(parse(rss.body()), null, "item"))
                guids.add(texts(item, "guid").get(0));
            assertThat(guids).containsExactly(url(bens, "ben"), url(open, "ana"));
        }
        Http.Res atom = http.get("/tags/tea.atom");
        assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
        Document a = parse(atom.body());
        assertThat(children(a, FeedXml.ATOM_NS, "entry")).hasSize(2);
        assertThat(atom.body()).doesNotContain("Unlisted tea", "Followers tea", "Connections tea", "Coffee");
        assertThat(visitor().get("/tags/tea").body()).contains("href=\"/tags/tea.rss\"", "href=\"/tags/tea.atom\"");
        // A tag nobody used is an empty feed, not an error.
        Http.Res none = http.get("/tags/nothinghere.rss");
        assertThat(none.status()).isEqualTo(200);
        assertThat(children(parse(none.body()), null, "item")).isEmpty();
    }

    @Test
    void a_client_that_holds_the_feed_gets_304_and_a_new_post_changes_it() {
        scene.post(ana.id(), "First", "public");
        Http.Res first = http.get("/@ana.rss");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        Http.Res again = http.sendBytes("GET", "/@ana.rss", null, null, null, java.util.Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        scene.post(ana.id(), "Second", "public");
        Http.Res changed =
                http.sendBytes("GET", "/@ana.rss", null, null, null, java.util.Map.of("If-None-Match", etag));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("Second");
    }
}
