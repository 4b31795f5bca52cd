package social.rapport.account;

/** The counts shown on an Account entity, limited to what the viewer may see (hidden lists count 0). */
public interface AccountCounts {
    AccountEntity.Counts of(int viewerId, int accountId);
}
