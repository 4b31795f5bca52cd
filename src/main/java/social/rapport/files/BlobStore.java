package social.rapport.files;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where media files live: a folder under the data folder by default, or an S3-compatible object
 * store. Keys are opaque, made by the caller of safe characters ([a-z0-9/._-]).
 */
public interface BlobStore {
    /** Stores the file's bytes under the key, replacing what was there. */
    void put(String key, Path file, String contentType);

    /** The blob's size and type, or empty when there is none. */
    Optional<BlobInfo> info(String key);

    /**
     * The bytes from `offset`, at most `length` of them (`length` < 0: to the end), or empty when
     * there is no such blob. The caller closes the stream.
     */
    Optional<InputStream> open(String key, long offset, long length);

    /** Removes the blob; removing a missing one is not an error. */
    void delete(String key);

    record BlobInfo(long size, String contentType) {}
}
