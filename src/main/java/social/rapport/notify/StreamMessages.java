package social.rapport.notify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;
import social.rapport.audience.Grant;
import social.rapport.core.Viewer;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.MuteClock;
import social.rapport.status.FilterContext;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;
import social.rapport.web.WebServer;

/**
 * Renders what happened for one stream's viewer with the same policy and views as the REST
 * answers: a post only when the viewer may see it (and, on the user stream, when it belongs in
 * their home timeline; on a list stream, when it belongs on that list's timeline), public and hashtag streams only public posts, a notification only when its
 * list would show it. The viewer's filters apply as on the listing the stream follows (home for the
 * user and list streams, public for the others), and the user stream says `filters_changed` when they change. The pages' live stream is made from the same decisions: it says that a post
 * arrived on home, or what the unread count now is, instead of carrying the whole entity.
 */
public final class StreamMessages {
    record Message(String event, String payload, long statusId) {}

    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;
    private final SocialGraph graph;
    private final MuteClock mutes;
    private final NotificationStore notifications;
    private final NotificationViews notificationViews;
    private final ReadNotifications read;
    private final StreamLists lists;
    private final Announcements announcements;
    private final java.util.function.IntFunction<java.util.Set<String>> followedTags;
    private final MessageFacts messages;

    /** `followedTags`: the hashtags each account follows, whose public posts belong on its home. */
    StreamMessages(
            Database db,
            StatusAccess access,
            StatusViews views,
            SocialGraph graph,
            MuteClock mutes,
            NotificationStore notifications,
            NotificationViews notificationViews,
            ReadNotifications read,
            StreamLists lists,
            Announcements announcements,
            java.util.function.IntFunction<java.util.Set<String>> followedTags,
            MessageFacts messages) {
        this.followedTags = followedTags;
        this.messages = messages;
        this.db = db;
        this.access = access;
        this.views = views;
        this.graph = graph;
        this.mutes = mutes;
        this.notifications = notifications;
        this.notificationViews = notificationViews;
        this.read = read;
        this.lists = lists;
        this.announcements = announcements;
    }

    boolean viewerStillActive(Viewer v) {
        return !v.signedIn() || access.policy().relations().visibleAccount(v.accountId());
    }

    Optional<Message> render(Viewer v, StreamClient.Subscription sub, StreamClient.Item item) {
        int viewer = v.accountId();
        StreamClient.Kind kind = sub.kind();
        if (kind == StreamClient.Kind.LIVE) return live(viewer, item);
        if (item.what().equals("filters_changed")) {
            return kind == StreamClient.Kind.USER
                    ? Optional.of(new Message("filters_changed", "", 0))
                    : Optional.empty();
        }
        if (item.what().startsWith("announcement")) {
            return kind == StreamClient.Kind.USER && v.signedIn() ? announcement(viewer, item) : Optional.empty();
        }
        return db.read(h -> {
            if (item.what().equals("notification")) {
                if (kind != StreamClient.Kind.USER && kind != StreamClient.Kind.USER_NOTIFICATION)
                    return Optional.empty();
                return notification(h, viewer, item.id()).map(n -> new Message("notification", json(n), 0));
            }
            if (kind == StreamClient.Kind.USER_NOTIFICATION || item.what().equals("marker")) return Optional.empty();
            Status s = post(h, viewer, sub, item.id());
            if (s == null) return Optional.empty();
            // Direct: Mastodon's `conversation` event, for a post filed in one of the viewer's conversations.
            if (kind == StreamClient.Kind.DIRECT && !item.what().equals("delete")) {
                return messages.conversation(h, viewer, s.id()).map(c -> new Message("conversation", json(c), s.id()));
            }
            String event = item.what().equals("edit") ? "status.update" : "update";
            // The viewer's filters as on the listing the stream follows: a hidden post is not sent.
            FilterContext context = kind == StreamClient.Kind.USER ? FilterContext.HOME : FilterContext.PUBLIC;
            List<StatusEntity> shown = views.render(h, viewer, List.of(s), context);
            if (shown.isEmpty()) return Optional.empty();
            return Optional.of(new Message(event, json(shown.get(0)), s.id()));
        });
    }

    /** Mastodon's announcement events, for everyone signed in on their user stream. */
    private Optional<Message> announcement(int viewer, StreamClient.Item item) {
        return switch (item.what()) {
            case "announcement" ->
                announcements.one(viewer, item.id()).map(a -> new Message("announcement", json(a), 0));
            case "announcement.reaction" ->
                Optional.of(new Message(
                        "announcement.reaction",
                        json(Map.of(
                                "name",
                                item.name(),
                                "count",
                                announcements.reactionCount(item.id(), item.name()),
                                "announcement_id",
                                Long.toString(item.id()))),
                        0));
            case "announcement.delete" -> Optional.of(new Message("announcement.delete", Long.toString(item.id()), 0));
            default -> Optional.empty();
        };
    }

    /**
     * The pages' stream: the unread count when it may have changed, the id of a new post for home, and
     * the unread conversations when a private message arrives in one.
     */
    private Optional<Message> live(int viewer, StreamClient.Item item) {
        return switch (item.what()) {
            case "notification" ->
                db.read(h -> notification(h, viewer, item.id()).isPresent())
                        ? Optional.of(unread(viewer))
                        : Optional.empty();
            case "marker" -> Optional.of(unread(viewer));
            // A private message in one of the viewer's conversations: the inbox's unread count.
            case "update" ->
                db.read(h -> messages.conversation(h, viewer, item.id()).isPresent())
                        ? Optional.of(new Message(
                                "messages", json(Map.of("unread", messages.unreadConversations(viewer))), 0))
                        : db.read(h -> Optional.ofNullable(post(
                                        h, viewer, StreamClient.Subscription.of(StreamClient.Kind.USER), item.id()))
                                .map(s -> new Message("home", json(Map.of("id", Long.toString(s.id()))), 0)));
            default -> Optional.empty();
        };
    }

    private Message unread(int viewer) {
        return new Message("notifications", json(Map.of("unread", read.unreadCount(viewer))), 0);
    }

    private Optional<NotificationEntity> notification(Handle h, int viewer, long id) {
        return notifications
                .byId(h, viewer, id)
                .filter(n -> !n.filtered())
                .map(n -> notificationViews.render(h, viewer, List.of(n)))
                .filter(l -> !l.isEmpty())
                .map(l -> l.get(0));
    }

    /** The post when this viewer may see it and it belongs on this stream; null otherwise. */
    private Status post(Handle h, int viewer, StreamClient.Subscription sub, long id) {
        StatusAccess.Seen seen = access.seen(h, viewer, id).orElse(null);
        if (seen == null) return null;
        return belongs(viewer, sub, seen.post(), seen.original()) ? seen.post() : null;
    }

    private boolean belongs(int viewer, StreamClient.Subscription sub, Status s, Status original) {
        AudiencePolicy policy = access.policy();
        int author = s.accountId();
        if (sub.kind() == StreamClient.Kind.USER) {
            if (author == viewer) return true;
            if (mutes.isMuted(viewer, author) || lists.leavesHome(viewer, author)) return false;
            if (!graph.isFollowing(viewer, author) && !graph.isConnected(viewer, author)) {
                // A hashtag the viewer follows brings in a public post (never a reblog) of anyone not muted.
                return policy.mayList(viewer, s, s.isReblog())
                        && !java.util.Collections.disjoint(s.tags(), followedTags.apply(viewer));
            }
            return original == null || !mutes.isMuted(viewer, original.accountId());
        }
        if (sub.kind() == StreamClient.Kind.LIST) {
            if (mutes.isMuted(viewer, author)) return false;
            return lists.carries(viewer, Long.parseLong(sub.tag()), s, original);
        }
        // Direct: posts to mentioned people only, which the viewer sees only as their author or one of them.
        if (sub.kind() == StreamClient.Kind.DIRECT) {
            if (s.isReblog()
                    || s.audience().isOpen()
                    || !s.audience().grants().equals(java.util.Set.of(Grant.MENTIONED))) return false;
            return author == viewer || !mutes.isMuted(viewer, author);
        }
        // Public and hashtag streams: public posts only, never reblogs, unlisted or restricted ones.
        if (!policy.mayList(viewer, s, s.isReblog())) return false;
        if (sub.kind().hashtag() && !s.tags().contains(sub.tag())) return false;
        return viewer <= 0 || (!mutes.isMuted(viewer, author) && policy.canSeeAccount(viewer, author));
    }

    private static String json(Object o) {
        try {
            return WebServer.JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a stream message", e);
        }
    }
}
