package social.rapport.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.core.Times;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Files a report about an account the reporter may see and, optionally, some of its posts. A post
 * the reporter may not see is answered exactly like a missing one, and nothing is stored.
 */
public final class FileReport {
    public static final Set<String> CATEGORIES = Set.of("spam", "legal", "violation", "other");
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_STATUSES = 100;

    public record Request(
            String accountId,
            List<String> statusIds,
            String comment,
            String category,
            Boolean forward,
            List<String> ruleIds) {}

    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;
    private final AccountStore accounts;
    private final ReportStore store;
    private final Ids ids;

    public FileReport(
            Database db, StatusAccess access, StatusViews views, AccountStore accounts, ReportStore store, Ids ids) {
        this.db = db;
        this.access = access;
        this.views = views;
        this.accounts = accounts;
        this.store = store;
        this.ids = ids;
    }

    public ReportEntity file(int reporter, Request r) {
        return db.write(tx -> file(tx, reporter, r));
    }

    /** Files within a transaction the caller holds (to record an idempotency key with the report). */
    public ReportEntity file(Tx tx, int reporter, Request r) {
        String category = r.category() == null || r.category().isBlank()
                ? "other"
                : r.category().trim();
        if (!CATEGORIES.contains(category)) {
            throw Problem.invalid("category", "category must be spam, legal, violation or other");
        }
        String comment = r.comment() == null ? "" : r.comment();
        if (comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            throw Problem.invalid("comment", "comment must be at most " + MAX_COMMENT + " characters");
        }
        if (r.ruleIds() != null && !r.ruleIds().isEmpty()) {
            throw Problem.invalid("rule_ids", "This server has no rules to cite");
        }
        if (r.statusIds().size() > MAX_STATUSES) {
            throw Problem.invalid("status_ids", "A report may point at no more than " + MAX_STATUSES + " posts");
        }
        if (r.accountId() == null || r.accountId().isBlank())
            throw Problem.invalid("account_id", "account_id is required");
        long target = Ids.parse(r.accountId().trim());
        if (target <= 0 || target > Integer.MAX_VALUE) throw Problem.notFound();
        int targetId = (int) target;
        Set<Long> postIds = new LinkedHashSet<>();
        for (String s : r.statusIds()) {
            long id = Ids.parse(s == null ? "" : s.trim());
            if (id <= 0) throw Problem.notFound();
            postIds.add(id);
        }
        AudiencePolicy policy = access.policy();
        if (!policy.canSeeAccount(reporter, targetId)) throw Problem.notFound();
        var account = accounts.byId(tx.handle(), targetId).orElseThrow(Problem::notFound);
        for (long id : postIds) {
            Status s = access.visibleOrNotFound(tx.handle(), reporter, id);
            if (s.accountId() != targetId) {
                throw Problem.invalid("status_ids", "status_ids must be posts by the reported account");
            }
        }
        if (targetId == reporter) throw Problem.invalid("account_id", "You cannot report yourself");
        Report report = new Report(
                ids.next(),
                reporter,
                targetId,
                category,
                comment,
                Boolean.TRUE.equals(r.forward()),
                tx.now(),
                List.copyOf(postIds));
        store.insert(tx, report);
        List<String> shown = new ArrayList<>();
        for (long id : postIds) shown.add(Long.toString(id));
        // Mastodon answers null rather than an empty list for a report without posts.
        return new ReportEntity(
                Long.toString(report.id()),
                false,
                null,
                category,
                comment,
                false,
                Times.iso(report.createdAt()),
                shown.isEmpty() ? null : shown,
                null,
                views.account(account));
    }
}
