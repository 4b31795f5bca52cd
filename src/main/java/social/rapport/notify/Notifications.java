package social.rapport.notify;

import social.rapport.account.AccountStore;
import social.rapport.core.Ids;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.MuteClock;
import social.rapport.status.Posts;
import social.rapport.store.Database;

/** The notifications feature wired: listeners that create and remove them, reads, changes, routes. */
public final class Notifications {
    private final NotificationStore store = new NotificationStore();
    private final MarkerStore markerStore = new MarkerStore();
    private final Markers markers;
    private final NotificationViews views;
    private final ReadNotifications read;
    private final RequestStore requestStore = new RequestStore();
    private final NotificationRequests requests;
    private final Announcements announcements;
    private final GroupedNotifications grouped;
    private final ChangeNotifications change;
    private final StreamHub streams;
    private final NotificationListeners listeners;
    private final StreamLists lists;

    /**
     * `credentialLiveUntil` tells until when a stream's token or session holds (a negative answer once
     * it has ended), asked once the stream is registered and again whenever that time has passed.
     */
    public Notifications(
            Database db,
            Posts posts,
            AccountStore accounts,
            SocialGraph graph,
            MuteClock mutes,
            Ids ids,
            java.util.function.ToLongFunction<social.rapport.core.Viewer> credentialLiveUntil,
            StreamLists lists,
            java.util.function.IntFunction<java.util.Set<String>> followedTags,
            MessageFacts messages) {
        this.lists = lists;
        this.views = new NotificationViews(posts.access(), posts.views(), accounts, mutes);
        this.requests = new NotificationRequests(db, store, requestStore, views);
        this.announcements = new Announcements(db, new AnnouncementStore(), ids);
        this.read = new ReadNotifications(db, store, views, markerStore, requests);
        this.grouped = new GroupedNotifications(db, store, views, markerStore);
        this.markers = new Markers(db, markerStore, store);
        this.change = new ChangeNotifications(db, store, requests);
        Notify notify = new Notify(store, requestStore, posts.access(), accounts, graph, ids, messages);
        this.listeners = new NotificationListeners(
                notify, store, posts.access(), posts.services().mute());
        this.streams = new StreamHub(
                db,
                new StreamMessages(
                        db,
                        posts.access(),
                        posts.views(),
                        graph,
                        mutes,
                        store,
                        views,
                        read,
                        lists,
                        announcements,
                        followedTags,
                        messages),
                credentialLiveUntil,
                HEARTBEAT_MILLIS);
    }

    /** Mastodon clients expect a sign of life about every 30 seconds on a quiet stream. */
    static final long HEARTBEAT_MILLIS = 30_000;

    /** The durable reactions that create and remove notifications. */
    public NotificationListeners listeners() {
        return listeners;
    }

    public StreamHub streams() {
        return streams;
    }

    public StreamRoutes streamRoutes(java.util.function.Function<String, social.rapport.core.Viewer> tokens) {
        return new StreamRoutes(streams, tokens, lists);
    }

    public NotificationViews views() {
        return views;
    }

    public NotificationStore store() {
        return store;
    }

    public ReadNotifications read() {
        return read;
    }

    public Announcements announcements() {
        return announcements;
    }

    public NotificationRequests requests() {
        return requests;
    }

    public GroupedNotifications grouped() {
        return grouped;
    }

    public ChangeNotifications change() {
        return change;
    }

    public Markers markers() {
        return markers;
    }

    public NotificationRoutes routes() {
        return new NotificationRoutes(
                read,
                change,
                markers,
                new GroupedNotificationRoutes(grouped),
                new NotificationRequestRoutes(requests),
                new AnnouncementRoutes(announcements));
    }
}
