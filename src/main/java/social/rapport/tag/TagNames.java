package social.rapport.tag;

import java.util.Locale;
import java.util.regex.Pattern;
import social.rapport.core.Problem;

/** Hashtag names as posts store them: letters, digits and underscores, lower case, without the `#`. */
public final class TagNames {
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_]{1,100}");

    private TagNames() {}

    /** `#Tea`, `tea` → `tea`; anything that is not a hashtag is a 422 naming `field`. */
    public static String parse(String raw, String field) {
        String t = raw == null ? "" : raw.strip();
        if (t.startsWith("#")) t = t.substring(1);
        t = t.toLowerCase(Locale.ROOT);
        if (!TAG.matcher(t).matches()) throw Problem.invalid(field, "Name is not a valid hashtag");
        return t;
    }

    /** The hashtag's page on this server. */
    public static String url(String baseUrl, String tag) {
        return baseUrl + "/tags/" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8);
    }
}
