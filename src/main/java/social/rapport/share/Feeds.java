package social.rapport.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import social.rapport.account.Account;
import social.rapport.account.FindAccount;
import social.rapport.core.Problem;
import social.rapport.page.PostView;
import social.rapport.status.Cursor;
import social.rapport.status.StatusEntity;
import social.rapport.timeline.AccountStatuses;
import social.rapport.timeline.Timelines;
import social.rapport.web.Html;

/**
 * The feeds of a person's posts and of a hashtag, always as a signed-out visitor sees them: the
 * profile's posts through the same service as the signed-out profile page (so a hidden, suspended
 * or unapproved account, or one the instance hides from visitors, is not found), and a hashtag's
 * public posts through the same service as the signed-out tag page.
 */
public final class Feeds {
    static final int ITEMS = 20;
    private static final int ANONYMOUS = 0;
    private final FindAccount find;
    private final Timelines timelines;
    private final String baseUrl;
    private final Clock clock;

    public Feeds(FindAccount find, Timelines timelines, String baseUrl, Clock clock) {
        this.find = find;
        this.timelines = timelines;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** The posts and reposts the signed-out profile page shows, newest first. */
    public Feed profile(String handle) {
        Account a = find.byAcct(handle);
        List<StatusEntity> posts = timelines
                .profile()
                .page(ANONYMOUS, a.id(), Cursor.newest(ITEMS), new AccountStatuses.Filter(false, false, false))
                .items();
        String page = baseUrl + "/@" + a.handle();
        return feed(
                a.shownName() + " (@" + a.handle() + ")",
                "Public posts from @" + a.handle(),
                page,
                Instant.ofEpochMilli(a.createdAt()),
                posts);
    }

    /** A hashtag's public posts, as its signed-out page lists them; a malformed tag is not found. */
    public Feed tag(String tagText) {
        String tag = normalTag(tagText);
        List<StatusEntity> posts = timelines
                .publicTimeline()
                .tag(ANONYMOUS, tag, Cursor.newest(ITEMS))
                .items();
        String page = baseUrl + "/tags/"
                + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
        return feed("#" + tag, "Public posts with #" + tag, page, clock.instant(), posts);
    }

    /** As the tag page reads it: case and a leading # do not matter; empty or over 100 characters is not found. */
    public static String normalTag(String text) {
        String tag = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (tag.startsWith("#")) tag = tag.substring(1);
        if (tag.isEmpty() || tag.length() > 100) throw Problem.notFound();
        return tag;
    }

    private Feed feed(String title, String description, String page, Instant whenEmpty, List<StatusEntity> posts) {
        List<Feed.Item> items = new ArrayList<>();
        Instant updated = null;
        for (StatusEntity e : posts) {
            Feed.Item item = item(e);
            items.add(item);
            if (updated == null || item.updated().isAfter(updated)) updated = item.updated();
        }
        return new Feed(
                title, description, page, page + ".rss", page + ".atom", updated == null ? whenEmpty : updated, items);
    }

    private static Feed.Item item(StatusEntity entry) {
        StatusEntity post = entry.reblog() != null ? entry.reblog() : entry;
        String name = PostView.shownName(post);
        String title = PostView.article(post) ? post.rapport().title() : null;
        String summary = PostView.excerpt(post);
        if (summary.isBlank()) summary = "Post by " + name;
        if (entry.reblog() != null) {
            String by = PostView.shownName(entry) + " reposted " + name;
            title = title == null ? by : by + ": " + title;
            summary = by + ": " + summary;
        }
        String html = PostView.body(post);
        if (!post.spoilerText().isEmpty()) {
            html = "<p><strong>Content warning:</strong> " + Html.escape(post.spoilerText()) + "</p>" + html;
        }
        // A repost is dated when it was made; a post when it was written, and updated when last edited.
        Instant published = Instant.parse(entry.createdAt());
        Instant updated =
                entry.reblog() == null && post.editedAt() != null ? Instant.parse(post.editedAt()) : published;
        return new Feed.Item(
                entry.url(),
                post.url(),
                title,
                summary,
                html,
                name,
                post.account().url(),
                published,
                updated,
                post.tags().stream().map(StatusEntity.Tag::name).toList());
    }
}
