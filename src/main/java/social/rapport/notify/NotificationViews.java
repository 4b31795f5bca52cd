package social.rapport.notify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountEntity;
import social.rapport.account.AccountStore;
import social.rapport.core.Times;
import social.rapport.relation.MuteClock;
import social.rapport.status.FilterContext;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;

/**
 * Renders notifications for their recipient, re-checking each against the audience policy: the
 * post's audience or the relationship may have changed since it was stored. One that fails is not
 * shown at all, and neither is one from an account the recipient muted. A page is checked and
 * rendered in one batch: its accounts and posts are loaded once, the posts filtered by the
 * policy's batch form and rendered together. A notification whose post the recipient's `hide`
 * filters for notifications remove is not shown either; the others carry the post's filter results.
 */
public final class NotificationViews {
    static final Set<String> WITH_OBJECT = Set.of("invitation", "invitation_accepted", "claim", "recommendation");
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

    /** The rows the viewer may still see, with what they point to, loaded once for the whole list. */
    record Checked(List<Notification> rows, Map<Integer, Account> from, Map<Long, Status> posts) {}

    Checked check(Handle h, int viewer, List<Notification> rows) {
        List<Notification> candidates = new ArrayList<>(rows.size());
        Set<Integer> fromIds = new HashSet<>();
        Set<Long> postIds = new HashSet<>();
        for (Notification n : rows) {
            if (n.accountId() != viewer || !access.policy().canSeeAccount(viewer, n.fromAccountId())) continue;
            if (mutes.isMuted(viewer, n.fromAccountId())) continue;
            candidates.add(n);
            fromIds.add(n.fromAccountId());
            if (n.statusId() != 0) postIds.add(n.statusId());
        }
        Map<Integer, Account> from = new HashMap<>();
        if (!fromIds.isEmpty()) for (Account a : accounts.byIds(h, fromIds)) from.put(a.id(), a);
        Map<Long, Status> posts = new HashMap<>();
        if (!postIds.isEmpty()) {
            for (Status s : access.visibleByIds(h, viewer, postIds)) posts.put(s.id(), s);
            // A post the recipient's `hide` filters remove from notifications takes its notification along.
            posts.keySet().removeAll(views.hidden(h, viewer, List.copyOf(posts.values()), FilterContext.NOTIFICATIONS));
        }
        List<Notification> kept = new ArrayList<>(candidates.size());
        for (Notification n : candidates) {
            if (!from.containsKey(n.fromAccountId())) continue;
            if (n.statusId() != 0 && !posts.containsKey(n.statusId())) continue;
            kept.add(n);
        }
        return new Checked(kept, from, posts);
    }

    /** The notifications the viewer may still see, rendered, in the order given. */
    public List<NotificationEntity> render(Handle h, int viewer, List<Notification> rows) {
        Checked c = check(h, viewer, rows);
        Map<Long, Status> shown = new LinkedHashMap<>();
        for (Notification n : c.rows())
            if (n.statusId() != 0) shown.putIfAbsent(n.statusId(), c.posts().get(n.statusId()));
        Map<Long, StatusEntity> rendered = new HashMap<>();
        for (StatusEntity e : views.render(h, viewer, List.copyOf(shown.values()), FilterContext.NOTIFICATIONS))
            rendered.put(Long.parseLong(e.id()), e);
        List<NotificationEntity> out = new ArrayList<>(c.rows().size());
        for (Notification n : c.rows()) {
            StatusEntity status = n.statusId() == 0 ? null : rendered.get(n.statusId());
            if (n.statusId() != 0 && status == null) continue;
            out.add(new NotificationEntity(
                    Long.toString(n.id()),
                    n.type(),
                    Times.iso(n.createdAt()),
                    views.account(c.from().get(n.fromAccountId())),
                    status,
                    WITH_OBJECT.contains(n.type())
                            ? new NotificationEntity.Rapport(Long.toString(n.objectId()))
                            : null));
        }
        return out;
    }

    /** An actor as shown in a notification. */
    AccountEntity account(Account a) {
        return views.account(a);
    }

    /** Posts already checked for the viewer, rendered for them in one batch. */
    List<StatusEntity> posts(Handle h, int viewer, List<Status> posts) {
        return views.render(h, viewer, posts);
    }

    public boolean visible(Handle h, int viewer, Notification n) {
        return !check(h, viewer, List.of(n)).rows().isEmpty();
    }
}
