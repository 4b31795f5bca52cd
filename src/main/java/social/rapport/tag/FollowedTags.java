package social.rapport.tag;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import social.rapport.store.Database;

/**
 * Who follows which hashtag, in memory, for the home timeline and the user stream: read from the
 * store at start, kept current by reactions to committed events. Each account's set is an immutable
 * snapshot that writers replace, so readers never lock.
 */
public final class FollowedTags {
    private final Map<Integer, Set<String>> byAccount = new ConcurrentHashMap<>();

    private FollowedTags() {}

    public static FollowedTags load(Database db) {
        FollowedTags f = new FollowedTags();
        db.read(h -> {
            new TagStore().allFollows(h).forEach((a, tags) -> f.byAccount.put(a, Set.copyOf(tags)));
            return null;
        });
        return f;
    }

    /** The hashtags the account follows now. */
    public Set<String> of(int account) {
        return byAccount.getOrDefault(account, Set.of());
    }

    public void followed(TagEvents.Followed e) {
        byAccount.compute(e.accountId(), (a, s) -> {
            java.util.HashSet<String> next = new java.util.HashSet<>(s == null ? Set.of() : s);
            next.add(e.tag());
            return Set.copyOf(next);
        });
    }

    public void unfollowed(TagEvents.Unfollowed e) {
        byAccount.computeIfPresent(e.accountId(), (a, s) -> {
            java.util.HashSet<String> next = new java.util.HashSet<>(s);
            next.remove(e.tag());
            return next.isEmpty() ? null : Set.copyOf(next);
        });
    }
}
