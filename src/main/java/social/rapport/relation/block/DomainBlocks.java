package social.rapport.relation.block;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * A person's blocked domains, as Mastodon keeps them. This server does not federate yet, so a block
 * has nothing to hide today; it is kept so that apps can manage the list and it applies once remote
 * accounts exist. Blocking this server's own domain is refused.
 */
public final class DomainBlocks {
    public static final int MAX_PER_ACCOUNT = 5_000;
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 200;
    private static final Pattern HOST =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");

    /** One page of blocked domains, newest first, with the ids for the Link header. */
    public record Page(List<String> domains, long next, long prev) {}

    private final Database db;
    private final String ownDomain;

    public DomainBlocks(Database db, String ownDomain) {
        this.db = db;
        this.ownDomain = ownDomain.toLowerCase(Locale.ROOT);
    }

    public void block(int viewer, String domain) {
        String d = normal(domain);
        db.writeVoid(tx -> {
            int count = tx.handle()
                    .createQuery("SELECT COUNT(*) FROM domain_blocks WHERE account_id = :a")
                    .bind("a", viewer)
                    .mapTo(Integer.class)
                    .one();
            if (count >= MAX_PER_ACCOUNT)
                throw Problem.invalid("domain", "At most " + MAX_PER_ACCOUNT + " blocked domains");
            // Blocking a domain twice (or twice at once) keeps the first block.
            tx.handle()
                    .createUpdate(tx.dialect()
                            .insertIgnore(
                                    "domain_blocks",
                                    "account_id, domain, created_at",
                                    ":a, :d, :now",
                                    "account_id, domain"))
                    .bind("a", viewer)
                    .bind("d", d)
                    .bind("now", tx.now())
                    .execute();
        });
    }

    public void unblock(int viewer, String domain) {
        String d = normal(domain);
        db.writeVoid(tx -> tx.handle()
                .createUpdate("DELETE FROM domain_blocks WHERE account_id = :a AND domain = :d")
                .bind("a", viewer)
                .bind("d", d)
                .execute());
    }

    /** Newest first, below `maxId` and above `minId` (0: no bound). */
    public Page list(int viewer, long maxId, long minId, Integer limit) {
        int n = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        record Row(long id, String domain) {}
        List<Row> rows = db.read(h -> h.createQuery("SELECT id, domain FROM domain_blocks WHERE account_id = :a"
                        + " AND id < :max AND id > :min ORDER BY id DESC LIMIT :n")
                .bind("a", viewer)
                .bind("max", maxId <= 0 ? Long.MAX_VALUE : maxId)
                .bind("min", minId)
                .bind("n", n)
                .map((rs, c) -> new Row(rs.getLong(1), rs.getString(2)))
                .list());
        if (rows.isEmpty()) return new Page(List.of(), 0, 0);
        return new Page(
                rows.stream().map(Row::domain).toList(),
                rows.get(rows.size() - 1).id(),
                rows.get(0).id());
    }

    /** Lower case, IDN to ASCII, no scheme, path or port: what Mastodon stores. */
    private String normal(String domain) {
        if (domain == null || domain.isBlank()) throw Problem.invalid("domain", "domain is missing");
        String d;
        try {
            d = IDN.toASCII(domain.strip(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("domain", "Not a domain: " + domain.strip());
        }
        if (d.endsWith(".")) d = d.substring(0, d.length() - 1);
        if (!HOST.matcher(d).matches()) throw Problem.invalid("domain", "Not a domain: " + domain.strip());
        if (d.equals(ownDomain)) throw Problem.invalid("domain", "This is this server's own domain");
        return d;
    }
}
