package social.rapport.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.status.Cursor;
import social.rapport.status.FilterContext;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * A person's conversations, each made of its posts the person may see now (through the audience
 * policy): a conversation with none is not shown, and unread means a post by someone else, visible
 * now, newer than what was read. The unread count is counted the same way, never from the rows alone.
 */
public final class ShowConversations {
    /** The posts of a conversation looked at to show it, newest first. */
    static final int POSTS_LOOKED_AT = 200;
    /** The conversations looked at to count the unread ones. */
    static final int COUNTED = 500;

    /** A page of conversations, and the newest-post ids that page them (0 when the page is empty). */
    public record Page(List<ConversationEntity> items, long next, long prev) {}

    /** One conversation as its owner sees it now. */
    public record Shown(MessageStore.Conversation row, List<Status> visible, boolean unread) {
        public Status last() {
            return visible.get(0);
        }
    }

    private final Database db;
    private final MessageStore store;
    private final StatusAccess access;
    private final StatusViews views;

    ShowConversations(Database db, MessageStore store, StatusAccess access, StatusViews views) {
        this.db = db;
        this.store = store;
        this.access = access;
        this.views = views;
    }

    public Page page(int viewer, Cursor c) {
        return db.read(h -> {
            List<MessageStore.Conversation> rows =
                    new ArrayList<>(store.page(h, viewer, c.maxId(), c.minId(), c.ascending(), c.limit()));
            if (c.ascending()) Collections.reverse(rows);
            List<ConversationEntity> out = new ArrayList<>();
            for (MessageStore.Conversation row : rows)
                shown(h, viewer, row).map(s -> render(h, viewer, s)).ifPresent(out::add);
            if (rows.isEmpty()) return new Page(out, 0, 0);
            return new Page(
                    out, rows.get(rows.size() - 1).lastStatusId(), rows.get(0).lastStatusId());
        });
    }

    /** The conversations in which something the viewer may see is unread. */
    public int unreadCount(int viewer) {
        return db.read(h -> {
            int n = 0;
            for (MessageStore.Conversation row : store.maybeUnread(h, viewer, COUNTED)) {
                if (shown(h, viewer, row).map(Shown::unread).orElse(false)) n++;
            }
            return n;
        });
    }

    /** The viewer's conversations as the pages list them (the posts themselves, not entities). */
    public List<Shown> recent(int viewer, int limit) {
        return db.read(h -> {
            List<Shown> out = new ArrayList<>();
            for (MessageStore.Conversation row : store.page(h, viewer, Long.MAX_VALUE, 0, false, limit)) {
                shown(h, viewer, row).ifPresent(out::add);
            }
            return out;
        });
    }

    /** One of the viewer's conversations with its visible posts, oldest first; empty when it is not theirs. */
    public Optional<Shown> one(int viewer, long id) {
        return db.read(h -> store.owned(h, viewer, id).flatMap(row -> shown(h, viewer, row)));
    }

    /** One conversation for its page: the entity, and its visible posts rendered oldest first. */
    public record Thread(ConversationEntity conversation, List<StatusEntity> posts, List<String> handles) {}

    public Optional<Thread> thread(int viewer, long id) {
        return db.read(h -> store.owned(h, viewer, id)
                .flatMap(row -> shown(h, viewer, row))
                .map(s -> {
                    List<Status> oldestFirst = new ArrayList<>(s.visible());
                    Collections.reverse(oldestFirst);
                    ConversationEntity c = render(h, viewer, s);
                    List<String> handles =
                            c.accounts().stream().map(a -> a.acct()).toList();
                    return new Thread(c, views.render(h, viewer, oldestFirst, FilterContext.THREAD), handles);
                }));
    }

    /** The conversation holding this post, rendered for the viewer: for the direct stream. */
    public Optional<ConversationEntity> holding(Handle h, int viewer, long statusId) {
        return store.threadOf(h, viewer, statusId)
                .flatMap(root -> store.ofThread(h, viewer, root))
                .flatMap(row -> shown(h, viewer, row))
                .map(s -> render(h, viewer, s));
    }

    Optional<Shown> shown(Handle h, int viewer, MessageStore.Conversation row) {
        List<Long> ids = store.posts(h, viewer, row.rootId(), POSTS_LOOKED_AT);
        List<Status> visible = new ArrayList<>(access.visibleByIdsCached(h, viewer, ids));
        if (visible.isEmpty()) return Optional.empty();
        visible.sort(Comparator.comparingLong(Status::id).reversed());
        boolean unread = visible.stream().anyMatch(s -> s.accountId() != viewer && s.id() > row.readUpTo());
        return Optional.of(new Shown(row, List.copyOf(visible), unread));
    }

    /** The other people of a conversation: the authors and mentioned people of its visible posts. */
    public Set<Integer> others(int viewer, Shown s) {
        Set<Integer> people = new LinkedHashSet<>();
        for (Status p : s.visible()) {
            people.add(p.accountId());
            people.addAll(p.mentions());
        }
        people.remove(viewer);
        people.removeIf(a -> !access.policy().canSeeAccount(viewer, a));
        return people;
    }

    ConversationEntity render(Handle h, int viewer, Shown s) {
        List<StatusEntity> last = views.render(h, viewer, List.of(s.last()), FilterContext.THREAD);
        return new ConversationEntity(
                Long.toString(s.row().id()),
                s.unread(),
                views.accounts(h, others(viewer, s)),
                last.isEmpty() ? null : last.get(0));
    }
}
