package social.rapport.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import social.rapport.account.Account;
import social.rapport.audience.Audience;
import social.rapport.audience.Grant;
import social.rapport.core.Problem;

/**
 * Turns what a client asked for into an audience: Mastodon's `visibility`, or Rapport's `audience[]`
 * and `audience_except[]`, or else the author's default. Circles must be the author's own; a group
 * (`group:<id>`) one the author is a member of, and alone.
 */
final class AudienceChoice {
    private static final Map<String, Audience> VISIBILITY = Map.of(
            "public",
            Audience.PUBLIC,
            "unlisted",
            Audience.UNLISTED,
            "private",
            Audience.FOLLOWERS,
            "direct",
            Audience.MENTIONED);

    private AudienceChoice() {}

    static Audience choose(
            String visibility,
            List<String> grants,
            List<String> except,
            Audience fallback,
            int author,
            CircleOwners circles,
            java.util.function.LongPredicate memberOf) {
        Audience chosen;
        if (!grants.isEmpty()) {
            chosen = Audience.parse(grants, except, "audience");
        } else {
            Audience base = fallback;
            if (visibility != null && !visibility.isBlank()) {
                base = VISIBILITY.get(visibility.trim().toLowerCase());
                if (base == null) throw Problem.invalid("visibility", "Unknown visibility: " + visibility);
            }
            Audience withExcept = Audience.parse(List.of("public"), except, "audience");
            chosen = new Audience(base.grants(), withExcept.exceptCircles());
        }
        for (Grant g : chosen.grants()) {
            if (g.kind() == Grant.Kind.GROUP) {
                // A group's post goes to the group alone, and only a member may post there; to anyone
                // else a group is unknown, whether or not it exists.
                if (!memberOf.test(g.id())) throw Problem.invalid("audience", "Unknown group: " + g.wire());
                if (chosen.grants().size() > 1 || !chosen.exceptCircles().isEmpty()) {
                    throw Problem.invalid("audience", "A post to a group goes to that group alone");
                }
            }
            if (g.kind() == Grant.Kind.CIRCLE && !circles.owns(author, g.id())) {
                throw Problem.invalid("audience", "Unknown circle: " + g.wire());
            }
        }
        for (long c : chosen.exceptCircles()) {
            if (!circles.owns(author, c)) throw Problem.invalid("audience_except", "Unknown circle: circle:" + c);
        }
        return chosen;
    }

    /** Mastodon's nearest visibility for an audience. */
    static String visibility(Audience a) {
        if (a.has(Grant.Kind.PUBLIC)) return "public";
        if (a.has(Grant.Kind.UNLISTED)) return "unlisted";
        if (a.grants().size() == 1 && a.has(Grant.Kind.MENTIONED)) return "direct";
        return "private";
    }

    /** What the author is told about a choice: `followers` on an account that accepts every follower. */
    static List<String> warnings(Audience a, Account author) {
        if (a.has(Grant.Kind.FOLLOWERS) && !author.locked() && !a.isOpen()) {
            return List.of("Your account accepts followers without review, so anyone can follow you and see"
                    + " followers-only posts: this audience is close to public.");
        }
        return List.of();
    }

    static String describe(Audience a) {
        return a.grants().stream().map(Grant::wire).sorted().collect(Collectors.joining(" "));
    }
}
