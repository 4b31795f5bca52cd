package social.rapport.report;

import social.rapport.account.AccountStore;
import social.rapport.core.Ids;
import social.rapport.status.Posts;
import social.rapport.store.Database;
import social.rapport.web.IdempotencyKeys;

/** The reports feature wired: filing, the moderators' list, and their routes. */
public final class Reports {
    private final FileReport file;
    private final ListReports list;
    private final IdempotencyKeys keys;

    public Reports(Database db, Posts posts, AccountStore accounts, Ids ids) {
        ReportStore store = new ReportStore();
        this.file = new FileReport(db, posts.access(), posts.views(), accounts, store, ids);
        this.list = new ListReports(db, posts.access(), posts.views(), accounts, store);
        this.keys = new IdempotencyKeys(db);
    }

    public FileReport file() {
        return file;
    }

    public ListReports list() {
        return list;
    }

    public ReportRoutes routes() {
        return new ReportRoutes(file, list, keys);
    }
}
