package social.rapport.timeline;

import java.util.List;
import social.rapport.graph.SocialGraph;
import social.rapport.status.Cursor;
import social.rapport.status.FilterContext;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * The public and hashtag timelines: only posts whose audience is public (never unlisted,
 * restricted or direct, never reblogs), that the viewer may see, less accounts the viewer mutes.
 * Every account is local, so `local=true` lists the same posts.
 */
public final class PublicTimeline {
    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;
    private final SocialGraph graph;

    public PublicTimeline(Database db, StatusAccess access, StatusViews views, SocialGraph graph) {
        this.db = db;
        this.access = access;
        this.views = views;
        this.graph = graph;
    }

    public LinkedPage<StatusEntity> page(int viewer, Cursor cursor) {
        return list(viewer, cursor, null);
    }

    public LinkedPage<StatusEntity> tag(int viewer, String tag, Cursor cursor) {
        String t = tag == null ? "" : tag.trim().toLowerCase();
        if (t.startsWith("#")) t = t.substring(1);
        if (t.isEmpty()) return LinkedPage.empty();
        return list(viewer, cursor, t);
    }

    private LinkedPage<StatusEntity> list(int viewer, Cursor cursor, String tag) {
        return db.read(h -> {
            List<Status> page = Scan.collect(
                    cursor,
                    c -> Scan.only(
                            access.listed(h, viewer, tag, c),
                            s -> viewer <= 0 || viewer == s.accountId() || !graph.isMuted(viewer, s.accountId())));
            return LinkedPages.of(views.render(h, viewer, page, FilterContext.PUBLIC), page, Status::id);
        });
    }
}
