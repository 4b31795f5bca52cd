package social.rapport.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.core.Times;
import social.rapport.status.Cursor;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;
import social.rapport.timeline.LinkedPage;

/**
 * The reports for moderators, newest first. The posts of a report pass through the audience
 * policy for the moderator reading them, like every other read of a post.
 */
public final class ListReports {
    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;
    private final AccountStore accounts;
    private final ReportStore store;

    public ListReports(Database db, StatusAccess access, StatusViews views, AccountStore accounts, ReportStore store) {
        this.db = db;
        this.access = access;
        this.views = views;
        this.accounts = accounts;
        this.store = store;
    }

    public LinkedPage<ReportEntity.Admin> page(int moderator, Cursor cursor) {
        return db.read(h -> {
            List<Report> rows = store.page(h, cursor);
            if (rows.isEmpty()) return LinkedPage.<ReportEntity.Admin>empty();
            if (cursor.ascending()) {
                rows = new ArrayList<>(rows);
                java.util.Collections.reverse(rows);
            }
            Set<Integer> people = new HashSet<>();
            Set<Long> postIds = new HashSet<>();
            for (Report r : rows) {
                people.add(r.accountId());
                people.add(r.targetAccountId());
                postIds.addAll(r.statusIds());
            }
            Map<Integer, Account> byId = new HashMap<>();
            for (Account a : accounts.byIds(h, people)) byId.put(a.id(), a);
            Map<Long, Status> posts = new HashMap<>();
            for (Status s : access.visibleByIds(h, moderator, postIds)) posts.put(s.id(), s);
            List<ReportEntity.Admin> out = new ArrayList<>();
            for (Report r : rows) out.add(render(h, moderator, r, byId, posts));
            return new LinkedPage<>(
                    out, rows.get(rows.size() - 1).id(), rows.get(0).id());
        });
    }

    private ReportEntity.Admin render(
            Handle h, int moderator, Report r, Map<Integer, Account> byId, Map<Long, Status> posts) {
        List<Status> visible = new ArrayList<>();
        for (long id : r.statusIds()) if (posts.containsKey(id)) visible.add(posts.get(id));
        String at = Times.iso(r.createdAt());
        return new ReportEntity.Admin(
                Long.toString(r.id()),
                false,
                null,
                r.category(),
                r.comment(),
                false,
                at,
                at,
                admin(byId.get(r.accountId())),
                admin(byId.get(r.targetAccountId())),
                null,
                null,
                views.render(h, moderator, visible),
                List.of());
    }

    private ReportEntity.AdminAccount admin(Account a) {
        return new ReportEntity.AdminAccount(
                Integer.toString(a.id()), a.handle(), null, Times.iso(a.createdAt()), a.role(), views.account(a));
    }
}
