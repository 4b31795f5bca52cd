package social.rapport.relation.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.audience.AudiencePolicy;
import social.rapport.relation.PostFacts;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * The public introduction of an account, for anyone who can see the account. Each chosen post is
 * named only to a viewer the audience policy lets see it: an id tells that a post exists and when
 * it was made, so a hidden or deleted one is left out exactly as if it had never been chosen.
 */
public final class ViewIntroduction {
    private final Database db;
    private final Visible visible;
    private final ProfileStore profiles;
    private final PostFacts posts;

    public ViewIntroduction(Database db, Visible visible, ProfileStore profiles, PostFacts posts) {
        this.db = db;
        this.visible = visible;
        this.profiles = profiles;
        this.posts = posts;
    }

    public record Shown(Account account, String text, List<Long> postIds) {}

    public Shown view(int viewer, int accountId) {
        return db.read(h -> {
            Account a = visible.account(h, viewer, accountId);
            ProfileStore.Introduction i =
                    profiles.introduction(h, accountId).orElse(new ProfileStore.Introduction("", List.of()));
            Map<Long, AudiencePolicy.Visible> found = posts.posts(h, i.postIds());
            List<Long> shown = new ArrayList<>();
            for (long id : i.postIds()) {
                AudiencePolicy.Visible p = found.get(id);
                if (p != null && p.owner() == accountId && visible.policy().canSee(viewer, p)) shown.add(id);
            }
            return new Shown(a, i.text(), shown);
        });
    }
}
