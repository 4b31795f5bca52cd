package social.rapport.app;

import social.rapport.core.Problem;
import social.rapport.media.MediaLimits;
import social.rapport.media.process.MediaProcessor;
import social.rapport.media.store.BlobStore;

/** The parts the media feature is built from, as the configuration chooses them. */
final class MediaParts {
    private MediaParts() {}

    static MediaProcessor processor(Config config) {
        return (upload, declaredType, fileName, workDir) -> {
            throw Problem.invalid("file", "This server cannot process media");
        };
    }

    static BlobStore blobs(Config config) {
        return new BlobStore() {
            public void put(String key, java.nio.file.Path file, String contentType) {
                throw new UnsupportedOperationException("no media store");
            }

            public java.util.Optional<BlobInfo> info(String key) {
                return java.util.Optional.empty();
            }

            public java.util.Optional<java.io.InputStream> open(String key, long offset, long length) {
                return java.util.Optional.empty();
            }

            public void delete(String key) {}
        };
    }

    static MediaLimits limits(Config config) {
        return MediaLimits.defaults();
    }
}
