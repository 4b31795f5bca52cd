package social.rapport.relation.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.core.Problem;
import social.rapport.relation.Visible;
import social.rapport.store.Database;

/**
 * The viewer's own connections, each with when it began and how they met (from the invitation that
 * connected them, when there was one), searchable by name or handle, a page at a time. Accounts the
 * viewer may not see are left out before counting, so they leave no gap.
 */
public final class OwnConnections {
    public static final int MAX_QUERY = 100;
    private final Database db;
    private final Visible visible;
    private final ConnectionStore connections;
    private final InvitationStore invitations;

    public OwnConnections(Database db, Visible visible, ConnectionStore connections, InvitationStore invitations) {
        this.db = db;
        this.visible = visible;
        this.connections = connections;
        this.invitations = invitations;
    }

    /** A connection: the account, since when (epoch millis) and how they met (null when unknown). */
    public record Entry(Account account, long since, String howWeMet) {}

    /** One page of the list: the entries, how many match in all, and whether more pages follow. */
    public record Result(List<Entry> entries, int total, int page, boolean more) {}

    /** `page` counts from 1; `query` (may be blank) matches handle or display name, case-insensitively. */
    public Result list(int viewer, String query, int page, int perPage) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.startsWith("@")) q = q.substring(1);
        if (q.length() > MAX_QUERY) throw Problem.invalid("q", "A search is at most " + MAX_QUERY + " characters");
        if (page < 1) throw Problem.invalid("page", "page is a number from 1");
        String needle = q;
        return db.read(h -> {
            Map<Integer, Long> since = connections.since(h, viewer);
            int[] ids = since.keySet().stream().mapToInt(Integer::intValue).toArray();
            List<Account> matching = new ArrayList<>();
            for (Account a : visible.accounts(h, viewer, ids)) {
                if (needle.isEmpty()
                        || a.handle().toLowerCase(Locale.ROOT).contains(needle)
                        || a.shownName().toLowerCase(Locale.ROOT).contains(needle)) {
                    matching.add(a);
                }
            }
            matching.sort((x, y) -> {
                int byName = x.shownName().compareToIgnoreCase(y.shownName());
                return byName != 0 ? byName : Integer.compare(x.id(), y.id());
            });
            int from = (int) Math.min((long) (page - 1) * perPage, matching.size());
            int to = Math.min(from + perPage, matching.size());
            List<Account> shown = matching.subList(from, to);
            Map<Integer, String> met = invitations.howWeMet(
                    h, viewer, shown.stream().map(Account::id).toList());
            List<Entry> out = shown.stream()
                    .map(a -> new Entry(a, since.get(a.id()), met.get(a.id())))
                    .toList();
            return new Result(out, matching.size(), page, to < matching.size());
        });
    }
}
