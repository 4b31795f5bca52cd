package social.rapport.processing;

import java.nio.file.Path;

/**
 * Video and audio (and animated GIFs, which become video): the part of processing that needs an
 * external program. `available()` is false when it cannot run here; uploads it would handle then
 * answer a 422 that says so.
 */
public interface AvProcessor {
    boolean available();

    /** An animated GIF becomes a silent MP4 of kind GIFV. */
    Processed gif(Path upload, Path workDir);

    /** A video (kind VIDEO) or an audio file (kind AUDIO); `sniffed` is the container the caller recognised. */
    Processed av(Path upload, String sniffed, Path workDir);
}
