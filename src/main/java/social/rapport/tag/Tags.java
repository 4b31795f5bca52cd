package social.rapport.tag;

import java.time.Clock;
import social.rapport.status.Posts;
import social.rapport.store.Database;

/** The hashtags feature, wired: following and featuring tags, their history, and their routes. */
public final class Tags {
    private final FollowedTags followed;
    private final TagHistory history;
    private final ShowTags show;
    private final FollowTag follow;
    private final FeatureTags featured;

    /** `followed`: who follows which tag, in memory (the App hands it to home and the streams too). */
    public Tags(Database db, Posts posts, FollowedTags followed, Clock clock, String baseUrl) {
        TagStore store = new TagStore();
        this.followed = followed;
        this.history = new TagHistory(posts.access(), clock);
        this.show = new ShowTags(db, store, history, baseUrl);
        this.follow = new FollowTag(db, store, show);
        this.featured = new FeatureTags(db, store, posts.access(), show, baseUrl);
    }

    /** The in-memory followed tags; their reactions keep them current. */
    public FollowedTags followed() {
        return followed;
    }

    public TagHistory history() {
        return history;
    }

    public ShowTags show() {
        return show;
    }

    public FollowTag follow() {
        return follow;
    }

    public FeatureTags featured() {
        return featured;
    }

    public TagRoutes routes() {
        return new TagRoutes(new TagRoutes.Services(show, follow, featured));
    }
}
