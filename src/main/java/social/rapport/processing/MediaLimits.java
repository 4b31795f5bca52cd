package social.rapport.processing;

import java.time.Duration;

/**
 * The bounds of processing. Sources larger than `maxSourcePixels` or with a side over
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

    public MediaLimits {
        if (maxImageBytes <= 0 || maxAvBytes <= 0 || maxSourcePixels <= 0 || maxSourceSide <= 0) {
            throw new IllegalArgumentException("media limits must be positive");
        }
        if (maxSide <= 0 || maxPixels <= 0 || smallSide <= 0 || concurrency <= 0 || timeLimit.isNegative()) {
            throw new IllegalArgumentException("media limits must be positive");
        }
    }

    /** Mastodon's sizes: 16 MB images, 99 MB video and audio, 4096 px and 16.7 megapixels, a 640 px preview. */
    public static MediaLimits defaults() {
        return new MediaLimits(
                16L * 1024 * 1024,
                99L * 1024 * 1024,
                100_000_000L,
                20_000,
                4096,
                4096L * 4096,
                640,
                Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(30));
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
