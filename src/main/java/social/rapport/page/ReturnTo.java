package social.rapport.page;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a form goes back to: a path on this site, never another site. Only printable ASCII is
 * accepted (browsers drop tabs and newlines from URLs, which would turn "/\t/evil" into "//evil"),
 * and neither "//" nor "/\" may start it, so the browser can never read it as another host.
 */
final class ReturnTo {
    static final int MAX = 500;

    private ReturnTo() {}

    /** The path if it is a safe local one, else null. */
    static String safe(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX || raw.charAt(0) != '/') return null;
        if (raw.length() > 1 && (raw.charAt(1) == '/' || raw.charAt(1) == '\\')) return null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') return null;
        }
        return raw;
    }

    static String or(String raw, String fallback) {
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
                if (part.isEmpty() || part.startsWith("notice=") || part.startsWith("return_to=")
                        || part.startsWith("fragment=")) continue;
                b.append(sep).append(part);
                sep = "&";
            }
        }
        return or(b.toString(), "/");
    }

    /** The target without its fragment. */
    static String withoutFragment(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    /** The target with a notice code, put before any fragment. */
    static String withNotice(String target, String notice) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash);
        return path + (path.contains("?") ? "&" : "?") + "notice=" + notice + fragment;
    }

    static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
