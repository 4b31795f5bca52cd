package social.rapport.status;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.status.poll.PollEntity;
import social.rapport.status.poll.Polls;

/**
 * The I/O half of rendering posts: reads, for a whole page at once, what its entities are made of.
 * Decides nothing; {@link StatusMapper} asks the audience policy about each part.
 */
final class StatusLoader {
    /**
     * What a page of posts is made of. `subjects` are the posts shown (a reblog's original in its
     * place), by id; `parents` the posts they reply to; `people` every author and mentioned account;
     * `related` the replies, reblogs, favourites and the viewer's own bookmarks and pins; `muted` the
     * subjects whose conversation the viewer muted.
     */
    record Loaded(
            Map<Long, Status> subjects,
            Map<Long, Status> parents,
            Map<Integer, Account> people,
            StatusStore.Related related,
            Map<Long, PollEntity> polls,
            Set<Long> muted,
            Map<Long, List<Object>> media) {}

    private final StatusAccess access;
    private final AccountStore accounts;
    /** Null where polls are not shown (an imagined viewer's "view as", which must not see anyone's votes). */
    private final Polls polls;

    private final PostMedia media;

    StatusLoader(StatusAccess access, AccountStore accounts, Polls polls, PostMedia media) {
        this.access = access;
        this.accounts = accounts;
        this.polls = polls;
        this.media = media;
    }

    Loaded load(Handle h, int viewer, List<Status> visible) {
        Map<Long, Status> originals = access.originalsOf(h, visible);
        Map<Long, Status> subjects = new HashMap<>();
        for (Status s : visible) {
            Status subject = s.isReblog() ? originals.get(s.reblogOfId()) : s;
            subjects.put(subject.id(), subject);
        }
        Set<Long> parentIds = new HashSet<>();
        Set<Integer> accountIds = new HashSet<>();
        for (Status s : visible) accountIds.add(s.accountId());
        for (Status s : subjects.values()) {
            accountIds.add(s.accountId());
            accountIds.addAll(s.mentions());
            if (s.inReplyToId() != 0) parentIds.add(s.inReplyToId());
        }
        Map<Long, Status> parents = access.cached(h, parentIds);
        Map<Integer, Account> people = accounts(h, accountIds);
        // Everything that hangs on the page in one query; the mapper has the policy decide what counts.
        StatusStore.Related related = access.store().related(h, subjects.keySet(), viewer);
        Map<Long, PollEntity> shownPolls =
                polls == null ? Map.of() : polls.forVisiblePosts(h, viewer, subjects.keySet());
        // The thread of each post is looked up only for a viewer who muted some conversation.
        Set<Long> muted = new HashSet<>();
        if (!related.mutedRoots().isEmpty()) {
            access.threadRoots(h, subjects.keySet()).forEach((id, root) -> {
                if (related.mutedRoots().contains(root)) muted.add(id);
            });
        }
        // The subjects are posts the viewer may see: their media, with addresses for this viewer, in one read.
        Map<Long, List<Object>> shownMedia = media.shown(h, viewer, subjects.values());
        return new Loaded(subjects, parents, people, related, shownPolls, muted, shownMedia);
    }

    /** The posts the subjects quote, as stored: the mapper keeps those the viewer may see. */
    Collection<Status> quoted(Handle h, Loaded page) {
        Set<Long> ids = new HashSet<>();
        for (Status s : page.subjects().values()) if (s.quoteOfId() != 0) ids.add(s.quoteOfId());
        return access.cached(h, ids).values();
    }

    Map<Integer, Account> accounts(Handle h, Collection<Integer> ids) {
        Map<Integer, Account> byId = new HashMap<>();
        for (Account a : accounts.byIds(h, ids)) byId.put(a.id(), a);
        return byId;
    }

    Account author(Handle h, Status s) {
        return accounts.byId(h, s.accountId()).orElseThrow();
    }

    /** Every stored version of the post, oldest first; empty when it was never edited. */
    /** The media of a post the viewer may see, by upload id, with addresses for this viewer. */
    Map<Long, Object> mediaById(Handle h, int viewer, Status visible) {
        return media.shownById(h, viewer, visible);
    }

    List<StatusStore.Version> versions(Handle h, Status s) {
        return access.store().versions(h, s.id());
    }
}
