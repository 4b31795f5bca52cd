package social.rapport.audience;

import java.util.Optional;

/** Who may reply to a post, besides its author: the rule itself lives in {@link AudiencePolicy#mayReply}. */
public enum ReplyPolicy {
    EVERYONE,
    FOLLOWERS,
    CONNECTIONS,
    MENTIONED;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<ReplyPolicy> parse(String s) {
        if (s == null) return Optional.empty();
        for (ReplyPolicy p : values()) if (p.wire().equals(s.trim().toLowerCase())) return Optional.of(p);
        return Optional.empty();
    }
}
