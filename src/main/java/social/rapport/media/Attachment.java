package social.rapport.media;

import social.rapport.processing.MediaKind;

/**
 * One upload as stored. `statusId` is 0 until a post takes it. `fileKey` is the random name its
 * files are stored and addressed under; `original` and `small` are null until processing made them
 * (`small` stays null for audio without a picture).
 */
public record Attachment(
        long id,
        int accountId,
        long statusId,
        int position,
        MediaKind kind,
        String fileKey,
        State state,
        String error,
        File original,
        File small,
        String blurhash,
        String description,
        double focusX,
        double focusY,
        Double duration,
        Double frameRate,
        long createdAt) {

    public enum State {
        READY,
        PROCESSING,
        FAILED
    }

    /** One stored rendition: its file name under the key (`original.jpg`), type, bytes and size in pixels. */
    public record File(String name, String type, long size, int width, int height) {}

    public boolean attached() {
        return statusId != 0;
    }

    /** The rendition by its file name, or null when it has none such. */
    File file(String name) {
        if (original != null && original.name().equals(name)) return original;
        if (small != null && small.name().equals(name)) return small;
        return null;
    }

    /** Where a rendition's bytes are kept in the blob store. */
    static String blobKey(String fileKey, String name) {
        return "media/" + fileKey + "/" + name;
    }
}
