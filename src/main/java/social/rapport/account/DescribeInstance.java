package social.rapport.account;

import social.rapport.store.Database;

/** What the instance documents (v1/v2 instance, nodeinfo) say about this server right now. */
public final class DescribeInstance {
    private final Database db;
    private final AccountStore accounts;
    private final Settings settings;
    private final java.util.function.IntSupplier localPosts;

    public record Facts(int users, int localPosts, Settings.Registration registration) {}

    /** localPosts counts this server's posts; the posts feature supplies it. */
    public DescribeInstance(
            Database db, AccountStore accounts, Settings settings, java.util.function.IntSupplier localPosts) {
        this.db = db;
        this.accounts = accounts;
        this.settings = settings;
        this.localPosts = localPosts;
    }

    public Facts facts() {
        return new Facts(db.read(accounts::count), localPosts.getAsInt(), settings.registration());
    }

    /** The account with the handle, if active: a webfinger subject. */
    public java.util.Optional<Account> local(String handle) {
        if (handle.isEmpty() || handle.length() > 30) return java.util.Optional.empty();
        return db.read(h -> accounts.byHandle(h, handle)).filter(Account::active);
    }
}
