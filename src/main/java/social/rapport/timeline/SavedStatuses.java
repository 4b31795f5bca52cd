package social.rapport.timeline;

import java.util.ArrayList;
import java.util.List;
import social.rapport.status.Cursor;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * One's bookmarks and favourites, most recently saved first, less the posts one may no longer see
 * (the author blocked, the audience changed around them). LinkedPages by the save's own id.
 */
public final class SavedStatuses {
    private final Database db;
    private final StatusAccess access;
    private final StatusViews views;

    public SavedStatuses(Database db, StatusAccess access, StatusViews views) {
        this.db = db;
        this.access = access;
        this.views = views;
    }

    public LinkedPage<StatusEntity> bookmarks(int viewer, Cursor cursor) {
        return list("bookmarks", viewer, cursor);
    }

    public LinkedPage<StatusEntity> favourites(int viewer, Cursor cursor) {
        return list("favourites", viewer, cursor);
    }

    private LinkedPage<StatusEntity> list(String table, int viewer, Cursor cursor) {
        return db.read(h -> {
            List<StatusAccess.SavedPost> saved = Scan.collect(cursor, c -> access.saved(h, table, viewer, c));
            List<Status> page = new ArrayList<>(saved.size());
            for (StatusAccess.SavedPost s : saved) page.add(s.status());
            return LinkedPages.of(views.render(h, viewer, page), saved, StatusAccess.SavedPost::rowId);
        });
    }
}
