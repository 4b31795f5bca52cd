package social.rapport.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import social.rapport.status.Cursor;
import social.rapport.store.Tx;

/** SQL for reports. Decides nothing about who may see what. */
public final class ReportStore {
    public void insert(Tx tx, Report r) {
        tx.handle()
                .createUpdate("INSERT INTO reports (id, account_id, target_account_id, category, comment, forward, "
                        + "created_at) VALUES (:id, :a, :t, :c, :m, :f, :at)")
                .bind("id", r.id())
                .bind("a", r.accountId())
                .bind("t", r.targetAccountId())
                .bind("c", r.category())
                .bind("m", r.comment())
                .bind("f", r.forward())
                .bind("at", r.createdAt())
                .execute();
        for (long s : r.statusIds()) {
            tx.handle()
                    .createUpdate("INSERT INTO report_statuses (report_id, status_id) VALUES (:r, :s)")
                    .bind("r", r.id())
                    .bind("s", s)
                    .execute();
        }
    }

    /** One page of every report, newest first (oldest first for min_id paging). */
    public List<Report> page(Handle h, Cursor c) {
        List<Report> rows = h.createQuery("SELECT id, account_id, target_account_id, category, comment, forward, "
                        + "created_at FROM reports WHERE id < :max AND id > :min ORDER BY id "
                        + (c.ascending() ? "ASC" : "DESC") + " LIMIT :lim")
                .bind("max", c.maxId())
                .bind("min", c.minId())
                .bind("lim", c.limit())
                .map((rs, ctx) -> new Report(
                        rs.getLong("id"),
                        rs.getInt("account_id"),
                        rs.getInt("target_account_id"),
                        rs.getString("category"),
                        rs.getString("comment"),
                        rs.getBoolean("forward"),
                        rs.getLong("created_at"),
                        List.of()))
                .list();
        if (rows.isEmpty()) return rows;
        Map<Long, List<Long>> statuses = new HashMap<>();
        h.createQuery("SELECT report_id, status_id FROM report_statuses WHERE report_id IN (<ids>) ORDER BY status_id")
                .bindList("ids", rows.stream().map(Report::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> statuses.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        List<Report> out = new ArrayList<>(rows.size());
        for (Report r : rows) {
            out.add(new Report(
                    r.id(),
                    r.accountId(),
                    r.targetAccountId(),
                    r.category(),
                    r.comment(),
                    r.forward(),
                    r.createdAt(),
                    statuses.getOrDefault(r.id(), List.of())));
        }
        return out;
    }
}
