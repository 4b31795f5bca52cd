package social.rapport.status.poll;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/**
 * Polls and their votes. Decides nothing about who may see them: a poll is read only for a post
 * that {@link social.rapport.status.StatusAccess} has let the viewer see. Totals are counted from
 * the votes, never kept in a counter, so two votes at once cannot lose one.
 */
public final class PollStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "status_id, account_id, options, multiple, hide_totals, expires_at, ended";

    /** What a viewer is shown of a poll's votes: each option's count, the voters, their own choices. */
    public record Tally(int[] counts, int voters, List<Integer> own, boolean voted) {}

    public void insert(Tx tx, Poll p) {
        tx.handle()
                .createUpdate("INSERT INTO polls (" + COLUMNS + ", created_at)"
                        + " VALUES (:s, :a, :o, :m, :h, :e, FALSE, :t)")
                .bind("s", p.statusId())
                .bind("a", p.accountId())
                .bind("o", json(p.options()))
                .bind("m", p.multiple())
                .bind("h", p.hideTotals())
                .bind("e", p.expiresAt())
                .bind("t", tx.now())
                .execute();
    }

    /** Replaces the options and time of a poll (an edit that changed them); its votes go. */
    public void replace(Tx tx, Poll p) {
        tx.handle()
                .createUpdate("DELETE FROM poll_votes WHERE status_id = :s")
                .bind("s", p.statusId())
                .execute();
        tx.handle()
                .createUpdate("DELETE FROM poll_voters WHERE status_id = :s")
                .bind("s", p.statusId())
                .execute();
        tx.handle()
                .createUpdate("UPDATE polls SET options = :o, multiple = :m, hide_totals = :h, expires_at = :e,"
                        + " ended = FALSE WHERE status_id = :s")
                .bind("s", p.statusId())
                .bind("o", json(p.options()))
                .bind("m", p.multiple())
                .bind("h", p.hideTotals())
                .bind("e", p.expiresAt())
                .execute();
    }

    public void setHideTotals(Tx tx, long statusId, boolean hide) {
        tx.handle()
                .createUpdate("UPDATE polls SET hide_totals = :h WHERE status_id = :s")
                .bind("s", statusId)
                .bind("h", hide)
                .execute();
    }

    public Optional<Poll> byId(Handle h, long statusId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM polls WHERE status_id = :s")
                .bind("s", statusId)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    public Map<Long, Poll> byIds(Handle h, Collection<Long> ids) {
        Map<Long, Poll> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        h.createQuery("SELECT " + COLUMNS + " FROM polls WHERE status_id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> row(rs))
                .forEach(p -> out.put(p.statusId(), p));
        return out;
    }

    /** The tallies of these polls as `viewer` (0 when signed out) is shown them, in three queries. */
    public Map<Long, Tally> tallies(Handle h, Collection<Poll> polls, int viewer) {
        Map<Long, Tally> out = new HashMap<>();
        if (polls.isEmpty()) return out;
        List<Long> ids = polls.stream().map(Poll::statusId).toList();
        Map<Long, int[]> counts = new HashMap<>();
        for (Poll p : polls) counts.put(p.statusId(), new int[p.options().size()]);
        h.createQuery("SELECT status_id, choice, COUNT(*) FROM poll_votes WHERE status_id IN (<ids>)"
                        + " GROUP BY status_id, choice")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    int[] c = counts.get(rs.getLong(1));
                    int choice = rs.getInt(2);
                    if (c != null && choice >= 0 && choice < c.length) c[choice] = rs.getInt(3);
                    return null;
                })
                .list();
        Map<Long, Integer> voters = new HashMap<>();
        h.createQuery("SELECT status_id, COUNT(*) FROM poll_voters WHERE status_id IN (<ids>) GROUP BY status_id")
                .bindList("ids", ids)
                .map((rs, ctx) -> voters.put(rs.getLong(1), rs.getInt(2)))
                .list();
        Map<Long, List<Integer>> own = new HashMap<>();
        if (viewer > 0) {
            h.createQuery("SELECT status_id FROM poll_voters WHERE account_id = :v AND status_id IN (<ids>)")
                    .bind("v", viewer)
                    .bindList("ids", ids)
                    .mapTo(Long.class)
                    .forEach(id -> own.put(id, new ArrayList<>()));
            h.createQuery("SELECT status_id, choice FROM poll_votes WHERE account_id = :v AND status_id IN (<ids>)"
                            + " ORDER BY choice")
                    .bind("v", viewer)
                    .bindList("ids", ids)
                    .map((rs, ctx) -> own.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getInt(2)))
                    .list();
        }
        for (long id : ids) {
            List<Integer> mine = own.get(id);
            out.put(
                    id,
                    new Tally(
                            counts.get(id),
                            voters.getOrDefault(id, 0),
                            mine == null ? List.of() : List.copyOf(mine),
                            mine != null));
        }
        return out;
    }

    /** Records that `account` voted; false when they had voted already (also a moment ago, at once). */
    public boolean addVoter(Tx tx, long statusId, int account) {
        return tx.handle()
                        .createUpdate(tx.dialect()
                                .insertIgnore(
                                        "poll_voters",
                                        "status_id, account_id, created_at",
                                        ":s, :a, :t",
                                        "status_id, account_id"))
                        .bind("s", statusId)
                        .bind("a", account)
                        .bind("t", tx.now())
                        .execute()
                == 1;
    }

    public void addChoice(Tx tx, long statusId, int account, int choice) {
        tx.handle()
                .createUpdate("INSERT INTO poll_votes (status_id, account_id, choice) VALUES (:s, :a, :c)")
                .bind("s", statusId)
                .bind("a", account)
                .bind("c", choice)
                .execute();
    }

    /** Ended polls not yet announced, oldest first. */
    public List<Long> due(Handle h, long now, int limit) {
        return h.createQuery("SELECT status_id FROM polls WHERE ended = FALSE AND expires_at <= :now"
                        + " ORDER BY expires_at, status_id LIMIT :n")
                .bind("now", now)
                .bind("n", limit)
                .mapTo(Long.class)
                .list();
    }

    /** Marks an ended poll as announced; false when another run (or server) did so first. */
    public boolean claimEnded(Tx tx, long statusId) {
        return tx.handle()
                        .createUpdate("UPDATE polls SET ended = TRUE WHERE status_id = :s AND ended = FALSE"
                                + " AND expires_at <= :now")
                        .bind("s", statusId)
                        .bind("now", tx.now())
                        .execute()
                == 1;
    }

    /** Who voted in the poll, for its end's notifications (each is checked against the post before being told). */
    public List<Integer> voters(Handle h, long statusId) {
        return h.createQuery("SELECT account_id FROM poll_voters WHERE status_id = :s ORDER BY account_id")
                .bind("s", statusId)
                .mapTo(Integer.class)
                .list();
    }

    private static Poll row(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<String> options;
        try {
            options = JSON.readValue(rs.getString(3), new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable poll options of " + rs.getLong(1), e);
        }
        return new Poll(
                rs.getLong(1),
                rs.getInt(2),
                options,
                rs.getBoolean(4),
                rs.getBoolean(5),
                rs.getLong(6),
                rs.getBoolean(7));
    }

    private static String json(List<String> options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
