package social.rapport.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import social.rapport.store.Database;
import social.rapport.timeline.LinkedPage;

/**
 * Renders Tag entities for a viewer (history through the audience policy, whether they follow and
 * feature it), one tag or the page of those they follow.
 */
public final class ShowTags {
    private final Database db;
    private final TagStore store;
    private final TagHistory history;
    private final String baseUrl;

    ShowTags(Database db, TagStore store, TagHistory history, String baseUrl) {
        this.db = db;
        this.store = store;
        this.history = history;
        this.baseUrl = baseUrl;
    }

    /** One hashtag as the viewer sees it; any valid name answers, used or not (as Mastodon's). */
    public TagEntity show(int viewer, String name) {
        String tag = TagNames.parse(name, "name");
        return db.read(h -> render(h, viewer, List.of(tag)).get(0));
    }

    /** The hashtags the viewer follows, most recently followed first; paged by the follow's id. */
    public LinkedPage<TagEntity> followed(int viewer, long maxId, long minId, boolean ascending, int limit) {
        return db.read(h -> {
            List<TagStore.Row> rows = new ArrayList<>(store.followedPage(h, viewer, maxId, minId, ascending, limit));
            if (ascending) java.util.Collections.reverse(rows);
            if (rows.isEmpty()) return LinkedPage.<TagEntity>empty();
            List<TagEntity> tags =
                    render(h, viewer, rows.stream().map(TagStore.Row::tag).toList());
            return new LinkedPage<>(
                    tags, rows.get(rows.size() - 1).id(), rows.get(0).id());
        });
    }

    /** Tag entities for the names, in their order, read in a transaction of their own. */
    public List<TagEntity> render(int viewer, List<String> tags) {
        return tags.isEmpty() ? List.of() : db.read(h -> render(h, viewer, tags));
    }

    /** Tag entities for the names, in their order. */
    public List<TagEntity> render(Handle h, int viewer, Collection<String> tags) {
        Map<String, List<TagEntity.Day>> days = history.of(h, viewer, tags);
        List<TagEntity> out = new ArrayList<>();
        for (String t : tags) {
            Boolean following = viewer > 0 ? store.follows(h, viewer, t) : null;
            Boolean featuring = viewer > 0 ? store.featuredTag(h, viewer, t).isPresent() : null;
            out.add(new TagEntity(t, t, TagNames.url(baseUrl, t), days.get(t), following, featuring));
        }
        return out;
    }
}
