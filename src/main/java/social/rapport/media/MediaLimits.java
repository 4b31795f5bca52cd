package social.rapport.media;

/** How large an upload may be: still images, and video, audio and GIFs. */
public record MediaLimits(long imageBytes, long videoBytes) {
    public static final long MB = 1024 * 1024;

    public static MediaLimits defaults() {
        return new MediaLimits(16 * MB, 40 * MB);
    }

    /** The most any upload may be: the body limit of the upload routes. */
    public long largest() {
        return Math.max(imageBytes, videoBytes);
    }

    /** GIFs are held to the images' limit, as on Mastodon. */
    /** The limit for a video or audio file, or for an image. */
    long of(boolean videoOrAudio) {
        return videoOrAudio ? videoBytes : imageBytes;
    }
}
