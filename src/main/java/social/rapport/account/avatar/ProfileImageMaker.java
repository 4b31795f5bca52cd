package social.rapport.account.avatar;

import java.nio.file.Path;
import social.rapport.account.ProfileImages.Kind;
import social.rapport.processing.Rendition;

/**
 * Makes the served image from an uploaded avatar or header: recognised by its content, centre-cropped
 * to 400×400 (avatars) or 1500×500 (headers), without any metadata of the upload. A file it cannot
 * read as an image is `Problem.invalid(field, …)`.
 */
public interface ProfileImageMaker {
    Rendition make(Path upload, Kind kind, String field, Path workDir);
}
