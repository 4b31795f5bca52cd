package social.rapport.relation.connect;

import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.Audience;
import social.rapport.audience.AudiencePolicy;
import social.rapport.relation.ListAccess;
import social.rapport.relation.profile.ProfileItem;

/**
 * Whether the viewer may know that two accounts are connected, asked of the audience policy: when
 * either one's connection list is visible to the viewer, or when the viewer is connected to both
 * (people connected to both always see the mutual connection).
 */
public final class ConnectionFacts {
    private final AudiencePolicy policy;
    private final ListAccess lists;

    public ConnectionFacts(AudiencePolicy policy, ListAccess lists) {
        this.policy = policy;
        this.lists = lists;
    }

    public AudiencePolicy policy() {
        return policy;
    }

    public boolean listVisible(Handle h, int viewer, int owner) {
        return lists.canSee(h, viewer, owner, ProfileItem.CONNECTIONS_LIST);
    }

    /** The viewer is a connection of both: the edge between them is a mutual connection. */
    public boolean mutual(int viewer, int a, int b) {
        return policy.canSee(viewer, a, Audience.CONNECTIONS, Set.of())
                && policy.canSee(viewer, b, Audience.CONNECTIONS, Set.of());
    }

    public boolean edgeVisible(Handle h, int viewer, int a, int b) {
        if (!policy.canSeeAccount(viewer, a) || !policy.canSeeAccount(viewer, b)) return false;
        if (viewer == a || viewer == b) return true;
        return mutual(viewer, a, b) || listVisible(h, viewer, a) || listVisible(h, viewer, b);
    }
}
