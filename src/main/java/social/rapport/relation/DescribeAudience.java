package social.rapport.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import social.rapport.audience.Audience;
import social.rapport.audience.AudiencePolicy;
import social.rapport.audience.Grant;
import social.rapport.core.Problem;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.circle.Circle;
import social.rapport.relation.circle.ListCircles;
import social.rapport.relation.connect.ConnectionList;
import social.rapport.store.Database;

/**
 * Says before posting who will see a post: "Visible to your Family circle: 4 people" or "Anyone,
 * including people not signed in". The people are counted by asking the audience policy about
 * every account the grants could reach, so the sentence always agrees with what readers will see.
 * Reaching through a connection's own connections goes by the list the author is shown of them:
 * the number never tells of people in a connection list hidden from the author.
 */
public final class DescribeAudience {
    /** The sentence, and the number of people (null when anyone may see it). */
    public record Described(String sentence, Integer people) {}

    private final Database db;
    private final SocialGraph graph;
    private final AudiencePolicy policy;
    private final ListCircles circles;
    private final ConnectionList connectionList;

    public DescribeAudience(
            Database db, SocialGraph graph, AudiencePolicy policy, ListCircles circles, ConnectionList connectionList) {
        this.db = db;
        this.connectionList = connectionList;
        this.graph = graph;
        this.policy = policy;
        this.circles = circles;
    }

    public Described describe(int owner, List<String> grants, List<String> except) {
        Audience a = Audience.parse(grants, except, "audience");
        Map<Long, String> names = circles.list(owner).stream().collect(Collectors.toMap(Circle::id, Circle::name));
        for (long c : a.circles())
            if (!names.containsKey(c)) throw Problem.invalid("audience", "Unknown circle: circle:" + c);
        for (long c : a.exceptCircles()) {
            if (!names.containsKey(c)) throw Problem.invalid("audience_except", "Unknown circle: circle:" + c);
        }
        if (a.has(Grant.Kind.PUBLIC)) return new Described("Anyone, including people not signed in", null);
        if (a.has(Grant.Kind.UNLISTED)) {
            return new Described("Anyone with the link, including people not signed in; not listed publicly", null);
        }
        if (a.has(Grant.Kind.ONLY_ME)) return new Described("Only you", 0);
        if (a.grants().size() == 1 && a.has(Grant.Kind.MENTIONED)) {
            return new Described("Only the people you mention in the post", null);
        }
        List<String> parts = new ArrayList<>();
        Set<Integer> reach = new HashSet<>();
        if (a.has(Grant.Kind.FOLLOWERS)) {
            parts.add("your followers");
            for (int f : graph.followers(owner)) reach.add(f);
        }
        if (a.has(Grant.Kind.CONNECTIONS) || a.has(Grant.Kind.NETWORK)) {
            parts.add(
                    a.has(Grant.Kind.NETWORK)
                            ? "your network (connections and their connections)"
                            : "your connections");
            int[] mine = graph.connections(owner);
            for (int c : mine) reach.add(c);
            if (a.has(Grant.Kind.NETWORK)) {
                db.read(h -> {
                    for (int c : mine) for (int cc : connectionList.shownIds(h, owner, c)) reach.add(cc);
                    return null;
                });
            }
        }
        List<Long> chosen = a.circles().stream().sorted().toList();
        if (chosen.size() == 1) parts.add("your " + names.get(chosen.get(0)) + " circle");
        if (chosen.size() > 1) parts.add("your " + chosen.size() + " circles");
        for (long c : chosen) for (int m : graph.circleMembers(owner, c)) reach.add(m);
        if (a.has(Grant.Kind.MENTIONED)) parts.add("the people you mention");
        reach.remove(owner);
        int people = (int)
                reach.stream().filter(v -> policy.canSee(v, owner, a, Set.of())).count();
        StringBuilder s = new StringBuilder("Visible to ").append(join(parts));
        if (!a.exceptCircles().isEmpty()) {
            s.append(", except ")
                    .append(
                            a.exceptCircles().size() == 1
                                    ? "your "
                                            + names.get(
                                                    a.exceptCircles().iterator().next()) + " circle"
                                    : "your " + a.exceptCircles().size() + " circles");
        }
        s.append(": ").append(people).append(people == 1 ? " person" : " people");
        if (a.has(Grant.Kind.MENTIONED)) s.append(" now, and whoever you mention");
        return new Described(s.toString(), people);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
