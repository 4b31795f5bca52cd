package social.rapport.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.account.AccountEvents;
import social.rapport.filter.FilterEvents;
import social.rapport.group.GroupDirectory;
import social.rapport.group.GroupEvents;
import social.rapport.list.ListCleanup;
import social.rapport.media.MediaCleanup;
import social.rapport.notify.AnnouncementEvents;
import social.rapport.notify.MarkerEvents;
import social.rapport.notify.NotificationEvents;
import social.rapport.notify.NotificationListeners;
import social.rapport.notify.StreamHub;
import social.rapport.push.PushReactions;
import social.rapport.relation.GraphUpdater;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.RelationsFeature;
import social.rapport.search.PostIndexing;
import social.rapport.status.CacheReactions;
import social.rapport.status.StatusEvents;
import social.rapport.status.poll.PollEvents;
import social.rapport.store.Database;
import social.rapport.store.Event;
import social.rapport.store.Outbox;
import social.rapport.tag.FollowedTags;
import social.rapport.tag.TagEvents;
import social.rapport.timeline.RecentPostsFeed;

/**
 * Every reaction to a committed event, in one table. In memory, for each event type, in this order:
 * the graph first (the policy asks it), then caches and the recent-posts feed, then live streams, so
 * nothing later reads a graph or a cache the event has not reached yet. Each reaction is isolated: one
 * that fails is logged and the next still runs; a graph update that fails is repaired by reading
 * what the event touched back from the store. Durable reactions (the notifications) go to the
 * outbox, which runs each once per event and tries a failed one again (see {@link Outbox}).
 */
public final class Reactions {
    private static final Logger LOG = LoggerFactory.getLogger(Reactions.class);

    /** The notifications feature's reactions: live streams in memory, notifications durably. */
    public record Notifying(StreamHub streams, NotificationListeners notifications) {}

    /** The features' reaction functions; a part left null (a test's world without it) has none. */
    public record Parts(
            RelationsFeature.Reactions relations,
            CacheReactions cache,
            RecentPostsFeed feed,
            Notifying notifying,
            PushReactions push,
            ListCleanup lists,
            FollowedTags tags,
            MediaCleanup media,
            GroupDirectory groups,
            PostIndexing search) {
        public Parts(
                RelationsFeature.Reactions relations, CacheReactions cache, RecentPostsFeed feed, Notifying notifying) {
            this(relations, cache, feed, notifying, null, null, null, null, null, null);
        }

        StreamHub streams() {
            return notifying == null ? null : notifying.streams();
        }

        NotificationListeners notifications() {
            return notifying == null ? null : notifying.notifications();
        }
    }

    private final Database db;
    private final Parts p;

    private Reactions(Database db, Parts parts) {
        this.db = db;
        this.p = parts;
    }

    /** Registers the table; call once, before the first write. */
    public static void register(Database db, Parts parts) {
        new Reactions(db, parts).table();
    }

    private void table() {
        // Relationships: the graph, then what notifications make of them.
        on(RelationEvents.Followed.class, graph(g -> g::followed));
        durable(RelationEvents.Followed.class, n -> n::followed);
        on(RelationEvents.Unfollowed.class, graph(g -> g::unfollowed));
        durable(RelationEvents.Unfollowed.class, n -> n::unfollowed);
        durable(RelationEvents.FollowRequested.class, n -> n::followRequested);
        on(RelationEvents.Connected.class, graph(g -> g::connected));
        on(RelationEvents.Disconnected.class, graph(g -> g::disconnected));
        on(RelationEvents.Blocked.class, graph(g -> g::blocked));
        on(RelationEvents.Unblocked.class, graph(g -> g::unblocked));
        on(RelationEvents.Muted.class, graph(g -> g::muted));
        on(RelationEvents.Unmuted.class, graph(g -> g::unmuted));
        on(RelationEvents.CircleMemberAdded.class, graph(g -> g::circleMemberAdded));
        on(RelationEvents.CircleMemberRemoved.class, graph(g -> g::circleMemberRemoved));
        on(RelationEvents.CircleDeleted.class, graph(g -> g::circleDeleted));
        durable(RelationEvents.InvitationReceived.class, n -> n::invitationReceived);
        durable(RelationEvents.InvitationAccepted.class, n -> n::invitationAccepted);
        durable(RelationEvents.InvitationClosed.class, n -> n::invitationClosed);
        durable(RelationEvents.ClaimMade.class, n -> n::claimMade);
        durable(RelationEvents.RecommendationWritten.class, n -> n::recommendationWritten);
        // Groups: the members in memory that the policy asks, read back from the store.
        on(GroupEvents.Changed.class, step(p.groups(), g -> g::changed));
        // Lists: whom one no longer follows nor is connected with leaves one's lists.
        listed(RelationEvents.Unfollowed.class, l -> l::unfollowed);
        listed(RelationEvents.Disconnected.class, l -> l::disconnected);

        // Accounts: the graph's view of who is active, a new account's circles, open streams.
        on(
                AccountEvents.Created.class,
                graph(g -> g::accountCreated),
                step(p.relations(), r -> e -> r.circles().startCircles(e.accountId())));
        on(AccountEvents.Updated.class, graph(g -> g::accountUpdated));
        on(AccountEvents.Suspended.class, graph(g -> g::accountSuspended), step(p.streams(), s -> s::accountSuspended));
        on(
                AccountEvents.Deleted.class,
                graph(g -> g::accountDeleted),
                step(p.cache(), c -> c::accountDeleted),
                step(p.streams(), s -> s::accountDeleted));
        on(AccountEvents.TokenRevoked.class, step(p.streams(), s -> s::tokenRevoked));
        on(AccountEvents.SessionEnded.class, step(p.streams(), s -> s::sessionEnded));
        on(AccountEvents.CredentialsRevoked.class, step(p.streams(), s -> s::credentialsRevoked));

        // Posts: the cache, the recent-posts feed, streams; then notifications.
        on(StatusEvents.Created.class, step(p.feed(), f -> f::created), step(p.streams(), s -> s::posted));
        on(
                StatusEvents.Edited.class,
                step(p.cache(), c -> c::edited),
                step(p.feed(), f -> f::edited),
                step(p.streams(), s -> s::edited));
        durable(StatusEvents.Edited.class, n -> n::edited);
        on(StatusEvents.Released.class, step(p.cache(), c -> c::released));
        on(
                StatusEvents.Deleted.class,
                step(p.cache(), c -> c::deleted),
                step(p.feed(), f -> f::deleted),
                step(p.streams(), s -> s::deleted));
        durable(StatusEvents.Mentioned.class, n -> n::mentioned);
        durable(StatusEvents.Replied.class, n -> n::replied);
        durable(StatusEvents.Reblogged.class, n -> n::reblogged);
        durable(StatusEvents.Favourited.class, n -> n::favourited);
        durable(StatusEvents.Quoted.class, n -> n::quoted);
        durable(StatusEvents.Unfavourited.class, n -> n::unfavourited);
        durable(StatusEvents.Unreblogged.class, n -> n::unreblogged);
        durable(PollEvents.Ended.class, n -> n::pollEnded);
        // Media: a deleted post's files go with it (its addresses already answer 404: serving asks for the post).
        mediaCleaned(StatusEvents.Deleted.class, m -> m::postDeleted);
        mediaCleaned(AccountEvents.Deleted.class, m -> m::accountDeleted);

        // Search: this server's index of posts, as its own consumer of the outbox.
        indexed(StatusEvents.Created.class, i -> i::created);
        indexed(StatusEvents.Edited.class, i -> i::edited);
        indexed(StatusEvents.Deleted.class, i -> i::deleted);
        indexed(AccountEvents.Deleted.class, i -> i::accountDeleted);

        // Followed hashtags: the in-memory list that home and the user stream read.
        on(TagEvents.Followed.class, step(p.tags(), t -> t::followed));
        on(TagEvents.Unfollowed.class, step(p.tags(), t -> t::unfollowed));

        // Notifications and markers: streams only.
        on(NotificationEvents.Created.class, step(p.streams(), s -> s::notified));
        on(MarkerEvents.Saved.class, step(p.streams(), s -> s::markerSaved));
        on(FilterEvents.Changed.class, step(p.streams(), s -> s::filtersChanged));
        on(AnnouncementEvents.Published.class, step(p.streams(), s -> s::announced));
        on(AnnouncementEvents.Reacted.class, step(p.streams(), s -> s::announcementReacted));
        on(AnnouncementEvents.Deleted.class, step(p.streams(), s -> s::announcementDeleted));

        // Web Push: a stored notification queues its messages; ended credentials take their subscriptions.
        pushed(NotificationEvents.Created.class, r -> r::notified);
        pushed(AccountEvents.TokenRevoked.class, r -> r::tokenRevoked);
        pushed(AccountEvents.CredentialsRevoked.class, r -> r::credentialsRevoked);
        pushed(AccountEvents.Deleted.class, r -> r::accountDeleted);
    }

    /** One named step of an event's in-memory reactions. */
    private record Step<E>(String name, Consumer<? super E> run) {}

    /** A step of `part`, none when the part is absent. */
    private static <P, E> List<Step<E>> step(P part, Function<P, Consumer<? super E>> fn) {
        if (part == null) return List.of();
        return List.of(new Step<>(part.getClass().getSimpleName(), fn.apply(part)));
    }

    /** A graph update: should it fail, what the event touched is read back from the store. */
    private <E extends Event> List<Step<E>> graph(Function<GraphUpdater, Consumer<? super E>> fn) {
        if (p.relations() == null) return List.of();
        GraphUpdater g = p.relations().graph();
        return List.of(new Step<E>("graph", guarded(fn.apply(g), g::repair)));
    }

    /** `update`, and should it fail, `repair` for the same event (a failed repair is logged). */
    static <E extends Event> Consumer<E> guarded(Consumer<? super E> update, Consumer<Event> repair) {
        return e -> {
            try {
                update.accept(e);
            } catch (RuntimeException ex) {
                LOG.error("graph update failed on {}; reading what it touched back from the store", e.topic(), ex);
                repair.accept(e);
            }
        };
    }

    /** The in-memory reactions to one event type, run in the order given, each isolated from the others. */
    @SafeVarargs
    private <E extends Event> void on(Class<E> type, List<Step<E>>... steps) {
        List<Step<E>> all = new ArrayList<>();
        for (List<Step<E>> s : steps) all.addAll(s);
        if (all.isEmpty()) return;
        db.events().on(type, e -> {
            for (Step<E> s : all) {
                try {
                    s.run().accept(e);
                } catch (RuntimeException ex) {
                    LOG.error("{} failed on {}", s.name(), e.topic(), ex);
                }
            }
        });
    }

    /** A durable reaction of the push consumer. */
    private <E extends Event> void pushed(Class<E> type, Function<PushReactions, Outbox.Reaction<? super E>> fn) {
        if (p.push() == null) return;
        db.outbox().react(PushReactions.CONSUMER, type, fn.apply(p.push()));
    }

    /** A durable reaction of the lists consumer. */
    private <E extends Event> void listed(Class<E> type, Function<ListCleanup, Outbox.Reaction<? super E>> fn) {
        if (p.lists() == null) return;
        db.outbox().react(ListCleanup.CONSUMER, type, fn.apply(p.lists()));
    }

    /** A durable reaction of this server's search index, a consumer of its own. */
    private <E extends Event> void indexed(Class<E> type, Function<PostIndexing, Outbox.Reaction<? super E>> fn) {
        if (p.search() == null) return;
        db.outbox().react(p.search().consumer(), type, fn.apply(p.search()));
    }

    /** A durable reaction of the media consumer. */
    private <E extends Event> void mediaCleaned(Class<E> type, Function<MediaCleanup, Outbox.Reaction<? super E>> fn) {
        if (p.media() == null) return;
        db.outbox().react(MediaCleanup.CONSUMER, type, fn.apply(p.media()));
    }

    /** A durable reaction of the notifications consumer. */
    private <E extends Event> void durable(
            Class<E> type, Function<NotificationListeners, Outbox.Reaction<? super E>> fn) {
        if (p.notifications() == null) return;
        db.outbox().react(NotificationListeners.CONSUMER, type, fn.apply(p.notifications()));
    }
}
