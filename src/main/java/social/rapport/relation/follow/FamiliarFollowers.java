package social.rapport.relation.follow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.ListAccess;
import social.rapport.relation.Visible;
import social.rapport.relation.profile.ProfileItem;
import social.rapport.store.Database;

/**
 * For each account, the people the viewer follows who also follow it. A follow is named only when
 * the viewer may see the account's follower list or the follower's following list.
 */
public final class FamiliarFollowers {
    public static final int MAX_IDS = 100;
    public static final int MAX_SHOWN = 40;
    private final Database db;
    private final SocialGraph graph;
    private final Visible visible;
    private final ListAccess lists;

    public FamiliarFollowers(Database db, SocialGraph graph, Visible visible, ListAccess lists) {
        this.db = db;
        this.graph = graph;
        this.visible = visible;
        this.lists = lists;
    }

    public record Familiar(int accountId, List<Account> accounts) {}

    public List<Familiar> of(int viewer, List<Integer> ids) {
        if (ids.size() > MAX_IDS) throw Problem.invalid("id", "At most " + MAX_IDS + " ids");
        int[] mine = graph.following(viewer);
        return db.read(h -> {
            List<Familiar> out = new ArrayList<>();
            for (int id : ids) {
                if (!visible.policy().canSeeAccount(viewer, id)) continue;
                boolean listOpen = lists.canSee(h, viewer, id, ProfileItem.FOLLOWERS_LIST);
                int[] both = Arrays.stream(mine)
                        .filter(f -> f != id && graph.isFollowing(f, id))
                        .filter(f -> listOpen || lists.canSee(h, viewer, f, ProfileItem.FOLLOWING_LIST))
                        .limit(MAX_SHOWN)
                        .toArray();
                out.add(new Familiar(id, visible.accounts(h, viewer, both)));
            }
            return out;
        });
    }
}
