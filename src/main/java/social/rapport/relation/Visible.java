package social.rapport.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;

/**
 * Fetches accounts through the audience policy: one the viewer may not see is answered exactly like
 * one that does not exist.
 */
public final class Visible {
    private final AccountStore accounts;
    private final AudiencePolicy policy;

    public Visible(AccountStore accounts, AudiencePolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    public AudiencePolicy policy() {
        return policy;
    }

    public Account account(Handle h, int viewer, int id) {
        if (!policy.canSeeAccount(viewer, id)) throw Problem.notFound();
        return accounts.byId(h, id).orElseThrow(Problem::notFound);
    }

    /** The accounts among ids that the viewer may see, in the order given. */
    public List<Account> accounts(Handle h, int viewer, int[] ids) {
        List<Integer> keep = new ArrayList<>();
        for (int id : ids) if (policy.canSeeAccount(viewer, id)) keep.add(id);
        return load(h, keep);
    }

    /**
     * The accounts among ids that the viewer may find to manage their relationship with them (also
     * ones they blocked), in the order given.
     */
    public List<Account> accountsToManage(Handle h, int viewer, int[] ids) {
        List<Integer> keep = new ArrayList<>();
        for (int id : ids) if (policy.canFindToManage(viewer, id)) keep.add(id);
        return load(h, keep);
    }

    private List<Account> load(Handle h, List<Integer> keep) {
        Map<Integer, Account> byId = new HashMap<>();
        for (Account a : accounts.byIds(h, keep)) byId.put(a.id(), a);
        List<Account> out = new ArrayList<>();
        for (int id : keep) if (byId.containsKey(id)) out.add(byId.get(id));
        return out;
    }
}
