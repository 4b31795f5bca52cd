package social.rapport.status;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches posts against a viewer's filters, with no I/O. A keyword is looked for in the post's
 * plain text (its HTML stripped), its content warning and an article's title, all normalised
 * (NFKC); a post id matches the post or, for a reblog, its original.
 */
public final class FilterMatcher {
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</h[1-6]>|</li>|</blockquote>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");

    private FilterMatcher() {}

    /** Mastodon's FilterResult: the filter, and which of its keywords and post ids matched (null when none). */
    public record Result(Object filter, List<String> keywordMatches, List<String> statusMatches) {}

    /** What the filters say of one shown post: the results to show, and whether a `hide` filter removes it. */
    public record Verdict(List<Result> results, boolean hidden) {
        static final Verdict NONE = new Verdict(List.of(), false);
    }

    /**
     * The verdict on `shown` (a post, or a reblog) whose subject is `subject` (the post, or the
     * reblog's original). With a context, only the filters for it apply and a `hide` filter removes
     * the post; without one (a post asked for by id, a bookmark), every filter that matches is shown
     * and nothing is removed.
     */
    public static Verdict verdict(List<ViewerFilters.Rule> rules, Status shown, Status subject, FilterContext context) {
        if (rules.isEmpty() || subject == null) return Verdict.NONE;
        String text = null;
        List<Result> results = new ArrayList<>();
        boolean hidden = false;
        for (ViewerFilters.Rule r : rules) {
            if (context != null && !r.contexts().contains(context)) continue;
            List<String> statusMatches = new ArrayList<>();
            if (r.statusIds().contains(shown.id())) statusMatches.add(Long.toString(shown.id()));
            if (subject.id() != shown.id() && r.statusIds().contains(subject.id()))
                statusMatches.add(Long.toString(subject.id()));
            Set<String> keywordMatches = new LinkedHashSet<>();
            if (!r.keywords().isEmpty()) {
                if (text == null) text = searchable(subject);
                for (ViewerFilters.Word w : r.keywords()) {
                    if (w.pattern().matcher(text).find()) keywordMatches.add(w.keyword());
                }
            }
            if (statusMatches.isEmpty() && keywordMatches.isEmpty()) continue;
            results.add(new Result(
                    r.entity(),
                    keywordMatches.isEmpty() ? null : List.copyOf(keywordMatches),
                    statusMatches.isEmpty() ? null : statusMatches));
            if (context != null && r.hides()) hidden = true;
        }
        return results.isEmpty() ? Verdict.NONE : new Verdict(List.copyOf(results), hidden);
    }

    /**
     * The pattern for a keyword, case-insensitive and Unicode aware. A whole-word keyword must not
     * run on into a letter or digit at an end where it begins or ends with one, as Mastodon does.
     */
    public static Pattern pattern(String keyword, boolean wholeWord) {
        String k = normal(keyword);
        String quoted = Pattern.quote(k);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        if (!wholeWord || k.isEmpty()) return Pattern.compile(quoted, flags);
        String start = isWord(k.codePointAt(0)) ? "(?<![\\p{L}\\p{N}_])" : "";
        String end = isWord(k.codePointBefore(k.length())) ? "(?![\\p{L}\\p{N}_])" : "";
        return Pattern.compile(start + quoted + end, flags);
    }

    private static boolean isWord(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** The text a keyword is looked for in: content warning, an article's title, the post's plain text. */
    static String searchable(Status s) {
        StringBuilder b = new StringBuilder();
        if (s.spoilerText() != null) b.append(s.spoilerText()).append("\n\n");
        if (s.title() != null) b.append(s.title()).append("\n\n");
        b.append(plain(s.html() == null ? "" : s.html()));
        return normal(b.toString());
    }

    /** HTML as plain text: breaks as new lines, tags dropped, character references decoded. */
    static String plain(String html) {
        String text = TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int cp = e.startsWith("#x") || e.startsWith("#X")
                            ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
