package social.rapport.relation.connect;

import java.util.ArrayList;
import java.util.List;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * How far accounts are from the viewer: degree badges for a list, and a shortest path explanation
 * ("via Ana and Ben") that names only people and links the viewer may see.
 */
public final class NetworkDistance {
    public static final int MAX_IDS = SocialGraph.MAX_BATCH;
    private final Database db;
    private final SocialGraph graph;
    private final Visible visible;
    private final ConnectionFacts facts;

    public NetworkDistance(Database db, SocialGraph graph, Visible visible, ConnectionFacts facts) {
        this.db = db;
        this.graph = graph;
        this.visible = visible;
        this.facts = facts;
    }

    /** degree is 1, 2 or 3, or null when out of network. */
    public record Badge(int accountId, Integer degree) {}

    public record Path(int accountId, Integer degree, List<Account> via, String explanation) {}

    public List<Badge> degrees(int viewer, List<Integer> ids) {
        if (ids.size() > MAX_IDS) throw Problem.invalid("id", "At most " + MAX_IDS + " ids");
        int[] shown = ids.stream()
                .mapToInt(Integer::intValue)
                .filter(id -> facts.policy().canSeeAccount(viewer, id))
                .toArray();
        int[] d = graph.degrees(viewer, shown);
        List<Badge> out = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            out.add(new Badge(shown[i], d[i] == SocialGraph.NO_DEGREE ? null : d[i]));
        }
        return out;
    }

    public Path path(int viewer, int targetId) {
        return db.read(h -> {
            visible.account(h, viewer, targetId);
            int[] p = graph.path(viewer, targetId);
            Integer degree = p.length < 2 ? null : p.length - 1;
            for (int i = 0; i + 1 < p.length; i++) {
                if (!facts.edgeVisible(h, viewer, p[i], p[i + 1])) return new Path(targetId, degree, List.of(), null);
            }
            if (p.length <= 2) return new Path(targetId, degree, List.of(), null);
            int[] middle = java.util.Arrays.copyOfRange(p, 1, p.length - 1);
            List<Account> via = visible.accounts(h, viewer, middle);
            if (via.size() != middle.length) return new Path(targetId, degree, List.of(), null);
            List<String> names = via.stream().map(Account::shownName).toList();
            return new Path(targetId, degree, via, "via " + String.join(" and ", names));
        });
    }
}
