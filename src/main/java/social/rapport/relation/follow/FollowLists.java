package social.rapport.relation.follow;

import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.AccountPage;
import social.rapport.relation.ListAccess;
import social.rapport.relation.Visible;
import social.rapport.relation.profile.ProfileItem;
import social.rapport.store.Database;

/**
 * An account's followers and following, each under its own audience. A list the viewer may not see
 * is answered as empty, as Mastodon does for hidden collections; the account itself must be visible.
 */
public final class FollowLists {
    private final Database db;
    private final SocialGraph graph;
    private final Visible visible;
    private final ListAccess lists;
    private final FollowStore follows;

    public FollowLists(Database db, SocialGraph graph, Visible visible, ListAccess lists, FollowStore follows) {
        this.db = db;
        this.follows = follows;
        this.graph = graph;
        this.visible = visible;
        this.lists = lists;
    }

    public List<Account> followers(int viewer, int accountId, AccountPage page) {
        return list(viewer, accountId, page, ProfileItem.FOLLOWERS_LIST);
    }

    public List<Account> following(int viewer, int accountId, AccountPage page) {
        return list(viewer, accountId, page, ProfileItem.FOLLOWING_LIST);
    }

    private List<Account> list(int viewer, int accountId, AccountPage page, String item) {
        return db.read(h -> {
            visible.account(h, viewer, accountId);
            return visible.accounts(h, viewer, page.slice(shownIds(h, viewer, accountId, item)));
        });
    }

    /**
     * Every account of the follower or following list (`item`) the viewer is shown: none when the
     * list's audience leaves them out. followers_count and following_count are its length.
     */
    public int[] shownIds(Handle h, int viewer, int accountId, String item) {
        if (!lists.canSee(h, viewer, accountId, item)) return new int[0];
        int[] ids = item.equals(ProfileItem.FOLLOWERS_LIST) ? graph.followers(accountId) : graph.following(accountId);
        return Arrays.stream(ids)
                .filter(id -> visible.policy().canSeeAccount(viewer, id))
                .toArray();
    }

    /** The accounts asking to follow the viewer. */
    public List<Account> requests(int viewer, AccountPage page) {
        return db.read(h -> {
            int[] ids = follows.pendingFollowers(h, viewer).stream()
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            return visible.accounts(h, viewer, page.slice(ids));
        });
    }

    /** The note `follower` sent with a request to the viewer that is still waiting, if any; only the viewer asks. */
    public java.util.Optional<String> requestNote(int viewer, int follower) {
        return db.read(h -> follows.pendingNote(h, follower, viewer).filter(n -> n != null && !n.isBlank()));
    }

    /** The accounts the viewer asked to follow that have not answered yet. */
    public List<Account> requested(int viewer, AccountPage page) {
        return db.read(h -> {
            int[] ids = follows.pendingFollowing(h, viewer).stream()
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            return visible.accounts(h, viewer, page.slice(ids));
        });
    }
}
