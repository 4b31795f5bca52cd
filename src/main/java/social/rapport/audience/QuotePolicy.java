package social.rapport.audience;

import java.util.Optional;

/**
 * Who may quote a public or unlisted post, besides its author (Mastodon's `quote_approval_policy`):
 * the rule itself lives in {@link AudiencePolicy#mayQuote}.
 */
public enum QuotePolicy {
    PUBLIC,
    FOLLOWERS,
    NOBODY;

    public String wire() {
        return name().toLowerCase();
    }

    /** `anyone` is read as `public`, the word the composer shows. */
    public static Optional<QuotePolicy> parse(String s) {
        if (s == null) return Optional.empty();
        String w = s.trim().toLowerCase();
        if (w.equals("anyone")) return Optional.of(PUBLIC);
        for (QuotePolicy p : values()) if (p.wire().equals(w)) return Optional.of(p);
        return Optional.empty();
    }
}
