package social.rapport.relation;

import social.rapport.account.AccountCounts;
import social.rapport.account.AccountEntity;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Times;
import social.rapport.relation.follow.FollowLists;
import social.rapport.relation.follow.FollowStore;
import social.rapport.relation.profile.ProfileItem;
import social.rapport.store.Database;

/**
 * Follower and following counts: the length of the list the viewer is shown (0 when its audience
 * leaves the viewer out). The post count and the day of the newest post: over exactly the posts
 * and reposts the viewer may see on the profile, the posts feature grouping them and the audience
 * policy deciding on each group.
 */
public final class FollowCounts implements AccountCounts {
    private final Database db;
    private final AudiencePolicy policy;
    private final FollowLists followLists;
    private final FollowStore follows;
    private final PostFacts posts;

    public FollowCounts(
            Database db, AudiencePolicy policy, FollowLists followLists, FollowStore follows, PostFacts posts) {
        this.db = db;
        this.followLists = followLists;
        this.posts = posts;
        this.follows = follows;
        this.policy = policy;
    }

    @Override
    public AccountEntity.Counts of(int viewerId, int accountId) {
        return db.read(h -> {
            int statuses = 0;
            long newest = 0;
            for (PostFacts.Group g : posts.groups(h, viewerId, accountId)) {
                boolean seen = g.repost()
                        ? policy.canSeeDerived(viewerId, g.post(), g.original())
                        : policy.canSee(viewerId, g.post());
                if (!seen) continue;
                statuses += g.count();
                newest = Math.max(newest, g.newest());
            }
            return new AccountEntity.Counts(
                    followLists.shownIds(h, viewerId, accountId, ProfileItem.FOLLOWERS_LIST).length,
                    followLists.shownIds(h, viewerId, accountId, ProfileItem.FOLLOWING_LIST).length,
                    statuses,
                    statuses == 0 ? null : Times.date(newest));
        });
    }

    /** Requests waiting for the account's answer, from accounts it may see. */
    @Override
    public int followRequests(int accountId) {
        return db.read(h -> visible(
                accountId,
                follows.pendingFollowers(h, accountId).stream()
                        .mapToInt(Integer::intValue)
                        .toArray()));
    }

    private int visible(int viewer, int[] ids) {
        int n = 0;
        for (int id : ids) if (policy.canSeeAccount(viewer, id)) n++;
        return n;
    }
}
