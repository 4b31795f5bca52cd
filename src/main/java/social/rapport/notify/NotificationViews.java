package social.rapport.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.core.Times;
import social.rapport.relation.MuteClock;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;

/**
 * Renders notifications for their recipient, re-checking each against the audience policy: the
 * post's audience or the relationship may have changed since it was stored. One that fails is not
 * shown at all, and neither is one from an account the recipient muted.
 */
public final class NotificationViews {
    private static final Set<String> WITH_OBJECT = Set.of("invitation", "invitation_accepted", "claim", "recommendation");
    private final StatusAccess access;
    private final StatusViews views;
    private final AccountStore accounts;
    private final MuteClock mutes;

    public NotificationViews(StatusAccess access, StatusViews views, AccountStore accounts, MuteClock mutes) {
        this.access = access;
        this.views = views;
        this.accounts = accounts;
        this.mutes = mutes;
    }

    /** The notifications the viewer may still see, rendered, in the order given. */
    public List<NotificationEntity> render(Handle h, int viewer, List<Notification> rows) {
        List<NotificationEntity> out = new ArrayList<>();
        for (Notification n : rows) {
            if (n.accountId() != viewer || !access.policy().canSeeAccount(viewer, n.fromAccountId())) continue;
            if (mutes.isMuted(viewer, n.fromAccountId())) continue;
            Account from = accounts.byId(h, n.fromAccountId()).orElse(null);
            if (from == null) continue;
            StatusEntity status = null;
            if (n.statusId() != 0) {
                Status s = access.store().byId(h, n.statusId()).orElse(null);
                if (s == null) continue;
                Status original = s.isReblog() ? access.store().byId(h, s.reblogOfId()).orElse(null) : null;
                if (!access.visible(viewer, s, original)) continue;
                status = views.render(h, viewer, List.of(s)).get(0);
            }
            out.add(new NotificationEntity(Long.toString(n.id()), n.type(), Times.iso(n.createdAt()), views.account(from),
                    status, WITH_OBJECT.contains(n.type()) ? new NotificationEntity.Rapport(Long.toString(n.objectId()))
                    : null));
        }
        return out;
    }

    public boolean visible(Handle h, int viewer, Notification n) { return !render(h, viewer, List.of(n)).isEmpty(); }
}
