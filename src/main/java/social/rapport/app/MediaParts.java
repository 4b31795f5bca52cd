package social.rapport.app;

import social.rapport.files.BlobStore;
import social.rapport.files.BlobStores;
import social.rapport.processing.MediaLimits;
import social.rapport.processing.MediaProcessing;
import social.rapport.processing.MediaProcessor;
import social.rapport.processing.av.FfmpegProcessor;

/** The parts the media feature is built from, as the configuration chooses them. */
final class MediaParts {
    private MediaParts() {}

    /** Images in Java; video, audio and GIFs through ffmpeg when it is on the PATH (422 that says so otherwise). */
    static MediaProcessor processor(Config config) {
        return new MediaProcessing(FfmpegProcessor.onPath(), limits(config));
    }

    /** The media files: an S3-compatible store when one is configured, else a folder `media` under the data folder. */
    static BlobStore blobs(Config config) {
        return BlobStores.from(config.dataDir(), config.s3());
    }

    /** One set of limits: the upload routes, the uploads' checks and the processing all read these. */
    static MediaLimits limits(Config config) {
        return MediaLimits.defaults();
    }
}
