package social.rapport.relation;

import java.util.List;
import social.rapport.account.Account;
import social.rapport.account.AccountCounts;
import social.rapport.account.AccountEntity;
import social.rapport.audience.AudiencePolicy;

/**
 * Renders accounts as Mastodon Account entities with the counts the viewer may see. A list keeps
 * only the accounts the audience policy lets the viewer find (those they see, and those they
 * blocked themselves), whatever the list was made from.
 */
public final class AccountCards {
    private final String baseUrl;
    private final AccountCounts counts;
    private final AudiencePolicy policy;

    public AccountCards(String baseUrl, AccountCounts counts, AudiencePolicy policy) {
        this.baseUrl = baseUrl;
        this.counts = counts;
        this.policy = policy;
    }

    public AccountEntity card(int viewer, Account a) {
        return AccountEntity.of(a, baseUrl, counts.of(viewer, a.id()));
    }

    public List<AccountEntity> cards(int viewer, List<Account> accounts) {
        return accounts.stream()
                .filter(a -> policy.canFindToManage(viewer, a.id()))
                .map(a -> card(viewer, a))
                .toList();
    }
}
