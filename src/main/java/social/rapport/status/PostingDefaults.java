package social.rapport.status;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.audience.Audience;
import social.rapport.audience.ReplyPolicy;
import social.rapport.store.Tx;

/** Each person's default audience and reply rule; a locked account defaults to followers. */
public final class PostingDefaults {
    public record Defaults(Audience audience, ReplyPolicy replyPolicy) {}

    public Defaults of(Handle h, Account account) {
        Optional<Defaults> saved = h.createQuery(
                        "SELECT audience, reply_policy FROM posting_defaults WHERE account_id = :a")
                .bind("a", account.id())
                .map((rs, c) -> new Defaults(
                        Audience.fromWire(rs.getString(1)),
                        ReplyPolicy.parse(rs.getString(2)).orElse(ReplyPolicy.EVERYONE)))
                .findOne();
        return saved.orElseGet(
                () -> new Defaults(account.locked() ? Audience.FOLLOWERS : Audience.PUBLIC, ReplyPolicy.EVERYONE));
    }

    public void save(Tx tx, int accountId, Defaults d) {
        tx.handle()
                .createUpdate("DELETE FROM posting_defaults WHERE account_id = :a")
                .bind("a", accountId)
                .execute();
        tx.handle()
                .createUpdate("INSERT INTO posting_defaults (account_id, audience, reply_policy) VALUES (:a, :au, :r)")
                .bind("a", accountId)
                .bind("au", d.audience().wire())
                .bind("r", d.replyPolicy().wire())
                .execute();
    }
}
