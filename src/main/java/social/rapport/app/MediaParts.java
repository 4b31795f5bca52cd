package social.rapport.app;

import social.rapport.media.MediaLimits;
import social.rapport.media.process.MediaProcessing;
import social.rapport.media.process.MediaProcessor;
import social.rapport.media.process.av.FfmpegProcessor;
import social.rapport.media.store.BlobStore;
import social.rapport.media.store.LocalBlobStore;

/** The parts the media feature is built from, as the configuration chooses them. */
final class MediaParts {
    private MediaParts() {}

    /** Images in Java; video, audio and GIFs through ffmpeg when it is on the PATH (422 that says so otherwise). */
    static MediaProcessor processor(Config config) {
        return new MediaProcessing(FfmpegProcessor.onPath());
    }

    /** The media files: a folder `media` under the data folder. */
    static BlobStore blobs(Config config) {
        return new LocalBlobStore(config.dataDir().resolve("media"));
    }

    static MediaLimits limits(Config config) {
        return MediaLimits.defaults();
    }
}
