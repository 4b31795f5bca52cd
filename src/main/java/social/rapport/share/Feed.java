package social.rapport.share;

import java.time.Instant;
import java.util.List;

/**
 * What a feed says, before it is written as RSS or Atom: its title and description, the page it
 * stands for (`link`), its own addresses in both formats, when it last changed, and its items.
 */
public record Feed(
        String title,
        String description,
        String link,
        String rssUrl,
        String atomUrl,
        Instant updated,
        List<Item> items) {

    /**
     * One post as a feed item. `url` is the post's own page; `id` names the item for good (the post's
     * address, or the repost's for a repost, whose `url` is the original's page). `title` is an
     * article's title, or null for a short post; `summary` is a short plain-text title for formats
     * that need one; `html` is the post's sanitised HTML.
     */
    public record Item(
            String id,
            String url,
            String title,
            String summary,
            String html,
            String authorName,
            String authorUrl,
            Instant published,
            Instant updated,
            List<String> tags) {}
}
