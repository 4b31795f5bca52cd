package social.rapport.timeline;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import social.rapport.graph.SocialGraph;
import social.rapport.status.Cursor;
import social.rapport.status.StatusEntity;

/**
 * Home: posts and reblogs by the people one follows or is connected with, and one's own, that the
 * viewer may see, newest first, less muted and blocked accounts and the members of the viewer's
 * exclusive lists (whose posts show on those lists instead), merged by {@link AuthorFeed}. Hashtags
 * the viewer follows bring in the public posts that carry them (never reblogs, never a post the
 * policy would not list to the viewer, never by an account they mute, that is blocked either way or
 * that is on one of their exclusive lists).
 */
public final class HomeTimeline {
    /** The accounts whose posts leave the viewer's home (members of their exclusive lists), sorted. */
    public interface Exclusions {
        Exclusions NONE = viewer -> new int[0];

        int[] of(int viewer);
    }

    private final AuthorFeed feed;
    private final SocialGraph graph;
    private final Exclusions exclusions;
    private final IntFunction<Set<String>> followedTags;

    public HomeTimeline(
            AuthorFeed feed, SocialGraph graph, Exclusions exclusions, IntFunction<Set<String>> followedTags) {
        this.feed = feed;
        this.graph = graph;
        this.exclusions = exclusions;
        this.followedTags = followedTags;
    }

    public LinkedPage<StatusEntity> page(int viewer, Cursor cursor) {
        int[] excluded = exclusions.of(viewer);
        return feed.page(viewer, sources(viewer, excluded), tags(viewer), cursor, notIn(excluded));
    }

    /** The ids of one page, newest first, decided in memory. */
    public List<Long> ids(int viewer, Cursor cursor) {
        int[] excluded = exclusions.of(viewer);
        return feed.ids(viewer, sources(viewer, excluded), tags(viewer), cursor, notIn(excluded));
    }

    private List<String> tags(int viewer) {
        return List.copyOf(followedTags.apply(viewer));
    }

    /** Posts by the members of exclusive lists stay out, also when a followed hashtag would bring them. */
    private static Predicate<RecentPosts.Meta> notIn(int[] excluded) {
        return m -> java.util.Arrays.binarySearch(excluded, m.owner()) < 0;
    }

    /**
     * The viewer, everyone they follow, everyone they are connected with; less muted and blocked
     * accounts and the members of the viewer's exclusive lists.
     */
    private int[] sources(int viewer, int[] excluded) {
        int[] following = graph.following(viewer);
        int[] connections = graph.connections(viewer);
        int[] all = new int[following.length + connections.length + 1];
        int n = 0;
        all[n++] = viewer;
        for (int a : following) all[n++] = a;
        for (int a : connections) all[n++] = a;
        java.util.Arrays.sort(all, 0, n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            int a = all[i];
            if (k > 0 && all[k - 1] == a) continue;
            if (a != viewer && (graph.isMuted(viewer, a) || graph.isBlockedEitherWay(viewer, a))) continue;
            if (a != viewer && java.util.Arrays.binarySearch(excluded, a) >= 0) continue;
            all[k++] = a;
        }
        return java.util.Arrays.copyOf(all, k);
    }
}
