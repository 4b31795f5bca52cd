package social.rapport.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.core.Problem;
import social.rapport.graph.SocialGraph;
import social.rapport.status.FilterContext;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * The requests folder: first messages from people the recipient does not know, each shown only
 * while its message may be seen (through the audience policy) and its sender is neither blocked nor
 * muted. Accepting files the thread among the recipient's conversations and lets the sender write
 * again; declining takes it away and the sender may not write again.
 */
public final class MessageRequests {
    /** A request with its message, as the recipient may see it now. */
    public record Shown(MessageStore.Request request, Status message) {}

    private final Database db;
    private final MessageStore store;
    private final StatusAccess access;
    private final StatusViews views;
    private final SocialGraph graph;
    private final social.rapport.core.Ids ids;

    MessageRequests(
            Database db,
            MessageStore store,
            StatusAccess access,
            StatusViews views,
            SocialGraph graph,
            social.rapport.core.Ids ids) {
        this.db = db;
        this.store = store;
        this.access = access;
        this.views = views;
        this.graph = graph;
        this.ids = ids;
    }

    /** The recipient's pending requests, newest first, below `maxId` (Long.MAX_VALUE for the newest). */
    public List<Shown> pending(int recipient, long maxId, int limit) {
        return db.read(h -> {
            List<Shown> out = new ArrayList<>();
            for (MessageStore.Request r : store.pending(h, recipient, maxId, limit)) {
                shown(h, recipient, r).ifPresent(out::add);
            }
            return out;
        });
    }

    public int pendingCount(int recipient) {
        return pending(recipient, Long.MAX_VALUE, 100).size();
    }

    public List<MessageRequestEntity> entities(int recipient, List<Shown> shown) {
        return db.read(h -> {
            List<MessageRequestEntity> out = new ArrayList<>();
            for (Shown s : shown) {
                List<StatusEntity> message = views.render(h, recipient, List.of(s.message()), FilterContext.THREAD);
                out.add(new MessageRequestEntity(
                        Long.toString(s.request().id()),
                        views.accounts(h, List.of(s.request().senderId())).stream()
                                .findFirst()
                                .orElse(null),
                        message.isEmpty() ? null : message.get(0),
                        Instant.ofEpochMilli(s.request().createdAt()).toString()));
            }
            return out;
        });
    }

    /** One pending request the recipient may see; anything else is a 404. */
    public Shown one(int recipient, long id) {
        return db.read(h -> store.pendingById(h, recipient, id).flatMap(r -> shown(h, recipient, r)))
                .orElseThrow(Problem::notFound);
    }

    /** Accepts: the thread becomes a conversation of the recipient's, and the sender may write again. */
    public void accept(int recipient, long id) {
        db.writeVoid(tx -> {
            MessageStore.Request r = store.pendingById(tx.handle(), recipient, id)
                    .filter(x -> shown(tx.handle(), recipient, x).isPresent())
                    .orElseThrow(Problem::notFound);
            if (!store.decide(tx, recipient, id, "accepted")) throw Problem.notFound();
            store.addContact(tx, recipient, r.senderId());
            store.file(tx, ids.next(), recipient, r.rootId(), r.statusId(), false);
        });
    }

    /** Declines: the request leaves the folder and its sender may not write to the recipient again. */
    public void decline(int recipient, long id) {
        db.writeVoid(tx -> {
            store.pendingById(tx.handle(), recipient, id)
                    .filter(x -> shown(tx.handle(), recipient, x).isPresent())
                    .orElseThrow(Problem::notFound);
            if (!store.decide(tx, recipient, id, "declined")) throw Problem.notFound();
        });
    }

    private Optional<Shown> shown(Handle h, int recipient, MessageStore.Request r) {
        if (graph.isMuted(recipient, r.senderId()) || graph.isBlockedEitherWay(recipient, r.senderId())) {
            return Optional.empty();
        }
        return access.visibleById(h, recipient, r.statusId()).map(s -> new Shown(r, s));
    }
}
