package social.rapport.relation.connect;

import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** SQL for screening rules; an account without a row has the defaults. */
public final class ScreeningStore {
    public Screening of(Handle h, int account) {
        return h.createQuery("SELECT who_may_invite, require_note, require_one_of FROM screening_rules"
                        + " WHERE account_id = :a")
                .bind("a", account)
                .map((rs, c) -> new Screening(rs.getString(1), rs.getBoolean(2), split(rs.getString(3))))
                .findOne()
                .orElse(Screening.DEFAULT);
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.trim().split(" "));
    }

    public void put(Tx tx, int account, Screening s) {
        tx.handle()
                .createUpdate("DELETE FROM screening_rules WHERE account_id = :a")
                .bind("a", account)
                .execute();
        tx.handle()
                .createUpdate("INSERT INTO screening_rules (account_id, who_may_invite, require_note, require_one_of)"
                        + " VALUES (:a, :w, :n, :r)")
                .bind("a", account)
                .bind("w", s.whoMayInvite())
                .bind("n", s.requireNote())
                .bind("r", String.join(" ", s.requireOneOf()))
                .execute();
    }
}
