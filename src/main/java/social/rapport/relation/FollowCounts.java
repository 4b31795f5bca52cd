package social.rapport.relation;

import social.rapport.account.AccountCounts;
import social.rapport.account.AccountEntity;
import social.rapport.audience.AudiencePolicy;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.profile.ProfileItem;
import social.rapport.store.Database;

/**
 * Follower and following counts from the graph, each hidden (0) when the viewer may not see that
 * list, and counting only accounts the viewer may see. Statuses are counted by the posts feature.
 */
public final class FollowCounts implements AccountCounts {
    private final Database db;
    private final SocialGraph graph;
    private final AudiencePolicy policy;
    private final ListAccess lists;

    public FollowCounts(Database db, SocialGraph graph, AudiencePolicy policy, ListAccess lists) {
        this.db = db;
        this.graph = graph;
        this.policy = policy;
        this.lists = lists;
    }

    @Override
    public AccountEntity.Counts of(int viewerId, int accountId) {
        return db.read(h -> new AccountEntity.Counts(
                lists.canSee(h, viewerId, accountId, ProfileItem.FOLLOWERS_LIST)
                        ? visible(viewerId, graph.followers(accountId)) : 0,
                lists.canSee(h, viewerId, accountId, ProfileItem.FOLLOWING_LIST)
                        ? visible(viewerId, graph.following(accountId)) : 0,
                0));
    }

    private int visible(int viewer, int[] ids) {
        int n = 0;
        for (int id : ids) if (policy.canSeeAccount(viewer, id)) n++;
        return n;
    }
}
