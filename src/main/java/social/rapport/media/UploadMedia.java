package social.rapport.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.files.BlobStore;
import social.rapport.processing.FileFormat;
import social.rapport.processing.MediaKind;
import social.rapport.processing.MediaLimits;
import social.rapport.processing.MediaProcessing;
import social.rapport.processing.MediaProcessor;
import social.rapport.processing.Processed;
import social.rapport.processing.Rendition;
import social.rapport.store.Database;

/**
 * Takes an upload: checks its size for its kind, processes it (a still image while the client waits;
 * video, audio and GIFs in the background when the client can wait for them, Mastodon's v2), stores
 * its renditions under a new random key and records it, not attached to any post. A file that
 * cannot be processed is a 422 and leaves nothing behind; so does one too large (413).
 */
public final class UploadMedia implements AutoCloseable {
    /** Video and audio processed at once, and how many may wait; more is a 503 that asks to try again. */
    static final int WORKERS = 2;

    static final int WAITING = 16;

    private static final Logger LOG = LoggerFactory.getLogger(UploadMedia.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What was sent: the file (which the upload takes over and deletes), its declared type and name, and its description and focus. */
    public record Upload(Path file, String declaredType, String fileName, String description, String focus) {}

    private final Database db;
    private final MediaStore store;
    private final MediaProcessor processor;
    private final BlobStore blobs;
    private final Ids ids;
    private final MediaLimits limits;
    private final ThreadPoolExecutor background;

    UploadMedia(Database db, MediaStore store, MediaProcessor processor, BlobStore blobs, Ids ids, MediaLimits limits) {
        this.db = db;
        this.store = store;
        this.processor = processor;
        this.blobs = blobs;
        this.ids = ids;
        this.limits = limits;
        this.background =
                new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), r -> {
                    Thread t = new Thread(r, "rapport-media");
                    t.setDaemon(true);
                    return t;
                });
        background.allowCoreThreadTimeOut(true);
    }

    /**
     * Stores an upload of the account. `inBackground`: video, audio and GIFs are answered at once,
     * still processing (state PROCESSING, no files yet), and finished by a worker; otherwise every
     * upload is processed before this returns.
     */
    public Attachment upload(int account, Upload u, boolean inBackground) {
        boolean handedOver = false;
        try {
            long size = Files.size(u.file());
            if (size == 0) throw Problem.invalid("file", "The file is empty");
            // A first look, only to choose the size limit and whether to wait; processing looks again, fully.
            FileFormat format = MediaProcessing.sniff(u.file());
            boolean av = format.family() == FileFormat.Family.AV;
            boolean slow = av || format == FileFormat.GIF;
            long limit = limits.maxBytes(av);
            if (size > limit) {
                throw Problem.payloadTooLarge("The file is larger than " + limit / MediaLimits.MB + " MB, the most "
                        + (av ? "a video or audio file" : "an image")
                        + " may be");
            }
            String description = MediaInput.description(u.description());
            double[] focus = MediaInput.focus(u.focus());
            Attachment blank = new Attachment(
                    ids.next(),
                    account,
                    0,
                    0,
                    av ? MediaKind.VIDEO : format == FileFormat.GIF ? MediaKind.GIFV : MediaKind.IMAGE,
                    newKey(),
                    Attachment.State.PROCESSING,
                    null,
                    null,
                    null,
                    null,
                    description,
                    focus == null ? 0 : focus[0],
                    focus == null ? 0 : focus[1],
                    null,
                    null,
                    db.clock().millis());
            if (!inBackground || !slow) {
                Attachment done = process(blank, u);
                try {
                    db.writeVoid(tx -> store.insert(tx, done));
                } catch (RuntimeException e) {
                    removeFiles(done);
                    throw e;
                }
                return done;
            }
            db.writeVoid(tx -> store.insert(tx, blank));
            try {
                background.execute(() -> finish(blank, u));
                handedOver = true;
            } catch (RejectedExecutionException full) {
                db.writeVoid(tx -> store.deleteUnattached(tx, blank.id(), account));
                throw Problem.busy(30);
            }
            return blank;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the upload", e);
        } finally {
            if (!handedOver) deleteQuietly(u.file());
        }
    }

    /** A worker's part: processes, stores, and marks the upload ready, or failed with the reason. */
    private void finish(Attachment blank, Upload u) {
        try {
            Attachment done = process(blank, u);
            boolean kept = db.write(tx -> store.finish(tx, blank.id(), done));
            // Deleted while it was processed: its files have no row to be found by, so they go now.
            if (!kept) removeFiles(done);
        } catch (Problem p) {
            db.writeVoid(tx -> store.fail(tx, blank.id(), p.fields().getOrDefault("file", p.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("processing upload {} failed", blank.id(), e);
            db.writeVoid(tx -> store.fail(tx, blank.id(), "The file could not be processed"));
        } finally {
            deleteQuietly(u.file());
        }
    }

    /** Processes the upload and stores its renditions; answers the ready attachment (not yet recorded). */
    private Attachment process(Attachment blank, Upload u) {
        Path work = null;
        List<String> stored = new ArrayList<>();
        try {
            work = Files.createTempDirectory("rapport-media");
            Processed p = processor.process(u.file(), u.declaredType(), u.fileName(), work);
            Attachment.File original = put(blank.fileKey(), "original", p.original(), stored);
            Attachment.File small = p.small() == null ? null : put(blank.fileKey(), "small", p.small(), stored);
            return new Attachment(
                    blank.id(),
                    blank.accountId(),
                    0,
                    0,
                    p.kind(),
                    blank.fileKey(),
                    Attachment.State.READY,
                    null,
                    original,
                    small,
                    p.blurhash(),
                    blank.description(),
                    blank.focusX(),
                    blank.focusY(),
                    p.kind() == MediaKind.IMAGE ? null : p.durationSeconds(),
                    p.kind() == MediaKind.IMAGE ? null : p.frameRate(),
                    blank.createdAt());
        } catch (IOException e) {
            for (String key : stored) blobs.delete(key);
            throw new IllegalStateException("cannot make a working folder for an upload", e);
        } catch (RuntimeException e) {
            for (String key : stored) blobs.delete(key);
            throw e;
        } finally {
            if (work != null) deleteTree(work);
        }
    }

    private Attachment.File put(String fileKey, String role, Rendition r, List<String> stored) {
        String ext = r.extension() == null ? "" : r.extension().replaceAll("[^a-z0-9]", "");
        String name = role + (ext.isEmpty() ? "" : "." + ext);
        String key = Attachment.blobKey(fileKey, name);
        blobs.put(key, r.file(), r.contentType());
        stored.add(key);
        return new Attachment.File(name, r.contentType(), r.size(), r.width(), r.height());
    }

    void removeFiles(Attachment a) {
        for (String key : MediaStore.blobKeys(List.of(a))) blobs.delete(key);
    }

    /** 128 random bits, as 32 lower-case hex digits: the name that addresses an upload's files. */
    static String newKey() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("cannot delete {}", p, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(UploadMedia::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("cannot delete {}", dir, e);
        }
    }

    /** Waits for the uploads being processed (tests), at most the given time. */
    boolean awaitIdle(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (background.getActiveCount() > 0 || !background.getQueue().isEmpty()) {
            if (System.currentTimeMillis() > until) return false;
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
