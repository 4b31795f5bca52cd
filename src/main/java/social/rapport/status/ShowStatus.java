package social.rapport.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.account.AccountEntity;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Reading one post and what hangs on it: the post, its thread, its history, who reblogged and who
 * favourited it. Each item is checked on its own, so a thread shows exactly the replies and
 * ancestors the viewer may see.
 */
public final class ShowStatus {
    static final int MAX_DEPTH = 200;
    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;

    public ShowStatus(Database db, StatusAccess access, StatusViews views) {
        this.db = db;
        this.access = access;
        this.views = views;
    }

    public StatusEntity show(int viewer, long id) {
        return db.read(h -> views.render(h, viewer, List.of(access.visibleOrNotFound(h, viewer, id)))
                .get(0));
    }

    /** Mastodon's StatusSource: the text as typed, for an app's edit form. */
    public record Source(String id, String text, String spoilerText) {}

    /** The source of a post the viewer may see; a reblog has none of its own and answers as missing. */
    public Source source(int viewer, long id) {
        Status s = db.read(h -> access.visibleOrNotFound(h, viewer, id));
        if (s.reblogOfId() != 0) throw Problem.notFound();
        return new Source(Long.toString(s.id()), s.source(), s.spoilerText() == null ? "" : s.spoilerText());
    }

    /** The posts among `ids` the viewer may see, in the order asked; the others are left out, as missing. */
    public List<StatusEntity> showAll(int viewer, List<Long> ids) {
        return db.read(h -> views.render(h, viewer, access.visibleByIds(h, viewer, ids)));
    }

    /** Renders a post that a service has just changed, as the viewer now sees it. */
    public StatusEntity render(int viewer, Status s) {
        return db.read(h -> views.render(h, viewer, List.of(s)).get(0));
    }

    public StatusEntity.Context context(int viewer, long id) {
        return db.read(h -> {
            Status s = access.visibleOrNotFound(h, viewer, id);
            if (s.isReblog()) s = access.visibleOrNotFound(h, viewer, s.reblogOfId());
            List<Status> ancestors = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            long up = s.inReplyToId();
            while (up != 0 && ancestors.size() < MAX_DEPTH && seen.add(up)) {
                Status p = access.store().byId(h, up).orElse(null);
                if (p == null) break;
                ancestors.add(0, p);
                up = p.inReplyToId();
            }
            List<Status> descendants = new ArrayList<>();
            Set<Long> level = new LinkedHashSet<>(List.of(s.id()));
            for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
                List<Status> next = access.store().repliesTo(h, level);
                level = new LinkedHashSet<>();
                for (Status r : next) {
                    if (seen.add(r.id())) {
                        descendants.add(r);
                        level.add(r.id());
                    }
                }
            }
            descendants.sort(Comparator.comparingLong(Status::id));
            return new StatusEntity.Context(
                    views.render(h, viewer, access.visibleAmong(h, viewer, ancestors), FilterContext.THREAD),
                    views.render(h, viewer, access.visibleAmong(h, viewer, descendants), FilterContext.THREAD));
        });
    }

    public List<StatusEntity.Edit> history(int viewer, long id) {
        return db.read(h -> {
            Status s = access.visibleOrNotFound(h, viewer, id);
            if (s.isReblog()) s = access.visibleOrNotFound(h, viewer, s.reblogOfId());
            return views.history(h, viewer, s);
        });
    }

    /** Accounts whose reblog of the post the viewer may see, oldest first. */
    public List<AccountEntity> rebloggedBy(int viewer, long id, int limit) {
        return db.read(h -> {
            Status s = access.visibleOrNotFound(h, viewer, id);
            Status original = s.isReblog() ? access.visibleOrNotFound(h, viewer, s.reblogOfId()) : s;
            List<Integer> who = new ArrayList<>();
            for (Status r : access.store().reblogsOf(h, List.of(original.id()))) {
                if (who.size() < limit && access.policy().canSeeDerived(viewer, r, original)) who.add(r.accountId());
            }
            return views.accounts(h, who);
        });
    }

    /** Accounts that favourited the post, less those the viewer may not see. */
    public List<AccountEntity> favouritedBy(int viewer, long id, int limit) {
        return db.read(h -> {
            Status s = access.visibleOrNotFound(h, viewer, id);
            Status original = s.isReblog() ? access.visibleOrNotFound(h, viewer, s.reblogOfId()) : s;
            Map<Long, List<Integer>> savers = access.store().saversOf(h, "favourites", List.of(original.id()));
            List<Integer> who = new ArrayList<>();
            for (int a : savers.getOrDefault(original.id(), List.of())) {
                if (who.size() < limit && access.policy().canSeeAccount(viewer, a)) who.add(a);
            }
            return views.accounts(h, who);
        });
    }
}
