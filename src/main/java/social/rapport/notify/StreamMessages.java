package social.rapport.notify;

import java.util.List;
import java.util.Optional;
import social.rapport.audience.AudiencePolicy;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.MuteClock;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;
import social.rapport.web.Viewer;
import social.rapport.web.WebServer;

/**
 * Renders what happened for one stream's viewer with the same policy and views as the REST
 * answers: a post only when the viewer may see it (and, on the user stream, when it belongs in
 * their home timeline), public streams only public posts, a notification only when its list would
 * show it.
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

    public StreamMessages(Database db, StatusAccess access, StatusViews views, SocialGraph graph, MuteClock mutes,
                          NotificationStore notifications, NotificationViews notificationViews) {
        this.db = db;
        this.access = access;
        this.views = views;
        this.graph = graph;
        this.mutes = mutes;
        this.notifications = notifications;
        this.notificationViews = notificationViews;
    }

    boolean viewerStillActive(Viewer v) {
        return !v.signedIn() || access.policy().relations().visibleAccount(v.accountId());
    }

    Optional<Message> render(Viewer v, StreamClient.Kind kind, StreamClient.Item item) {
        int viewer = v.accountId();
        return db.read(h -> {
            if (item.what().equals("notification")) {
                if (kind != StreamClient.Kind.USER) return Optional.empty();
                return notifications.byId(h, viewer, item.id())
                        .filter(n -> !n.filtered())
                        .map(n -> notificationViews.render(h, viewer, List.of(n)))
                        .filter(l -> !l.isEmpty())
                        .map(l -> new Message("notification", json(l.get(0)), 0));
            }
            Status s = access.store().byId(h, item.id()).orElse(null);
            if (s == null) return Optional.empty();
            Status original = s.isReblog() ? access.store().byId(h, s.reblogOfId()).orElse(null) : null;
            if (!access.visible(viewer, s, original)) return Optional.empty();
            if (!belongs(viewer, kind, s, original)) return Optional.empty();
            String event = item.what().equals("edit") ? "status.update" : "update";
            return Optional.of(new Message(event, json(views.render(h, viewer, List.of(s)).get(0)), s.id()));
        });
    }

    private boolean belongs(int viewer, StreamClient.Kind kind, Status s, Status original) {
        AudiencePolicy policy = access.policy();
        int author = s.accountId();
        if (kind == StreamClient.Kind.USER) {
            if (author == viewer) return true;
            if (!graph.isFollowing(viewer, author) && !graph.isConnected(viewer, author)) return false;
            if (mutes.isMuted(viewer, author)) return false;
            return original == null || !mutes.isMuted(viewer, original.accountId());
        }
        // Public streams: public posts only, never reblogs, unlisted or restricted ones.
        if (s.isReblog() || !s.audience().isListed()) return false;
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
