package social.rapport.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Full-text search of posts as a read path: every post's text holds the word "post", so searching
 * for it must answer, page by page and newest first, exactly the posts the model lets the viewer
 * find: none to a visitor; of the posts they see, never a reblog, and only their own, those they
 * took part in (mentioned in, replied to, reblogged, favourited, bookmarked), and public ones (the
 * story's people are all indexable).
 */
final class PostSearchCheck {
    static final String PATH = "search:posts";
    private static final int MAX_PAGES = 50;

    private PostSearchCheck() {}

    /** Null when production agrees with the model; `keys` maps production ids to post keys. */
    static String check(World w, Reader r, int viewer, int v, Map<Long, Integer> keys) {
        List<Integer> actual = new ArrayList<>();
        long max = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            Reader.Answer a = r.searchPosts(v, "post", max);
            if (a.status() != 200) return "answered " + a.status();
            for (JsonNode n : a.body()) {
                max = Long.parseLong(n.get("id").asText());
                actual.add(keys.getOrDefault(max, -2));
            }
            if (a.body().size() < ServiceReader.LIMIT) break;
        }
        List<Integer> expected = expected(w, viewer);
        return expected.equals(actual) ? null : "search of posts: expected " + expected + ", got " + actual;
    }

    /** The keys the viewer may find, newest first. */
    static List<Integer> expected(World w, int viewer) {
        List<Integer> out = new ArrayList<>();
        if (viewer == 0) return out;
        for (int k = w.posts.size() - 1; k >= 0; k--) {
            World.Post p = w.posts.get(k);
            if (p.isReblog() || !w.sees(viewer, k)) continue;
            if (p.author == viewer || p.grants.contains("public") || tookPart(w, viewer, p)) out.add(k);
        }
        return out;
    }

    private static boolean tookPart(World w, int viewer, World.Post p) {
        if (p.mentions.contains(viewer)) return true;
        List<Integer> save = List.of(viewer, p.key);
        if (w.favourites.contains(save) || w.bookmarks.contains(save)) return true;
        for (World.Post q : w.posts) {
            if (q.deleted || q.author != viewer) continue;
            if (q.reblogOf == p.key || q.replyTo == p.key) return true;
        }
        return false;
    }
}
