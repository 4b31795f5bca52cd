package social.rapport.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Long-form articles: Markdown rendered by commonmark with raw HTML escaped and unsafe URLs
 * neutralised, mentions and hashtags linked, then passed through the OWASP sanitizer as a second net.
 */
final class ArticleHtml {
    private static final Parser PARSER =
            Parser.builder().extensions(List.of(AutolinkExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(ctx -> (node, tag, attrs) -> {
                if (node instanceof Link link && !"mention".equals(link.getTitle()) && !"tag".equals(link.getTitle())) {
                    attrs.put("rel", "nofollow noopener noreferrer");
                }
                if (node instanceof Link link && ("mention".equals(link.getTitle()) || "tag".equals(link.getTitle()))) {
                    attrs.remove("title");
                    attrs.put("class", "mention".equals(link.getTitle()) ? "u-url mention" : "mention hashtag");
                }
            })
            .build();
    private static final PolicyFactory SAFE = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "a",
                    "em",
                    "strong",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "span",
                    "del")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("class")
            .onElements("a", "span", "code")
            .allowAttributes("rel")
            .onElements("a")
            .allowAttributes("start")
            .onElements("ol")
            .toFactory();

    private ArticleHtml() {}

    static String html(String markdown, Map<String, String> known, String baseUrl) {
        Node doc = PARSER.parse(markdown);
        linkNames(doc, known, baseUrl);
        return SAFE.sanitize(RENDERER.render(doc));
    }

    /** Turns `@handle` (of existing accounts) and `#tag` in plain text, outside links and code, into links. */
    private static void linkNames(Node doc, Map<String, String> known, String baseUrl) {
        List<Text> texts = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                /* text inside a link stays as it is */
            }

            @Override
            public void visit(Code code) {
                /* code is never linked */
            }
        });
        for (Text text : texts) {
            List<Node> replacement = new ArrayList<>();
            boolean[] changed = {false};
            PostText.pieces(text.getLiteral(), p -> {
                String handle = p.kind() == '@' ? known.get(p.value()) : null;
                if (handle != null) {
                    replacement.add(link(baseUrl + "/@" + handle, "mention", p.text()));
                    changed[0] = true;
                } else if (p.kind() == '#') {
                    replacement.add(link(baseUrl + "/tags/" + p.value(), "tag", p.text()));
                    changed[0] = true;
                } else {
                    replacement.add(new Text(p.text()));
                }
            });
            if (!changed[0]) continue;
            for (Node n : replacement) text.insertBefore(n);
            text.unlink();
        }
    }

    private static Link link(String href, String title, String shown) {
        Link l = new Link(href, title);
        l.appendChild(new Text(shown));
        return l;
    }
}
