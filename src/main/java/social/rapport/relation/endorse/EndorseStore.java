package social.rapport.relation.endorse;

import java.util.List;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Tx;

/** Accounts each person features on their profile. Decides nothing about who may see them. */
public final class EndorseStore {
    /** One statement, so two endorsements of one account at once store one. */
    void endorse(Tx tx, int account, int target) {
        tx.handle()
                .createUpdate(tx.dialect()
                        .insertIgnore(
                                "endorsements",
                                "account_id, target_id, created_at",
                                ":a, :t, :now",
                                "account_id, target_id"))
                .bind("a", account)
                .bind("t", target)
                .bind("now", tx.now())
                .execute();
    }

    void unendorse(Tx tx, int account, int target) {
        tx.handle()
                .createUpdate("DELETE FROM endorsements WHERE account_id = :a AND target_id = :t")
                .bind("a", account)
                .bind("t", target)
                .execute();
    }

    public boolean endorses(Handle h, int account, int target) {
        return h.createQuery("SELECT COUNT(*) FROM endorsements WHERE account_id = :a AND target_id = :t")
                        .bind("a", account)
                        .bind("t", target)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** The accounts `account` endorses, by account id. */
    int[] endorsed(Handle h, int account) {
        List<Integer> ids = h.createQuery("SELECT target_id FROM endorsements WHERE account_id = :a ORDER BY target_id")
                .bind("a", account)
                .mapTo(Integer.class)
                .list();
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
