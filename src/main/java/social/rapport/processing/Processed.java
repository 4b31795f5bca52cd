package social.rapport.processing;

/**
 * What processing made of one upload: no metadata of the upload survives in any rendition.
 * `small` is the preview (an image's smaller copy, a video's frame; null for audio without a
 * cover); `blurhash` is null where there is no picture; `durationSeconds` is null for images.
 */
public record Processed(
        MediaKind kind,
        Rendition original,
        Rendition small,
        String blurhash,
        Double durationSeconds,
        Double frameRate) {}
