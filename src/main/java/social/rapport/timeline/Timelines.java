package social.rapport.timeline;

import social.rapport.account.AccountStore;
import social.rapport.graph.SocialGraph;
import social.rapport.status.Posts;
import social.rapport.store.Database;

/** The timelines feature, wired: the in-memory index (rebuilt now), the listings and their routes. */
public final class Timelines {
    private final RecentPosts index;
    private final RecentPostsFeed feed;
    private final AuthorFeed authors;
    private final HomeTimeline home;
    private final PublicTimeline pub;
    private final AccountStatuses profile;
    private final SavedStatuses saved;
    private final GroupStatuses group;

    public Timelines(
            Database db,
            Posts posts,
            AccountStore accounts,
            SocialGraph graph,
            AccountStatuses.Introductions introductions,
            HomeTimeline.Exclusions exclusions,
            java.util.function.IntFunction<java.util.Set<String>> followedTags) {
        this.index = RecentPostsFeed.start(db);
        this.feed = new RecentPostsFeed(db, index);
        this.authors = new AuthorFeed(db, posts.access(), posts.views(), index, graph);
        this.home = new HomeTimeline(authors, graph, exclusions, followedTags);
        this.pub = new PublicTimeline(db, posts.access(), posts.views(), graph);
        this.profile = new AccountStatuses(db, posts.access(), posts.views(), accounts, introductions);
        this.saved = new SavedStatuses(db, posts.access(), posts.views());
        this.group = new GroupStatuses(db, posts.access(), posts.views());
    }

    public RecentPosts index() {
        return index;
    }

    /** The reactions that keep the index current. */
    public RecentPostsFeed feed() {
        return feed;
    }

    /** Timelines merged from a set of authors, as home is (lists read through it too). */
    public AuthorFeed authors() {
        return authors;
    }

    public HomeTimeline home() {
        return home;
    }

    public PublicTimeline publicTimeline() {
        return pub;
    }

    public AccountStatuses profile() {
        return profile;
    }

    public SavedStatuses saved() {
        return saved;
    }

    /** A group's timeline, for the groups feature. */
    public GroupStatuses group() {
        return group;
    }

    public TimelineRoutes routes() {
        return new TimelineRoutes(home, pub, profile, saved);
    }
}
