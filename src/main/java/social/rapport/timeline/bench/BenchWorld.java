package social.rapport.timeline.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import social.rapport.store.Database;

/**
 * A seeded world written straight into the store in bulk: members, heavy-tailed follows (a few
 * accounts followed by many, most following a few, a share following 100 to 1,000), some
 * connections, and posts with a mix of audiences, authors skewed towards the popular.
 */
final class BenchWorld {
    private static final String[] AUDIENCES = {"public", "public", "public", "public", "public", "public",
            "unlisted", "followers", "followers", "connections", "mentioned"};
    private static final int BATCH = 5_000;

    final int members;
    final long posts;
    final List<Integer> viewers = new ArrayList<>();
    long follows;
    long connections;

    BenchWorld(int members, long posts) {
        this.members = members;
        this.posts = posts;
    }

    /** Draws a popular account: low ids are followed (and post) far more often. */
    private int popular(Random r, double skew) {
        return 1 + (int) Math.min(members - 1, Math.floor(members * Math.pow(r.nextDouble(), skew)));
    }

    void write(Database db, long seed, long startMillis) {
        Random r = new Random(seed);
        db.writeVoid(tx -> {
            PreparedBatch b = tx.handle().prepareBatch("INSERT INTO accounts (id, handle, handle_lower, email, email_lower,"
                    + " password_hash, created_at, updated_at) VALUES (:id, :h, :h, :e, :e, 'bench', :t, :t)");
            for (int i = 1; i <= members; i++) {
                b.bind("id", i).bind("h", "m" + i).bind("e", "m" + i + "@bench.example").bind("t", startMillis).add();
                if (i % BATCH == 0) b.execute();
            }
            if (b.size() > 0) b.execute();
        });
        if (db.dialect() == social.rapport.store.Dialect.POSTGRES) {
            db.writeVoid(tx -> tx.handle().execute("SELECT setval(pg_get_serial_sequence('accounts', 'id'), " + members + ")"));
        }
        db.writeVoid(tx -> {
            PreparedBatch f = tx.handle().prepareBatch("INSERT INTO follows (follower_id, followed_id, state, created_at)"
                    + " VALUES (:a, :b, 'approved', :t)");
            for (int a = 1; a <= members; a++) {
                int want = r.nextInt(10) < 3 ? 100 + r.nextInt(901) : 5 + r.nextInt(60);
                want = Math.min(want, members - 1);
                Set<Integer> chosen = new HashSet<>();
                while (chosen.size() < want) {
                    int b2 = popular(r, 2.5);
                    if (b2 != a) chosen.add(b2);
                }
                if (want >= 100) viewers.add(a);
                for (int b2 : chosen) {
                    f.bind("a", a).bind("b", b2).bind("t", startMillis).add();
                    follows++;
                    if (f.size() >= BATCH) f.execute();
                }
            }
            if (f.size() > 0) f.execute();
            PreparedBatch c = tx.handle().prepareBatch(db.dialect().insertIgnore("connections", "low_id, high_id, created_at",
                    ":l, :h, :t", "low_id, high_id"));
            for (int a = 1; a <= members; a++) {
                for (int k = 0; k < 3; k++) {
                    int b2 = 1 + r.nextInt(members);
                    if (b2 == a) continue;
                    c.bind("l", Math.min(a, b2)).bind("h", Math.max(a, b2)).bind("t", startMillis).add();
                    connections++;
                    if (c.size() >= BATCH) c.execute();
                }
            }
            if (c.size() > 0) c.execute();
        });
        long written = 0;
        while (written < posts) {
            long from = written;
            long to = Math.min(posts, written + 50_000);
            db.writeVoid(tx -> writePosts(tx.handle(), r, from, to, startMillis));
            written = to;
        }
    }

    private void writePosts(Handle h, Random r, long from, long to, long startMillis) {
        PreparedBatch p = h.prepareBatch("INSERT INTO statuses (id, account_id, kind, source, html, audience,"
                + " reply_policy, created_at) VALUES (:id, :a, 'note', :s, :s, :aud, 'everyone', :t)");
        PreparedBatch m = h.prepareBatch("INSERT INTO status_mentions (status_id, account_id) VALUES (:s, :a)");
        for (long i = from; i < to; i++) {
            long t = startMillis + i;
            long id = t << 16;
            int author = popular(r, 1.6);
            String audience = AUDIENCES[r.nextInt(AUDIENCES.length)];
            String text = "<p>post " + i + " by m" + author + "</p>";
            p.bind("id", id).bind("a", author).bind("s", text).bind("aud", audience).bind("t", t).add();
            if (audience.equals("mentioned")) {
                m.bind("s", id).bind("a", 1 + r.nextInt(members)).add();
            }
            if (p.size() >= BATCH) {
                p.execute();
                if (m.size() > 0) m.execute();
            }
        }
        if (p.size() > 0) p.execute();
        if (m.size() > 0) m.execute();
    }
}
