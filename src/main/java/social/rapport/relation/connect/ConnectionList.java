package social.rapport.relation.connect;

import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.AccountPage;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * An account's connections under its list audience. A viewer who may not see the list still sees
 * the connections they share with its owner.
 */
public final class ConnectionList {
    private final Database db;
    private final SocialGraph graph;
    private final Visible visible;
    private final ConnectionFacts facts;

    public ConnectionList(Database db, SocialGraph graph, Visible visible, ConnectionFacts facts) {
        this.db = db;
        this.graph = graph;
        this.visible = visible;
        this.facts = facts;
    }

    public List<Account> connections(int viewer, int ownerId, AccountPage page) {
        return db.read(h -> {
            visible.account(h, viewer, ownerId);
            return visible.accounts(h, viewer, page.slice(shownIds(h, viewer, ownerId)));
        });
    }

    /**
     * Every connection of the owner the viewer is shown, in list order. Whatever counts or reaches
     * through someone's connections asks here, so a count never exceeds the list the viewer sees.
     */
    public int[] shownIds(Handle h, int viewer, int ownerId) {
        int[] all = graph.connections(ownerId);
        int[] shown = facts.listVisible(h, viewer, ownerId)
                ? all
                : Arrays.stream(all)
                        .filter(m -> facts.mutual(viewer, ownerId, m))
                        .toArray();
        return Arrays.stream(shown)
                .filter(m -> facts.policy().canSeeAccount(viewer, m))
                .toArray();
    }

    /** The connections the viewer and the owner share. */
    public List<Account> mutuals(int viewer, int ownerId, AccountPage page) {
        return db.read(h -> {
            visible.account(h, viewer, ownerId);
            return visible.accounts(h, viewer, page.slice(mutualIds(h, viewer, ownerId)));
        });
    }

    /**
     * Every mutual connection the viewer is shown: the one list behind the mutuals page, the
     * relationship's `mutual_connections_count` and any "and N more".
     */
    public int[] mutualIds(Handle h, int viewer, int ownerId) {
        return Arrays.stream(graph.mutualConnections(viewer, ownerId))
                .filter(m -> facts.edgeVisible(h, viewer, ownerId, m))
                .toArray();
    }
}
