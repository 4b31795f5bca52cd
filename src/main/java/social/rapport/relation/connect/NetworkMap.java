package social.rapport.relation.connect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.Visible;
import social.rapport.relation.circle.Circle;
import social.rapport.relation.circle.ListCircles;
import social.rapport.store.Database;

/**
 * The viewer's own network for drawing: their connections with the viewer's circles each one is in,
 * and the connections among them. An edge between two of the viewer's connections tells something
 * of their connection lists, so each one is kept only when the audience policy lets the viewer know
 * it (the same question the mutual connections and the path ask).
 */
public final class NetworkMap {
    /** More people than this make a drawing nobody can read; the first ones by id are drawn. */
    public static final int MAX_PEOPLE = 500;

    public record Person(Account account, List<Long> circles) {}

    /** `a` &lt; `b`; the viewer's own edges to each person are not listed: every person has one. */
    public record Edge(int a, int b) {}

    /** `total` counts all the viewer's connections, `people` holds at most {@link #MAX_PEOPLE}. */
    public record Drawing(List<Circle> circles, List<Person> people, List<Edge> edges, int total) {}

    private final Database db;
    private final SocialGraph graph;
    private final Visible visible;
    private final ConnectionFacts facts;
    private final ListCircles circles;

    public NetworkMap(Database db, SocialGraph graph, Visible visible, ConnectionFacts facts, ListCircles circles) {
        this.db = db;
        this.graph = graph;
        this.visible = visible;
        this.facts = facts;
        this.circles = circles;
    }

    public Drawing of(int viewer) {
        List<Circle> own = circles.list(viewer);
        return db.read(h -> {
            int[] all = graph.connections(viewer);
            List<Account> accounts = visible.accounts(h, viewer, Arrays.copyOf(all, Math.min(all.length, MAX_PEOPLE)));
            int[] shown = accounts.stream().mapToInt(Account::id).sorted().toArray();
            Map<Integer, List<Long>> in = new HashMap<>();
            for (Circle c : own) {
                for (int member : graph.circleMembers(viewer, c.id())) {
                    if (Arrays.binarySearch(shown, member) >= 0)
                        in.computeIfAbsent(member, k -> new ArrayList<>()).add(c.id());
                }
            }
            List<Person> people = new ArrayList<>();
            for (Account a : accounts) people.add(new Person(a, List.copyOf(in.getOrDefault(a.id(), List.of()))));
            people.sort(
                    Comparator.comparing((Person p) -> p.account().shownName().toLowerCase())
                            .thenComparing(p -> p.account().id()));
            List<Edge> edges = new ArrayList<>();
            for (int a : shown) {
                for (int b : graph.connections(a)) {
                    if (b > a && Arrays.binarySearch(shown, b) >= 0 && facts.edgeVisible(h, viewer, a, b)) {
                        edges.add(new Edge(a, b));
                    }
                }
            }
            return new Drawing(own, people, edges, all.length);
        });
    }
}
