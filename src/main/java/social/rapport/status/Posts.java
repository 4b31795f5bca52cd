package social.rapport.status;

import java.util.List;
import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.status.poll.PollRoutes;
import social.rapport.status.poll.Polls;
import social.rapport.status.schedule.ScheduledRoutes;
import social.rapport.status.schedule.ScheduledStatuses;
import social.rapport.store.Database;
import social.rapport.web.IdempotencyKeys;
import social.rapport.web.Routes;

/** The posts feature, wired: its services, the shared access path and views, and its routes. */
public final class Posts {
    /** Posts kept in memory for the listings (about a kilobyte each with their HTML). */
    static final long CACHED_POSTS = 50_000;

    private final StatusCache cache;
    private final StatusAccess access;
    private final StatusViews views;
    private final StatusRoutes.Services services;
    private final StatusRoutes routes;
    private final PostAbilities abilities;
    private final Database db;
    private final Polls polls;
    private final ScheduledStatuses scheduled;
    private final PostJobs jobs;
    private final PostMedia media;
    private final HeldPosts held;

    public Posts(
            Database db,
            AudiencePolicy policy,
            AccountStore accounts,
            CircleOwners circles,
            GroupPosting groups,
            Ids ids,
            String baseUrl,
            ViewerFilters filters,
            PostMedia media) {
        this.db = db;
        this.media = media;
        StatusStore store = new StatusStore();
        this.cache = new StatusCache(store, CACHED_POSTS);
        this.access = new StatusAccess(store, policy, cache);
        this.polls = new Polls(db, access);
        this.views = new StatusViews(access, accounts, baseUrl, filters, polls, media);
        PostingDefaults defaults = new PostingDefaults();
        PostStatus post =
                new PostStatus(db, access, accounts, defaults, circles, groups, ids, baseUrl, polls.store(), media);
        this.scheduled = new ScheduledStatuses(db, post, ids);
        this.jobs = new PostJobs(scheduled, polls);
        this.services = new StatusRoutes.Services(
                post,
                new EditStatus(db, access, accounts, baseUrl, polls.store(), media, groups),
                new DeleteStatus(db, access),
                new Reblog(db, access, ids),
                new Favourite(db, access, ids),
                new Bookmark(db, access, ids),
                new Pin(db, access),
                new ShowStatus(db, access, views),
                new SetPostingDefaults(db, accounts, defaults, circles),
                scheduled,
                new MuteConversation(db, access));
        this.routes = new StatusRoutes(services, new IdempotencyKeys(db));
        this.abilities = new PostAbilities(db, access);
        this.held = new HeldPosts(access);
    }

    /** A group's posts held for its moderators: released or rejected by them. */
    public HeldPosts held() {
        return held;
    }

    /** The media of posts, as the posts see them (for renderings of posts made elsewhere: "view as"). */
    public PostMedia media() {
        return media;
    }

    /** The stored-post cache's reactions: they drop what committed events change. */
    public CacheReactions cacheReactions() {
        return new CacheReactions(cache);
    }

    public StatusAccess access() {
        return access;
    }

    public StatusViews views() {
        return views;
    }

    public StatusRoutes.Services services() {
        return services;
    }

    public StatusRoutes routes() {
        return routes;
    }

    /** Every route of the posts feature: posts, polls, scheduled posts. */
    public List<Routes> allRoutes() {
        return List.of(routes, new PollRoutes(polls), new ScheduledRoutes(scheduled));
    }

    /** Polls on posts: shown, voted on, announced when they end. */
    public Polls polls() {
        return polls;
    }

    public ScheduledStatuses scheduled() {
        return scheduled;
    }

    /** Publishing scheduled posts and announcing ended polls when they come due (tests run them by hand). */
    public PostJobs jobs() {
        return jobs;
    }
    /** What a viewer may do with the posts of a page, for the pages' buttons. */
    public PostAbilities abilities() {
        return abilities;
    }

    /** How many posts this server holds, for nodeinfo and the instance documents. */
    public int localCount() {
        return db.read(h -> new StatusStore().countPosts(h));
    }
}
