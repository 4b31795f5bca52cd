package social.rapport.relation;

import social.rapport.account.AccountCounts;
import social.rapport.account.AccountEntity;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Times;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.follow.FollowStore;
import social.rapport.relation.profile.ProfileItem;
import social.rapport.store.Database;

/**
 * Follower and following counts from the graph, each hidden (0) when the viewer may not see that
 * list, and counting only accounts the viewer may see; the post count and the day of the newest
 * post over exactly the posts (and reposts) the viewer may see on the profile, the posts feature
 * grouping them and the audience policy deciding on each group.
 */
public final class FollowCounts implements AccountCounts {
    private final Database db;
    private final SocialGraph graph;
    private final AudiencePolicy policy;
    private final ListAccess lists;
    private final FollowStore follows;
    private final PostFacts posts;

    public FollowCounts(Database db, SocialGraph graph, AudiencePolicy policy, ListAccess lists, FollowStore follows,
                        PostFacts posts) {
        this.db = db;
        this.posts = posts;
        this.follows = follows;
        this.graph = graph;
        this.policy = policy;
        this.lists = lists;
    }

    @Override
    public AccountEntity.Counts of(int viewerId, int accountId) {
        return db.read(h -> {
            int statuses = 0;
            long newest = 0;
            for (PostFacts.Group g : posts.groups(h, viewerId, accountId)) {
                boolean seen = g.repost() ? policy.canSeeDerived(viewerId, g.post(), g.original())
                        : policy.canSee(viewerId, g.post());
                if (!seen) continue;
                statuses += g.count();
                newest = Math.max(newest, g.newest());
            }
            return new AccountEntity.Counts(
                    lists.canSee(h, viewerId, accountId, ProfileItem.FOLLOWERS_LIST)
                            ? visible(viewerId, graph.followers(accountId)) : 0,
                    lists.canSee(h, viewerId, accountId, ProfileItem.FOLLOWING_LIST)
                            ? visible(viewerId, graph.following(accountId)) : 0,
                    statuses, statuses == 0 ? null : Times.date(newest));
        });
    }

    /** Requests waiting for the account's answer, from accounts it may see. */
    @Override
    public int followRequests(int accountId) {
        return db.read(h -> visible(accountId, follows.pendingFollowers(h, accountId).stream()
                .mapToInt(Integer::intValue).toArray()));
    }

    private int visible(int viewer, int[] ids) {
        int n = 0;
        for (int id : ids) if (policy.canSeeAccount(viewer, id)) n++;
        return n;
    }
}
