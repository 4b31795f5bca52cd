package social.rapport.processing;

import java.time.Duration;

/**
 * The bounds of uploads and their processing, the one source for both: uploads larger than
 * `maxImageBytes` (still images and GIFs, as on Mastodon) or `maxAvBytes` (video and audio) are
 * refused before any work, and the upload routes take bodies up to the {@link #largest}. Sources larger than `maxSourcePixels` or with a side over
 * `maxSourceSide` are refused from their header, before any decoding; what is accepted is made to
 * fit `maxSide` × `maxSide` and `maxPixels`, its preview `smallSide` × `smallSide`. At most
 * `concurrency` images are decoded at once, each within `timeLimit`.
 */
public record MediaLimits(
        long maxImageBytes,
        long maxAvBytes,
        long maxSourcePixels,
        int maxSourceSide,
        int maxSide,
        long maxPixels,
        int smallSide,
        int concurrency,
        Duration timeLimit) {

    public static final long MB = 1024 * 1024;

    public MediaLimits {
        if (maxImageBytes <= 0 || maxAvBytes <= 0 || maxSourcePixels <= 0 || maxSourceSide <= 0) {
            throw new IllegalArgumentException("media limits must be positive");
        }
        if (maxSide <= 0 || maxPixels <= 0 || smallSide <= 0 || concurrency <= 0 || timeLimit.isNegative()) {
            throw new IllegalArgumentException("media limits must be positive");
        }
    }

    /** 16 MB images (Mastodon's), 40 MB video and audio, 4096 px and 16.7 megapixels, a 640 px preview. */
    public static MediaLimits defaults() {
        return new MediaLimits(
                16 * MB,
                40 * MB,
                100_000_000L,
                20_000,
                4096,
                4096L * 4096,
                640,
                Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(30));
    }

    /** The most any upload may be: the body limit of the upload routes. */
    public long largest() {
        return Math.max(maxImageBytes, maxAvBytes);
    }

    /** The limit for a video or audio file, or for an image (GIFs included). */
    public long maxBytes(boolean videoOrAudio) {
        return videoOrAudio ? maxAvBytes : maxImageBytes;
    }

    public MediaLimits withMaxImageBytes(long bytes) {
        return new MediaLimits(
                bytes,
                maxAvBytes,
                maxSourcePixels,
                maxSourceSide,
                maxSide,
                maxPixels,
                smallSide,
                concurrency,
                timeLimit);
    }

    public MediaLimits withConcurrency(int n) {
        return new MediaLimits(
                maxImageBytes, maxAvBytes, maxSourcePixels, maxSourceSide, maxSide, maxPixels, smallSide, n, timeLimit);
    }

    public MediaLimits withTimeLimit(Duration limit) {
        return new MediaLimits(
                maxImageBytes,
                maxAvBytes,
                maxSourcePixels,
                maxSourceSide,
                maxSide,
                maxPixels,
                smallSide,
                concurrency,
                limit);
    }
}
