package social.rapport.account;

import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Problem;

/**
 * An account as a viewer may see it, by id or by handle, with the counts the viewer may see. The
 * audience policy decides: an account hidden from the viewer (a block either way) is answered
 * exactly like one that does not exist, except that the blocker still finds the account they
 * blocked, by id and by exact handle, to undo the block.
 */
public final class ShowAccount {
    private final FindAccount find;
    private final AccountCounts counts;
    private final AudiencePolicy policy;
    private final String baseUrl;

    public ShowAccount(FindAccount find, AccountCounts counts, AudiencePolicy policy, String baseUrl) {
        this.find = find;
        this.counts = counts;
        this.policy = policy;
        this.baseUrl = baseUrl;
    }

    public AccountEntity byId(int viewer, int id) {
        return shown(viewer, find.byId(id));
    }

    /**
     * Several accounts, in the order asked, each once; one missing or hidden from the viewer is left
     * out, exactly as if it did not exist.
     */
    public java.util.List<AccountEntity> byIds(int viewer, java.util.List<Integer> ids) {
        java.util.List<AccountEntity> out = new java.util.ArrayList<>();
        for (int id : new java.util.LinkedHashSet<>(ids)) {
            try {
                out.add(byId(viewer, id));
            } catch (Problem p) {
                if (p.status() != 404) throw p;
            }
        }
        return out;
    }

    public AccountEntity byAcct(int viewer, String acct) {
        return shown(viewer, find.byAcct(acct));
    }

    private AccountEntity shown(int viewer, Account a) {
        if (!policy.canFindToManage(viewer, a.id())) throw Problem.notFound();
        return AccountEntity.of(a, baseUrl, counts.of(viewer, a.id()));
    }
}
