package social.rapport.audience;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import social.rapport.core.Problem;

/**
 * Who may see an object: any grant admits, an exception removes. Stored as text such as
 * `followers circle:3 -circle:7` (grants, then exclusions with a leading minus).
 */
public record Audience(Set<Grant> grants, Set<Long> exceptCircles) {
    public static final Audience PUBLIC = of(Grant.PUBLIC);
    public static final Audience UNLISTED = of(Grant.UNLISTED);
    public static final Audience FOLLOWERS = of(Grant.FOLLOWERS);
    public static final Audience CONNECTIONS = of(Grant.CONNECTIONS);
    public static final Audience NETWORK = of(Grant.NETWORK);
    public static final Audience ONLY_ME = of(Grant.ONLY_ME);
    public static final Audience MENTIONED = of(Grant.MENTIONED);

    public Audience {
        grants = Set.copyOf(grants);
        exceptCircles = Set.copyOf(exceptCircles);
        if (grants.isEmpty()) throw new IllegalArgumentException("an audience needs at least one grant");
    }

    public static Audience of(Grant... grants) {
        return new Audience(Set.of(grants), Set.of());
    }

    public boolean has(Grant.Kind kind) {
        return grants.stream().anyMatch(g -> g.kind() == kind);
    }

    /** Public or unlisted: reachable by anyone with the link. */
    public boolean isOpen() {
        return has(Grant.Kind.PUBLIC) || has(Grant.Kind.UNLISTED);
    }

    /** Listed in public, tag and search listings: public only, never unlisted or restricted. */
    public boolean isListed() {
        return has(Grant.Kind.PUBLIC);
    }

    public Set<Long> circles() {
        return grants.stream()
                .filter(g -> g.kind() == Grant.Kind.CIRCLE)
                .map(Grant::id)
                .collect(Collectors.toSet());
    }

    public String wire() {
        List<String> parts = grants.stream().map(Grant::wire).sorted().collect(Collectors.toList());
        exceptCircles.stream().sorted().forEach(c -> parts.add("-circle:" + c));
        return String.join(" ", parts);
    }

    /** Parses stored text; throws on anything malformed, since stored text is ours. */
    public static Audience fromWire(String text) {
        Set<Grant> grants = new LinkedHashSet<>();
        Set<Long> except = new LinkedHashSet<>();
        for (String p : text.trim().split("\\s+")) {
            if (p.startsWith("-")) {
                Grant g = Grant.parse(p.substring(1))
                        .filter(x -> x.kind() == Grant.Kind.CIRCLE)
                        .orElseThrow(() -> new IllegalStateException("bad stored audience: " + text));
                except.add(g.id());
            } else {
                grants.add(Grant.parse(p).orElseThrow(() -> new IllegalStateException("bad stored audience: " + text)));
            }
        }
        return new Audience(grants, except);
    }

    /**
     * Parses what a client asked for (`audience[]` such as `connections`, `circle:12`, and
     * `audience_except[]` such as `circle:7`); a 422 naming the field for anything unknown.
     * Whether the circles belong to the author is checked by the caller, which knows the owner.
     */
    public static Audience parse(List<String> grantsIn, List<String> exceptIn, String field) {
        Set<Grant> grants = new LinkedHashSet<>();
        for (String s : grantsIn) {
            grants.add(Grant.parse(s)
                    .filter(g -> g.kind() != Grant.Kind.HELD)
                    .orElseThrow(() -> Problem.invalid(field, "Unknown audience: " + s)));
        }
        if (grants.isEmpty()) throw Problem.invalid(field, "Choose an audience");
        if (grants.contains(Grant.ONLY_ME) && grants.size() > 1) {
            throw Problem.invalid(field, "only_me cannot be combined with other audiences");
        }
        Set<Long> except = new LinkedHashSet<>();
        for (String s : exceptIn) {
            Grant g = Grant.parse(s)
                    .filter(x -> x.kind() == Grant.Kind.CIRCLE)
                    .orElseThrow(() -> Problem.invalid(field + "_except", "Only circles can be excepted: " + s));
            except.add(g.id());
        }
        return new Audience(grants, except);
    }
}
