package social.rapport.status;

import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.store.Database;
import social.rapport.web.IdempotencyKeys;

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

    public Posts(
            Database db, AudiencePolicy policy, AccountStore accounts, CircleOwners circles, Ids ids, String baseUrl) {
        this.db = db;
        StatusStore store = new StatusStore();
        this.cache = new StatusCache(store, CACHED_POSTS);
        this.access = new StatusAccess(store, policy, cache);
        this.views = new StatusViews(access, accounts, baseUrl);
        PostingDefaults defaults = new PostingDefaults();
        this.services = new StatusRoutes.Services(
                new PostStatus(db, access, accounts, defaults, circles, ids, baseUrl),
                new EditStatus(db, access, accounts, baseUrl),
                new DeleteStatus(db, access),
                new Reblog(db, access, ids),
                new Favourite(db, access, ids),
                new Bookmark(db, access, ids),
                new Pin(db, access),
                new ShowStatus(db, access, views),
                new SetPostingDefaults(db, accounts, defaults, circles),
                new MuteConversation(db, access));
        this.routes = new StatusRoutes(services, new IdempotencyKeys(db));
        this.abilities = new PostAbilities(db, access);
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
    /** What a viewer may do with the posts of a page, for the pages' buttons. */
    public PostAbilities abilities() {
        return abilities;
    }

    /** How many posts this server holds, for nodeinfo and the instance documents. */
    public int localCount() {
        return db.read(h -> new StatusStore().countPosts(h));
    }
}
