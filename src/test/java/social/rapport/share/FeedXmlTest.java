package social.rapport.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Feeds are valid XML whatever a post holds: markup, quotes, CDATA ends, characters XML cannot carry. */
class FeedXmlTest {
    private static final String NASTY =
            "a <b>&amp;</b> \"q\" 'a' ]]> \u0001\u0008\u000b bell\u0007 \ud800 lone \ufffe end 🌱";

    private static Feed feed() {
        Instant t = Instant.parse("2026-11-29T10:15:30Z");
        Feed.Item item = new Feed.Item(
                "https://r.example/@ana/1",
                "https://r.example/@ana/1",
                NASTY,
                NASTY,
                "<p>" + NASTY + "</p>",
                "Ana " + NASTY,
                "https://r.example/@ana",
                t,
                t,
                List.of("tea", NASTY));
        return new Feed(
                "Ana " + NASTY,
                NASTY,
                "https://r.example/@ana",
                "https://r.example/@ana.rss",
                "https://r.example/@ana.atom",
                t,
                List.of(item));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** What survives: everything but the characters XML 1.0 cannot hold. */
    private static final String KEPT = "a <b>&amp;</b> \"q\" 'a' ]]>  bell  lone  end 🌱";

    @Test
    void rss_parses_and_reads_back_every_text_as_written() throws Exception {
        String xml = FeedXml.rss(feed());
        Document d = parse(xml);
        assertThat(d.getElementsByTagName("description").item(1).getTextContent())
                .isEqualTo("<p>" + KEPT + "</p>");
        assertThat(d.getElementsByTagName("title").item(1).getTextContent()).isEqualTo(KEPT);
        assertThat(d.getElementsByTagName("category").item(1).getTextContent()).isEqualTo(KEPT);
        assertThat(d.getElementsByTagName("pubDate").item(0).getTextContent())
                .isEqualTo("Sun, 29 Nov 2026 10:15:30 GMT");
        assertThat(xml).doesNotContain("\u0001", "\ufffe");
    }

    @Test
    void atom_parses_and_reads_back_every_text_as_written() throws Exception {
        Document d = parse(FeedXml.atom(feed()));
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(FeedXml.ATOM_NS);
        assertThat(d.getElementsByTagNameNS(FeedXml.ATOM_NS, "content").item(0).getTextContent())
                .isEqualTo("<p>" + KEPT + "</p>");
        assertThat(d.getElementsByTagNameNS(FeedXml.ATOM_NS, "category")
                        .item(1)
                        .getAttributes()
                        .getNamedItem("term")
                        .getNodeValue())
                .isEqualTo(KEPT);
        assertThat(d.getElementsByTagNameNS(FeedXml.ATOM_NS, "updated").item(0).getTextContent())
                .isEqualTo("2026-11-29T10:15:30Z");
    }
}
