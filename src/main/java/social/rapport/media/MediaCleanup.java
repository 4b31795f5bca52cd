package social.rapport.media;

import java.time.Duration;
import java.util.List;
import social.rapport.account.AccountEvents;
import social.rapport.core.Repeating;
import social.rapport.files.BlobStore;
import social.rapport.status.StatusEvents;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Removes media files that nobody may be shown any more: a deleted post's and a deleted account's,
 * the account's profile pictures too (durable reactions, each in the transaction that marks its event done), and uploads no post took
 * within a day (every minute). Rows are claimed by deleting them (`DELETE … RETURNING`) before their
 * files go, in one transaction: a second server finds them gone, and a failure to remove a file
 * rolls the claim back, to be tried again.
 */
public final class MediaCleanup implements AutoCloseable {
    public static final String CONSUMER = "media";
    /** An upload no post took is removed this long after it was made. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(24);

    static final Duration EVERY = Duration.ofMinutes(1);
    private static final int BATCH = 100;

    private final Database db;
    private final MediaStore store;
    private final BlobStore blobs;
    private Repeating runner;

    MediaCleanup(Database db, MediaStore store, BlobStore blobs) {
        this.db = db;
        this.store = store;
        this.blobs = blobs;
    }

    public void postDeleted(Tx tx, StatusEvents.Deleted e) {
        remove(store.deleteOfStatus(tx, e.statusId()));
    }

    /** Its uploads and posts' media, and its uploaded avatar and header (the same blob store). */
    public void accountDeleted(Tx tx, AccountEvents.Deleted e) {
        remove(store.deleteOfAccount(tx, e.accountId()));
        for (String key : e.profileImageKeys()) blobs.delete(key);
    }

    /** Removes the uploads no post took that are older than a day; answers how many. */
    public int sweep() {
        int total = 0;
        while (true) {
            int n = db.write(tx -> {
                List<Attachment> claimed = store.claimAbandoned(tx, tx.now() - ABANDONED_AFTER.toMillis(), BATCH);
                remove(claimed);
                return claimed.size();
            });
            total += n;
            if (n < BATCH) return total;
        }
    }

    private void remove(List<Attachment> gone) {
        for (String key : MediaStore.blobKeys(gone)) blobs.delete(key);
    }

    public synchronized void start() {
        if (runner != null) return;
        runner = Repeating.start("rapport-media-cleanup", "removing abandoned uploads", EVERY, EVERY, this::sweep);
    }

    @Override
    public synchronized void close() {
        if (runner != null) runner.stop();
    }
}
