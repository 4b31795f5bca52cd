package social.rapport.media;

import java.util.Optional;
import java.util.regex.Pattern;
import social.rapport.files.BlobStore;
import social.rapport.status.StatusAccess;
import social.rapport.store.Database;

/**
 * Decides, at every request for a file, whether it is served. A stable address (the random key
 * alone) serves the files of a post that a signed-out visitor may see now. A signed address serves
 * the viewer it was made for, until it expires, while that viewer may see the post now (or, for an
 * upload no post carries, while the viewer is its uploader). Everything else is missing.
 */
public final class ServeMedia {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern NAME = Pattern.compile("(original|small)(\\.[a-z0-9]{1,8})?");

    /**
     * A file to send: where its bytes are, its type, whether its address was stable, and for a signed
     * one how many seconds it has left (for caching).
     */
    public record Found(String blobKey, String contentType, String fileName, boolean stable, long secondsLeft) {}

    /** What a signed address carries; all null for a stable one. */
    public record Signature(String viewer, String expires, String sig) {
        boolean present() {
            return viewer != null || expires != null || sig != null;
        }
    }

    private final Database db;
    private final MediaStore store;
    private final MediaSigner signer;
    private final StatusAccess access;
    private final BlobStore blobs;

    ServeMedia(Database db, MediaStore store, MediaSigner signer, StatusAccess access, BlobStore blobs) {
        this.db = db;
        this.store = store;
        this.signer = signer;
        this.access = access;
        this.blobs = blobs;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public Optional<Found> find(String fileKey, String name, Signature s) {
        if (fileKey == null
                || name == null
                || !KEY.matcher(fileKey).matches()
                || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        long now = db.clock().millis();
        int viewer = 0;
        long expires = 0;
        if (s.present()) {
            try {
                viewer = Integer.parseInt(s.viewer());
                expires = Long.parseLong(s.expires());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (viewer <= 0 || expires * 1000 <= now) return Optional.empty();
            if (!signer.valid(fileKey, name, viewer, expires, s.sig())) return Optional.empty();
        }
        int who = viewer;
        long until = expires;
        boolean signed = s.present();
        return db.read(h -> {
            Attachment a = store.byKey(h, fileKey).orElse(null);
            if (a == null || a.state() != Attachment.State.READY) return Optional.<Found>empty();
            Attachment.File f = a.file(name);
            if (f == null) return Optional.<Found>empty();
            boolean allowed;
            if (!signed) allowed = a.attached() && access.visibleTo(h, 0, a.statusId());
            else if (!a.attached()) allowed = who == a.accountId();
            else allowed = access.visibleTo(h, who, a.statusId());
            if (!allowed) return Optional.<Found>empty();
            String download =
                    "media-" + a.id() + name.substring(name.indexOf('.') < 0 ? name.length() : name.indexOf('.'));
            return Optional.of(new Found(
                    Attachment.blobKey(fileKey, name), f.type(), download, !signed, Math.max(0, until - now / 1000)));
        });
    }
}
