package social.rapport.relation;

import java.util.List;
import social.rapport.account.Account;
import social.rapport.account.AccountCounts;
import social.rapport.account.AccountEntity;

/** Renders accounts as Mastodon Account entities with the counts the viewer may see. */
public final class AccountCards {
    private final String baseUrl;
    private final AccountCounts counts;

    public AccountCards(String baseUrl, AccountCounts counts) {
        this.baseUrl = baseUrl;
        this.counts = counts;
    }

    public AccountEntity card(int viewer, Account a) { return AccountEntity.of(a, baseUrl, counts.of(viewer, a.id())); }

    public List<AccountEntity> cards(int viewer, List<Account> accounts) {
        return accounts.stream().map(a -> card(viewer, a)).toList();
    }
}
