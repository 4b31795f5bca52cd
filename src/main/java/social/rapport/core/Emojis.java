package social.rapport.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The custom emoji of this server, as every feature that shows text asks for them: which of them a
 * text uses (`:shortcode:`), for the `emojis` arrays of accounts and posts.
 */
public interface Emojis {
    /** `:shortcode:` as Mastodon recognises it; the shortcode is group 1. */
    Pattern SHORTCODE = Pattern.compile(":([a-zA-Z0-9_]{2,30}):");

    /** None at all (tools and tests that have no catalogue). */
    Emojis NONE = code -> null;

    /** The emoji of that exact shortcode, or null. */
    CustomEmoji find(String shortcode);

    /** The emoji the texts use, each once, in the order they first appear; null texts are skipped. */
    default List<CustomEmoji> in(String... texts) {
        Map<String, CustomEmoji> found = new LinkedHashMap<>();
        for (String t : texts) {
            if (t == null || t.indexOf(':') < 0) continue;
            Matcher m = SHORTCODE.matcher(t);
            while (m.find()) {
                String code = m.group(1);
                if (found.containsKey(code)) continue;
                CustomEmoji e = find(code);
                if (e != null) found.put(code, e);
            }
        }
        return found.isEmpty() ? List.of() : new ArrayList<>(found.values());
    }
}
