package social.rapport.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import social.rapport.core.Problem;

/**
 * The server's rules (shown at sign-up and to apps) and its longer "about" text, written by
 * administrators and kept in the settings table.
 */
public final class InstanceRules {
    public static final int MAX_RULES = 20;
    public static final int MAX_RULE = 300;
    public static final int MAX_ABOUT = 10_000;
    static final String RULES = "rules";
    static final String ABOUT = "extended_description";
    static final String ABOUT_AT = "extended_description_at";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rule as Mastodon's Rule entity carries it; the id is its place in the list. */
    public record Rule(String id, String text, String hint) {}

    /** The about text and when it last changed (null when never written). */
    public record About(String text, Instant updatedAt) {}

    private final Settings settings;
    private final Clock clock;

    public InstanceRules(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public List<Rule> rules() {
        List<String> texts = settings.get(RULES).map(InstanceRules::parse).orElse(List.of());
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) out.add(new Rule(Integer.toString(i + 1), texts.get(i), ""));
        return out;
    }

    public About about() {
        return new About(
                settings.get(ABOUT).orElse(""),
                settings.get(ABOUT_AT).map(Instant::parse).orElse(null));
    }

    /**
     * Replaces the rules (blank lines dropped) and the about text; null leaves one as it is. Both are
     * checked before either is written, so bad input changes nothing. Anyone but an administrator
     * finds nothing here.
     */
    public void set(boolean admin, List<String> texts, String about) {
        if (!admin) throw Problem.notFound();
        List<String> kept = texts == null ? null : kept(texts);
        String text = about == null ? null : about.strip();
        if (text != null && text.length() > MAX_ABOUT) {
            throw Problem.invalid("extended_description", "at most " + MAX_ABOUT + " characters");
        }
        if (kept != null) {
            try {
                settings.set(RULES, JSON.writeValueAsString(kept));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        if (text != null) {
            settings.set(ABOUT, text);
            settings.set(ABOUT_AT, clock.instant().toString());
        }
    }

    private static List<String> kept(List<String> texts) {
        List<String> kept = new ArrayList<>();
        for (String t : texts) {
            String s = t == null ? "" : t.strip();
            if (s.isEmpty()) continue;
            if (s.length() > MAX_RULE)
                throw Problem.invalid("rules", "each rule has at most " + MAX_RULE + " characters");
            kept.add(s);
        }
        if (kept.size() > MAX_RULES) throw Problem.invalid("rules", "at most " + MAX_RULES + " rules");
        return kept;
    }

    private static List<String> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored rules are not a JSON list", e);
        }
    }
}
