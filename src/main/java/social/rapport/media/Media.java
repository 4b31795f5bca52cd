package social.rapport.media;

import java.time.Clock;
import java.util.List;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.files.BlobStore;
import social.rapport.processing.MediaLimits;
import social.rapport.processing.MediaProcessor;
import social.rapport.status.PostMedia;
import social.rapport.status.StatusAccess;
import social.rapport.store.Database;
import social.rapport.web.Routes;

/**
 * The media feature, wired: uploads, one's own uploads, the media of posts (handed to the posts
 * before they are built, as their {@link PostMedia}), the file routes (built once the posts' access
 * exists, since every file is served only while its post may be seen), and the cleanup.
 */
public final class Media implements AutoCloseable {
    private final MediaStore store = new MediaStore();
    private final Database db;
    private final MediaSigner signer;
    private final BlobStore blobs;
    private final AttachMedia attach;
    private final UploadMedia upload;
    private final OwnMedia own;
    private final MediaCleanup cleanup;
    private final MediaLimits limits;
    private ServeMedia serve;

    public Media(
            Database db,
            AudiencePolicy policy,
            MediaProcessor processor,
            BlobStore blobs,
            Ids ids,
            MediaLimits limits,
            String baseUrl) {
        this.db = db;
        this.blobs = blobs;
        this.limits = limits;
        this.signer = MediaSigner.load(db);
        MediaViews views = new MediaViews(baseUrl, signer);
        this.attach = new AttachMedia(store, views, policy, db.clock());
        this.upload = new UploadMedia(db, store, processor, blobs, ids, limits);
        this.own = new OwnMedia(db, store, views, blobs);
        this.cleanup = new MediaCleanup(db, store, blobs);
    }

    /** What the posts ask of media: checking and attaching uploads, and showing them with posts. */
    public PostMedia posts() {
        return attach;
    }

    /** Serving files asks the posts whether their viewer may see them: call once the posts exist. */
    public Media serveWith(StatusAccess access) {
        this.serve = new ServeMedia(db, store, signer, access, blobs);
        return this;
    }

    public UploadMedia upload() {
        return upload;
    }

    public OwnMedia own() {
        return own;
    }

    public ServeMedia serve() {
        return serve;
    }

    public MediaLimits limits() {
        return limits;
    }

    /** The durable reactions (post and account deleted) and the cleanup of abandoned uploads. */
    public MediaCleanup cleanup() {
        return cleanup;
    }

    public List<Routes> routes(Clock clock) {
        if (serve == null) throw new IllegalStateException("serveWith(access) first");
        return List.of(new MediaRoutes(upload, own, clock), new MediaFileRoutes(serve));
    }

    public void start() {
        cleanup.start();
    }

    @Override
    public void close() {
        cleanup.close();
        upload.close();
    }
}
