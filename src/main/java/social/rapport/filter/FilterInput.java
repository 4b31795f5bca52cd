package social.rapport.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import social.rapport.core.Problem;
import social.rapport.status.FilterContext;
import social.rapport.web.Params;

/**
 * A filter's parameters as Mastodon apps send them, read and checked before anything is written:
 * a mistake is a 422 naming the field. Absent values are null (left as they are on an update).
 */
final class FilterInput {
    static final int MAX_TITLE = 200;
    static final int MAX_KEYWORD = 200;
    static final List<String> ACTIONS = List.of("warn", "hide", "blur");
    /** The longest `expires_in`: ten years, in seconds. */
    static final long MAX_EXPIRES_IN = 10L * 366 * 24 * 3600;

    private FilterInput() {}

    /** One entry of `keywords_attributes`: a new keyword (no id), a change, or a removal (`_destroy`). */
    record KeywordChange(Long id, String keyword, Boolean wholeWord, boolean destroy) {}

    /**
     * `expires_in` in seconds: null when absent, 0 when present and empty (never expires), else
     * at least one second.
     */
    static Long expiresIn(Params p) {
        if (!p.has("expires_in")) return null;
        String v = p.string("expires_in");
        if (v == null || v.isBlank()) return 0L;
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw Problem.invalid("expires_in", "expires_in must be a whole number of seconds");
        }
        if (n < 1 || n > MAX_EXPIRES_IN)
            throw Problem.invalid("expires_in", "expires_in must be between 1 and " + MAX_EXPIRES_IN + " seconds");
        return n;
    }

    static String title(String t, String field) {
        if (t == null || t.isBlank()) throw Problem.invalid(field, field + " can't be blank");
        String s = t.strip();
        if (s.codePointCount(0, s.length()) > MAX_TITLE)
            throw Problem.invalid(field, field + " is at most " + MAX_TITLE + " characters");
        return s;
    }

    static String keyword(String k) {
        if (k == null || k.isBlank()) throw Problem.invalid("keyword", "keyword can't be blank");
        String s = k.strip();
        if (s.codePointCount(0, s.length()) > MAX_KEYWORD)
            throw Problem.invalid("keyword", "keyword is at most " + MAX_KEYWORD + " characters");
        return s;
    }

    /** The contexts, each once, in Mastodon's order; null when absent. */
    static List<String> contexts(Params p) {
        if (!p.has("context")) return null;
        List<String> given = p.list("context");
        if (given.isEmpty()) throw Problem.invalid("context", "context can't be blank");
        List<String> out = new ArrayList<>();
        for (String c : given) {
            if (FilterContext.parse(c.strip()).isEmpty())
                throw Problem.invalid("context", "context must be home, notifications, public, thread or account");
        }
        for (FilterContext c : FilterContext.values()) {
            if (given.stream().anyMatch(g -> g.strip().equals(c.wire()))) out.add(c.wire());
        }
        return out;
    }

    static String action(Params p) {
        String a = p.string("filter_action");
        if (a == null) return null;
        if (!ACTIONS.contains(a)) throw Problem.invalid("filter_action", "filter_action must be warn, hide or blur");
        return a;
    }

    /** `keywords_attributes`, as a JSON list, a JSON object keyed by index, or `keywords_attributes[0][keyword]` forms. */
    static List<KeywordChange> keywords(Params p) {
        JsonNode node = p.node("keywords_attributes");
        if (node == null || node.isNull()) return List.of();
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (node.isObject()) {
            Map<Integer, JsonNode> byIndex = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().matches("\\d{1,4}")) throw badKeywords();
                byIndex.put(Integer.parseInt(e.getKey()), e.getValue());
            }
            items.addAll(byIndex.values());
        } else {
            throw badKeywords();
        }
        List<KeywordChange> out = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isObject()) throw badKeywords();
            Long id = null;
            if (item.hasNonNull("id") && !item.get("id").asText().isBlank()) {
                try {
                    id = Long.parseLong(item.get("id").asText().trim());
                } catch (NumberFormatException e) {
                    throw Problem.notFound();
                }
            }
            String keyword = text(item, "keyword");
            Boolean whole = item.has("whole_word") ? bool(item.get("whole_word"), "whole_word") : null;
            boolean destroy = item.has("_destroy") && Boolean.TRUE.equals(bool(item.get("_destroy"), "_destroy"));
            out.add(new KeywordChange(id, keyword, whole, destroy));
        }
        return out;
    }

    private static String text(JsonNode item, String name) {
        JsonNode n = item.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isValueNode()) throw Problem.invalid(name, name + " must be a string");
        return n.asText();
    }

    private static Boolean bool(JsonNode n, String name) {
        if (n == null || n.isNull()) return null;
        if (n.isBoolean()) return n.booleanValue();
        if (!n.isValueNode()) throw Problem.invalid(name, name + " must be true or false");
        return switch (n.asText().toLowerCase()) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no", "" -> false;
            default -> throw Problem.invalid(name, name + " must be true or false");
        };
    }

    private static Problem badKeywords() {
        return Problem.invalid("keywords_attributes", "keywords_attributes must be a list of keywords");
    }
}
