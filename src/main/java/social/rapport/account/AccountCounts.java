package social.rapport.account;

/**
 * Followers, following and posts of an account as a viewer may see them. The relations and posts
 * features supply the real one; until they are wired, every count is zero.
 */
public interface AccountCounts {
    AccountEntity.Counts of(int viewerId, int accountId);

    AccountCounts NONE = (viewerId, accountId) -> AccountEntity.Counts.NONE;
}
