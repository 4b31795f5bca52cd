package social.rapport.files;

import java.nio.file.Path;

/** The blob store the configuration asks for. */
public final class BlobStores {
    private BlobStores() {}

    /** An S3-compatible store when `s3` is given, else the folder `media` in the data folder. */
    public static BlobStore from(Path dataDir, S3Settings s3) {
        return s3 != null ? new S3BlobStore(s3) : new LocalBlobStore(dataDir.resolve("media"));
    }
}
