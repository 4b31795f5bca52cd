package social.rapport.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * Short posts as plain text: links (found by the autolink library), `@handle` mentions and
 * `#hashtags` become links; everything else is escaped. Blank lines make paragraphs.
 */
public final class PostText {
    static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@/#&])(?:@([A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@])|#([\\p{L}\\p{N}_]{1,100}))");
    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(java.util.EnumSet.of(LinkType.URL, LinkType.WWW))
            .build();

    /** What a text names: mentioned handles (lower-case) and hashtags (lower-case), in order. */
    public record Names(Set<String> handles, List<String> tags) {}

    /** A piece of text: plain, a link, a mention or a tag. */
    record Piece(char kind, String text, String value) {}

    private PostText() {}

    public static Names names(String text) {
        Set<String> handles = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        pieces(text, p -> {
            if (p.kind() == '@') handles.add(p.value());
            if (p.kind() == '#') tags.add(p.value());
        });
        return new Names(handles, new ArrayList<>(tags));
    }

    /** Splits text into pieces; links are found first so a `#` inside a URL stays part of it. */
    static void pieces(String text, Consumer<Piece> out) {
        for (Span span : LINKS.extractSpans(text)) {
            String part = text.substring(span.getBeginIndex(), span.getEndIndex());
            if (span instanceof LinkSpan link) {
                String href = link.getType() == LinkType.WWW ? "https://" + part : part;
                String lower = href.toLowerCase();
                if (lower.startsWith("http://") || lower.startsWith("https://")) {
                    out.accept(new Piece('l', part, href));
                } else {
                    out.accept(new Piece('t', part, null));
                }
                continue;
            }
            Matcher m = TOKEN.matcher(part);
            int at = 0;
            while (m.find()) {
                if (m.group(2) != null && m.group(2).chars().allMatch(Character::isDigit)) continue;
                if (m.start() > at) out.accept(new Piece('t', part.substring(at, m.start()), null));
                if (m.group(1) != null)
                    out.accept(new Piece('@', m.group(), m.group(1).toLowerCase()));
                else out.accept(new Piece('#', m.group(), m.group(2).toLowerCase()));
                at = m.end();
            }
            if (at < part.length()) out.accept(new Piece('t', part.substring(at), null));
        }
    }

    /** The HTML of a short post. `known` maps lower-case handles of existing accounts to their handle. */
    public static String html(String text, Map<String, String> known, String baseUrl) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder b = new StringBuilder("<p>");
        pieces(normal, p -> {
            switch (p.kind()) {
                case 'l' ->
                    b.append("<a href=\"")
                            .append(escape(p.value()))
                            .append("\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">")
                            .append(escape(p.text()))
                            .append("</a>");
                case '@' -> {
                    String handle = known.get(p.value());
                    if (handle == null) b.append(escape(p.text()));
                    else b.append(mention(handle, baseUrl));
                }
                case '#' -> b.append(hashtag(p.value(), p.text().substring(1), baseUrl));
                default -> b.append(escape(p.text()).replace("\n\n", "</p><p>").replace("\n", "<br>"));
            }
        });
        return b.append("</p>").toString().replaceAll("<p>(<br>)*</p>", "");
    }

    static String mention(String handle, String baseUrl) {
        return "<span class=\"h-card\"><a href=\"" + escape(baseUrl + "/@" + handle)
                + "\" class=\"u-url mention\">@<span>" + escape(handle) + "</span></a></span>";
    }

    static String hashtag(String tag, String shown, String baseUrl) {
        return "<a href=\"" + escape(baseUrl + "/tags/" + tag) + "\" class=\"mention hashtag\" rel=\"tag\">#<span>"
                + escape(shown) + "</span></a>";
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
