package social.rapport.notify;

import social.rapport.core.Problem;
import social.rapport.store.Database;

/** Dismissing one notification, clearing them all, and changing the notification policy. */
public final class ChangeNotifications {
    private final Database db;
    private final NotificationStore store;
    private final NotificationRequests requests;

    ChangeNotifications(Database db, NotificationStore store, NotificationRequests requests) {
        this.db = db;
        this.store = store;
        this.requests = requests;
    }

    /** Only the recipient's own notifications; any other id is answered like a missing one. */
    public void dismiss(int viewer, long id) {
        db.writeVoid(tx -> {
            if (!store.dismiss(tx, viewer, id)) throw Problem.notFound();
        });
    }

    public void clear(int viewer) {
        db.writeVoid(tx -> store.clear(tx, viewer));
    }

    /** The fields given replace the stored ones; the rest keep their value. */
    public record PolicyChange(
            String forNotFollowing,
            String forNotFollowers,
            String forNewAccounts,
            String forPrivateMentions,
            String forLimitedAccounts) {}

    public ReadNotifications.PolicyView setPolicy(int viewer, PolicyChange c) {
        return db.write(tx -> {
            NotificationPolicy old = store.policy(tx.handle(), viewer).orElse(NotificationPolicy.DEFAULT);
            NotificationPolicy p = new NotificationPolicy(
                    pick("for_not_following", c.forNotFollowing(), old.forNotFollowing()),
                    pick("for_not_followers", c.forNotFollowers(), old.forNotFollowers()),
                    pick("for_new_accounts", c.forNewAccounts(), old.forNewAccounts()),
                    pick("for_private_mentions", c.forPrivateMentions(), old.forPrivateMentions()),
                    pick("for_limited_accounts", c.forLimitedAccounts(), old.forLimitedAccounts()));
            store.savePolicy(tx, viewer, p);
            return ReadNotifications.view(p, requests.summary(tx.handle(), viewer));
        });
    }

    private static NotificationPolicy.Action pick(String field, String given, NotificationPolicy.Action old) {
        return given == null ? old : NotificationPolicy.Action.parse(field, given.trim());
    }
}
