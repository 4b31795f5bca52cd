package social.rapport.share;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Feed} as RSS 2.0 or Atom (RFC 4287) with the JDK's StAX writer, which escapes
 * every text and attribute. Characters XML 1.0 cannot carry at all (most control characters) are
 * dropped first, so the document always parses.
 */
public final class FeedXml {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private FeedXml() {}

    /** RSS 2.0: a channel with an item per post; `guid` is the post's address, `description` its HTML. */
    public static String rss(Feed feed) {
        return write(w -> {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM_NS);
            w.writeStartElement("channel");
            text(w, "title", feed.title());
            text(w, "link", feed.link());
            text(w, "description", feed.description());
            w.writeEmptyElement("atom", "link", ATOM_NS);
            w.writeAttribute("href", feed.rssUrl());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            text(w, "lastBuildDate", RFC_822.format(feed.updated()));
            text(w, "generator", "Rapport");
            for (Feed.Item item : feed.items()) {
                w.writeStartElement("item");
                if (item.title() != null) text(w, "title", item.title());
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", Boolean.toString(item.id().equals(item.url())));
                w.writeCharacters(clean(item.id()));
                w.writeEndElement();
                text(w, "link", item.url());
                text(w, "pubDate", RFC_822.format(item.published()));
                text(w, "description", item.html());
                for (String tag : item.tags()) text(w, "category", tag);
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** Atom: a feed with an entry per post; the entry's content is its HTML, typed `html`. */
    public static String atom(Feed feed) {
        return write(w -> {
            w.setDefaultNamespace(ATOM_NS);
            w.writeStartElement(ATOM_NS, "feed");
            w.writeDefaultNamespace(ATOM_NS);
            text(w, "id", feed.atomUrl());
            text(w, "title", feed.title());
            text(w, "subtitle", feed.description());
            text(w, "updated", iso(feed.updated()));
            link(w, "alternate", "text/html", feed.link());
            link(w, "self", "application/atom+xml", feed.atomUrl());
            text(w, "generator", "Rapport");
            for (Feed.Item item : feed.items()) {
                w.writeStartElement("entry");
                text(w, "id", item.id());
                text(w, "title", item.title() != null ? item.title() : item.summary());
                text(w, "published", iso(item.published()));
                text(w, "updated", iso(item.updated()));
                link(w, "alternate", "text/html", item.url());
                w.writeStartElement("author");
                text(w, "name", item.authorName());
                text(w, "uri", item.authorUrl());
                w.writeEndElement();
                w.writeStartElement("content");
                w.writeAttribute("type", "html");
                w.writeCharacters(clean(item.html()));
                w.writeEndElement();
                for (String tag : item.tags()) {
                    w.writeEmptyElement("category");
                    w.writeAttribute("term", clean(tag));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a feed failed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(clean(value == null ? "" : value));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", clean(href));
    }

    private static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    /** Drops what XML 1.0 cannot hold: control characters other than tab and line ends, lone surrogates, U+FFFE/F. */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (ok && out != null) out.appendCodePoint(cp);
            i += n;
        }
        return out == null ? s : out.toString();
    }
}
