package social.rapport.media;

import java.util.List;
import social.rapport.core.Problem;
import social.rapport.files.BlobStore;
import social.rapport.store.Database;

/**
 * One's own uploads, by id: shown, described, deleted. Anyone else's id answers 404, as an unknown
 * one. Their addresses are always signed for the uploader.
 */
public final class OwnMedia {
    private final Database db;
    private final MediaStore store;
    private final MediaViews views;
    private final BlobStore blobs;

    OwnMedia(Database db, MediaStore store, MediaViews views, BlobStore blobs) {
        this.db = db;
        this.store = store;
        this.views = views;
        this.blobs = blobs;
    }

    public Attachment show(int account, long id) {
        return db.read(h -> store.byId(h, id))
                .filter(a -> a.accountId() == account)
                .orElseThrow(Problem::notFound);
    }

    /** A new description and focus ("x,y"); null leaves each as it is, blank removes the description. */
    public Attachment update(int account, long id, String description, String focus) {
        return db.write(tx -> {
            Attachment a = store.byId(tx.handle(), id)
                    .filter(x -> x.accountId() == account)
                    .orElseThrow(Problem::notFound);
            String d = description == null ? a.description() : MediaInput.description(description);
            double[] f = MediaInput.focus(focus);
            store.describe(tx, id, d, f == null ? a.focusX() : f[0], f == null ? a.focusY() : f[1]);
            return store.byId(tx.handle(), id).orElseThrow();
        });
    }

    /**
     * Deletes an upload no post carries, with its files, and answers it as it was (for Mastodon's
     * "delete and redraft"). One a post carries is a 422: edit or delete the post instead.
     */
    public Attachment delete(int account, long id) {
        Attachment gone = db.write(tx -> {
            Attachment a = store.byId(tx.handle(), id)
                    .filter(x -> x.accountId() == account)
                    .orElseThrow(Problem::notFound);
            if (a.attached()) {
                throw Problem.unprocessable("Media attachment is currently used by a status");
            }
            Attachment deleted = store.deleteUnattached(tx, id, account).orElseThrow(Problem::notFound);
            for (String key : MediaStore.blobKeys(List.of(deleted))) blobs.delete(key);
            return deleted;
        });
        return gone;
    }

    /** The entity, its addresses signed for the uploader. */
    public MediaEntity render(Attachment a, long nowMillis) {
        return views.entity(a, new MediaViews.Addressing(false, a.accountId(), MediaSigner.expiryFor(nowMillis)));
    }
}
