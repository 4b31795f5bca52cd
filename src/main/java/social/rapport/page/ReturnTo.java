package social.rapport.page;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the browser is sent back to: a path on this site, never another site. Every redirect whose
 * target came from the request (return_to, back, the page being left) passes through {@link #safe}.
 * Only printable ASCII is accepted (browsers drop tabs and newlines from URLs, which would turn
 * "/\t/evil" into "//evil"), no backslash (browsers read it as a slash), and neither "//" nor "/\"
 * may start it, so the browser can never read it as another host. The same holds once percent escapes
 * are decoded, so that a target handed on encoded once more (a sign-in link built from it) stays local.
 */
public final class ReturnTo {
    static final int MAX = 500;

    private ReturnTo() {}

    /** The path if it is a safe local one, else null. */
    static String safe(String raw) {
        return safe(raw, MAX);
    }

    /** As {@link #safe(String)}, for a route that allows a different length. */
    static String safe(String raw, int max) {
        if (raw == null || raw.length() > max || !local(raw)) return null;
        // The path part, with each round removing one layer of escapes (%2509 -> %09 -> tab): a few rounds
        // cover any encoding a browser or our own links would undo; one still changing after them is refused.
        String path = raw;
        for (int round = 0; round < 3; round++) {
            int end = firstOf(path, '?', '#');
            path = path.substring(0, end);
            String next = decode(path);
            if (next == null) return null;
            if (next.equals(path)) return raw;
            if (!plainPath(next)) return null;
            path = next;
        }
        return null;
    }

    private static int firstOf(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == a || s.charAt(i) == b) return i;
        return s.length();
    }

    private static boolean local(String raw) {
        if (raw.isEmpty()) return false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') return false;
        }
        return startsLocal(raw);
    }

    /** A decoded path (up to any ? or # it now holds) that is still local and has no blank, control or backslash. */
    private static boolean plainPath(String decoded) {
        if (!startsLocal(decoded)) return false;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '?' || c == '#') return true;
            if (c <= 0x20 || c == 0x7f || c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c))
                return false;
        }
        return true;
    }

    private static boolean startsLocal(String s) {
        if (s.isEmpty() || s.charAt(0) != '/') return false;
        return s.length() == 1 || (s.charAt(1) != '/' && s.charAt(1) != '\\');
    }

    /** One layer of percent escapes undone, or null when an escape is malformed. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String or(String raw, String fallback) {
        String s = safe(raw);
        return s == null ? fallback : s;
    }

    /** This request's page, without a notice it was showing, so that going back does not repeat it. */
    static String current(Context ctx) {
        StringBuilder b = new StringBuilder(ctx.path());
        String q = ctx.queryString();
        if (q != null) {
            String sep = "?";
            for (String part : q.split("&")) {
                if (part.isEmpty()
                        || part.startsWith("notice=")
                        || part.startsWith("return_to=")
                        || part.startsWith("fragment=")) continue;
                b.append(sep).append(part);
                sep = "&";
            }
        }
        return or(b.toString(), "/");
    }

    /** The target without its fragment. */
    public static String withoutFragment(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    /** The target with a notice code, put before any fragment. */
    public static String withNotice(String target, String notice) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash);
        return path + (path.contains("?") ? "&" : "?") + "notice=" + notice + fragment;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
