package social.rapport.relation.profile;

import java.util.List;
import social.rapport.account.Account;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/** The public introduction of an account, for anyone who can see the account. */
public final class ViewIntroduction {
    private final Database db;
    private final Visible visible;
    private final ProfileStore profiles;

    public ViewIntroduction(Database db, Visible visible, ProfileStore profiles) {
        this.db = db;
        this.visible = visible;
        this.profiles = profiles;
    }

    public record Shown(Account account, String text, List<Long> postIds) {}

    public Shown view(int viewer, int accountId) {
        return db.read(h -> {
            Account a = visible.account(h, viewer, accountId);
            ProfileStore.Introduction i = profiles.introduction(h, accountId)
                    .orElse(new ProfileStore.Introduction("", List.of()));
            return new Shown(a, i.text(), i.postIds());
        });
    }
}
