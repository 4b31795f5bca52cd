package social.rapport.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.core.Problem;
import social.rapport.status.Cursor;
import social.rapport.status.FilterContext;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * A profile's posts and reblogs that the viewer may see, newest first; or its pinned posts. For a
 * locked account the viewer does not follow, the first page opens with the posts the account chose
 * for its introduction (its own public or unlisted posts only), so a stranger can get to know the
 * person before asking to follow.
 */
public final class AccountStatuses {
    public record Filter(boolean pinned, boolean excludeReplies, boolean excludeReblogs) {}

    /** The post ids an account chose for its public introduction, kept with its profile. */
    @FunctionalInterface
    public interface Introductions {
        List<Long> of(org.jdbi.v3.core.Handle h, int accountId);
    }

    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;
    private final AccountStore accounts;
    private final Introductions introductions;

    public AccountStatuses(
            Database db, StatusAccess access, StatusViews views, AccountStore accounts, Introductions introductions) {
        this.introductions = introductions;
        this.db = db;
        this.access = access;
        this.views = views;
        this.accounts = accounts;
    }

    public LinkedPage<StatusEntity> page(int viewer, int accountId, Cursor cursor, Filter f) {
        return db.read(h -> {
            Account owner = accounts.byId(h, accountId).filter(Account::active).orElseThrow(Problem::notFound);
            if (!access.policy().canSeeAccount(viewer, accountId)) throw Problem.notFound();
            if (f.pinned()) {
                List<Status> shown = access.pinned(h, viewer, accountId);
                return LinkedPages.of(views.render(h, viewer, shown, FilterContext.ACCOUNT), shown, Status::id);
            }
            List<Status> page = Scan.collect(
                    cursor,
                    c -> Scan.only(
                            access.byAccount(h, viewer, accountId, c),
                            s -> !(f.excludeReplies() && s.inReplyToId() != 0)
                                    && !(f.excludeReblogs() && s.isReblog())));
            boolean firstPage = cursor.maxId() == Long.MAX_VALUE && cursor.minId() == 0;
            boolean stranger =
                    viewer != accountId && !access.policy().relations().follows(viewer, accountId);
            if (firstPage && owner.locked() && stranger) page = withIntroduction(h, viewer, accountId, page);
            return LinkedPages.of(views.render(h, viewer, page, FilterContext.ACCOUNT), page, Status::id);
        });
    }

    private List<Status> withIntroduction(org.jdbi.v3.core.Handle h, int viewer, int accountId, List<Status> page) {
        List<Status> chosen = new ArrayList<>();
        for (Status s : access.visibleByIds(h, viewer, introductions.of(h, accountId))) {
            if (s.accountId() == accountId && !s.isReblog() && s.audience().isOpen()) chosen.add(s);
        }
        if (chosen.isEmpty()) return page;
        chosen.sort((a, b) -> Long.compare(b.id(), a.id()));
        Map<Long, Status> merged = new LinkedHashMap<>();
        for (Status s : chosen) merged.put(s.id(), s);
        for (Status s : page) merged.putIfAbsent(s.id(), s);
        return new ArrayList<>(merged.values());
    }
}
