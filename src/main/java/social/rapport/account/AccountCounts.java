package social.rapport.account;

/**
 * Followers, following and posts of an account as a viewer may see them. The relations and posts
 * features supply the real one; until they are wired, every count is zero.
 */
public interface AccountCounts {
    AccountEntity.Counts of(int viewerId, int accountId);

    /** Follow requests waiting for the account's answer, shown only to the account itself. */
    default int followRequests(int accountId) {
        return 0;
    }

    AccountCounts NONE = (viewerId, accountId) -> AccountEntity.Counts.NONE;
}
