package social.rapport.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import social.rapport.core.CustomEmoji;
import social.rapport.core.Emojis;
import social.rapport.web.Html;

/**
 * Shows custom emoji in pages: each `:shortcode:` that names one of the given emoji becomes a small
 * image whose alternative text is the shortcode; everything else is left as it was. Only the emoji
 * an entity lists are drawn (the ones its text uses), and every part is escaped.
 */
public final class EmojiHtml {
    private EmojiHtml() {}

    /** Plain text (a display name, a paragraph of a bio) as escaped HTML with the emoji drawn. */
    public static String text(String plain, List<CustomEmoji> emojis) {
        if (plain == null) return "";
        return replace(Html.escape(plain), emojis);
    }

    /** HTML made by this server (a post's content): emoji are drawn in its text, never inside a tag. */
    public static String html(String html, List<CustomEmoji> emojis) {
        if (html == null || emojis == null || emojis.isEmpty()) return html;
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            if (tag < 0) tag = html.length();
            out.append(replace(html.substring(i, tag), emojis));
            if (tag == html.length()) break;
            int end = html.indexOf('>', tag);
            if (end < 0) end = html.length() - 1;
            out.append(html, tag, end + 1);
            i = end + 1;
        }
        return out.toString();
    }

    private static String replace(String escaped, List<CustomEmoji> emojis) {
        if (emojis == null || emojis.isEmpty() || escaped.indexOf(':') < 0) return escaped;
        Map<String, CustomEmoji> byCode = new HashMap<>();
        for (CustomEmoji e : emojis) byCode.put(e.shortcode(), e);
        Matcher m = Emojis.SHORTCODE.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            CustomEmoji e = byCode.get(m.group(1));
            String with = e == null ? m.group() : img(e);
            m.appendReplacement(out, Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String img(CustomEmoji e) {
        String code = Html.escape(":" + e.shortcode() + ":");
        return "<img class=\"emoji\" src=\"" + Html.escape(e.url()) + "\" alt=\"" + code + "\" title=\"" + code
                + "\" width=\"20\" height=\"20\" draggable=\"false\">";
    }
}
