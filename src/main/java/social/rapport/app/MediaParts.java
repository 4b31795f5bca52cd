package social.rapport.app;

import social.rapport.core.Problem;
import social.rapport.media.MediaLimits;
import social.rapport.media.process.MediaProcessor;
import social.rapport.media.store.BlobStore;
import social.rapport.media.store.LocalBlobStore;

/** The parts the media feature is built from, as the configuration chooses them. */
final class MediaParts {
    private MediaParts() {}

    static MediaProcessor processor(Config config) {
        return (upload, declaredType, fileName, workDir) -> {
            throw Problem.invalid("file", "This server cannot process media");
        };
    }

    /** The media files: a folder `media` under the data folder. */
    static BlobStore blobs(Config config) {
        return new LocalBlobStore(config.dataDir().resolve("media"));
    }

    static MediaLimits limits(Config config) {
        return MediaLimits.defaults();
    }
}
