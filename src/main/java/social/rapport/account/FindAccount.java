package social.rapport.account;

import java.util.Locale;
import social.rapport.core.Problem;
import social.rapport.store.Database;

/**
 * Finds an account someone asked for by id or handle. Only active accounts are found: a pending,
 * suspended or deleted one is answered exactly like one that never existed.
 */
public final class FindAccount {
    private final Database db;
    private final AccountStore accounts;
    private final String domain;

    public FindAccount(Database db, AccountStore accounts, String domain) {
        this.db = db;
        this.accounts = accounts;
        this.domain = domain.toLowerCase(Locale.ROOT);
    }

    public Account byId(int id) {
        return db.read(h -> accounts.byId(h, id)).filter(Account::active).orElseThrow(Problem::notFound);
    }

    /** `ana`, `@ana` or `ana@this.domain`; an account of any other domain is not here. */
    public Account byAcct(String acct) {
        String a = acct.strip();
        if (a.startsWith("@")) a = a.substring(1);
        int at = a.indexOf('@');
        if (at >= 0) {
            if (!a.substring(at + 1).toLowerCase(Locale.ROOT).equals(domain)) throw Problem.notFound();
            a = a.substring(0, at);
        }
        String handle = a;
        if (handle.isEmpty() || handle.length() > 30) throw Problem.notFound();
        return db.read(h -> accounts.byHandle(h, handle))
                .filter(Account::active)
                .orElseThrow(Problem::notFound);
    }

    /** The account itself, for verify_credentials: the token already proved it is active. */
    public Account self(int accountId) {
        return db.read(h -> accounts.byId(h, accountId)).orElseThrow(Problem::notFound);
    }
}
