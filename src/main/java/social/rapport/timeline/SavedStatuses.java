package social.rapport.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import social.rapport.status.Cursor;
import social.rapport.status.Status;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusStore;
import social.rapport.status.StatusViews;
import social.rapport.store.Database;

/**
 * One's bookmarks and favourites, most recently saved first, less the posts one may no longer see
 * (the author blocked, the audience changed around them). Pages by the save's own id.
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

    public Page<StatusEntity> bookmarks(int viewer, Cursor cursor) {
        return list("bookmarks", viewer, cursor);
    }

    public Page<StatusEntity> favourites(int viewer, Cursor cursor) {
        return list("favourites", viewer, cursor);
    }

    private Page<StatusEntity> list(String table, int viewer, Cursor cursor) {
        return db.read(h -> {
            List<StatusStore.Saved> saved = Scan.collect(
                    cursor,
                    c -> access.store().savedPage(h, table, viewer, c),
                    rows -> {
                        Map<Long, Status> byId = access.store()
                                .byIds(
                                        h,
                                        rows.stream()
                                                .map(StatusStore.Saved::statusId)
                                                .toList());
                        List<Status> visible = access.visibleAmong(h, viewer, new ArrayList<>(byId.values()));
                        java.util.Set<Long> ok = new java.util.HashSet<>();
                        for (Status s : visible) ok.add(s.id());
                        return rows.stream()
                                .filter(r -> ok.contains(r.statusId()))
                                .toList();
                    },
                    StatusStore.Saved::rowId);
            Map<Long, Status> byId = access.store()
                    .byIds(h, saved.stream().map(StatusStore.Saved::statusId).toList());
            List<Status> page = new ArrayList<>();
            for (StatusStore.Saved s : saved) page.add(byId.get(s.statusId()));
            return Pages.of(views.render(h, viewer, page), saved, StatusStore.Saved::rowId);
        });
    }
}
